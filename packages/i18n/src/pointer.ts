// JSON pointers (RFC 6901): "/questions/3/label" names the label of the fourth question.
// "" is the whole document; "~" and "/" inside a key are written "~0" and "~1".

/** One key or index as a pointer token: `"a/b"` → `"a~1b"`, `"~"` → `"~0"`. */
export function escapePointerToken(token: PropertyKey): string {
  return String(token).replaceAll("~", "~0").replaceAll("/", "~1");
}

/** The key a token names: `"a~1b"` → `"a/b"`. `~1` is decoded before `~0`, as the RFC requires. */
export function unescapePointerToken(token: string): string {
  return token.replaceAll("~1", "/").replaceAll("~0", "~");
}

/** `["questions", 3, "label"]` → `"/questions/3/label"`; `[]` → `""` (the whole document). */
export function toPointer(segments: readonly PropertyKey[]): string {
  let pointer = "";
  for (const segment of segments) pointer += `/${escapePointerToken(segment)}`;
  return pointer;
}

/** `appendPointer("/questions", 3, "label")` → `"/questions/3/label"`. */
export function appendPointer(pointer: string, ...segments: readonly PropertyKey[]): string {
  return pointer + toPointer(segments);
}

const pointerSyntax = /^(?:\/(?:[^~/]|~[01])*)*$/;

export function isPointer(value: unknown): value is string {
  return typeof value === "string" && pointerSyntax.test(value);
}

/** `"/questions/3/label"` → `["questions", "3", "label"]`. Throws a SyntaxError on a malformed pointer. */
export function parsePointer(pointer: string): string[] {
  if (!isPointer(pointer)) {
    throw new SyntaxError(
      `"${pointer}" is not a JSON pointer (RFC 6901): it must be empty or start with "/", and "~" may only be followed by 0 or 1.`,
    );
  }
  return pointer === "" ? [] : pointer.slice(1).split("/").map(unescapePointerToken);
}

/** The parent of a pointer (`"/a/0"` → `"/a"`); the whole document has none (`undefined`). */
export function parentPointer(pointer: string): string | undefined {
  if (pointer === "") return undefined;
  return pointer.slice(0, pointer.lastIndexOf("/"));
}

// Array indexes replaced by "*": "/programmes/3/sites/0/status" → "/programmes/*/sites/*/status".
export function wildcardPointer(pointer: string): string {
  return pointer.replace(/\/\d+(?=\/|$)/g, "/*");
}

const identifier = /^[A-Za-z_$][\w$]*$/;

/**
 * A pointer as a reader of code writes a path: `"/questions/3/label"` → `"questions[3].label"`,
 * `"/a~1b"` → `'["a/b"]'`, and a `wildcardPointer`'s `*` as `[*]`. The whole document is `""`:
 * say it in words where it is shown.
 */
export function formatPointer(pointer: string): string {
  let text = "";
  for (const token of parsePointer(pointer)) {
    if (/^(?:0|[1-9]\d*|\*)$/.test(token)) text += `[${token}]`;
    else if (identifier.test(token)) text += text === "" ? token : `.${token}`;
    else text += `[${JSON.stringify(token)}]`;
  }
  return text;
}

export type PointerResolution = { found: true; value: unknown } | { found: false };

/**
 * The value a pointer names in a document, own properties only; `{ found: false }` when any
 * step is missing (an array index must be written without leading zeros; "-" names nothing).
 */
export function resolvePointer(document: unknown, pointer: string): PointerResolution {
  let value = document;
  for (const token of parsePointer(pointer)) {
    if (Array.isArray(value)) {
      if (!/^(?:0|[1-9]\d*)$/.test(token) || Number(token) >= value.length) return { found: false };
      value = value[Number(token)];
    } else if (typeof value === "object" && value !== null && Object.hasOwn(value, token)) {
      value = (value as Record<string, unknown>)[token];
    } else {
      return { found: false };
    }
  }
  return { found: true, value };
}
