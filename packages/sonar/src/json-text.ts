import { locateJsonError } from "@communs/i18n";
import type { SonarIssue } from "./types";

export { locateJsonError, type JsonPosition } from "@communs/i18n";

export type JsonReadResult = { ok: true; value: unknown } | { ok: false; issue: SonarIssue };

/**
 * Reads a JSON text (a leading byte order mark is allowed) or says where it is malformed, as an
 * `invalid-json` issue with `line`, `column` and the character `found`.
 */
export function readJsonText(text: string): JsonReadResult {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch {
    const position = locateJsonError(source) ?? { offset: 0, line: 1, column: 1 };
    const params: Record<string, string | number> = {
      line: position.line,
      column: position.column,
    };
    if (position.found !== undefined) params.found = position.found;
    return { ok: false, issue: { code: "invalid-json", pointer: "", params } };
  }
}
