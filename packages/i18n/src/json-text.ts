// One JSON syntax locator for every package that reads JSON from people (Sonar definitions,
// reports, overlays): Node 20's JSON.parse says only "at position 18", in English.

export interface JsonPosition {
  /** Offset of the error in the text, in UTF-16 code units. */
  offset: number;
  /** 1-based line and column (columns count UTF-16 code units, as editors do for JSON). */
  line: number;
  column: number;
  /** The character found there; absent when the text ends too early. */
  found?: string;
}

/**
 * Where the first JSON syntax error of a text is, by line and column (JSON.parse says only
 * "at position 18" on Node 20, and in English); undefined when the text is valid JSON.
 */
export function locateJsonError(text: string): JsonPosition | undefined {
  let index = 0;
  const fail = (): never => {
    throw new RangeError("json");
  };
  const space = () => {
    while (index < text.length && " \t\n\r".includes(text[index]!)) index += 1;
  };
  const expect = (char: string) => {
    if (text[index] !== char) fail();
    index += 1;
  };
  const string = () => {
    expect('"');
    for (;;) {
      const char = text[index];
      if (char === undefined || char < " ") fail();
      if (char === '"') return void (index += 1);
      if (char === "\\") {
        index += 1;
        if (text[index] === "u") {
          for (let digit = 1; digit <= 4; digit++) {
            if (!/[0-9a-fA-F]/.test(text[index + digit] ?? "")) {
              index += digit;
              fail();
            }
          }
          index += 4;
        } else if (!'"\\/bfnrt'.includes(text[index] ?? "x")) fail();
      }
      index += 1;
    }
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(
      text.slice(index, index + 400),
    );
    if (!match) fail();
    index += match![0].length;
  };
  const literal = (word: string) => {
    for (const char of word) expect(char);
  };
  /** An object's members or an array's items, from its opening character to its closing one. */
  const list = (close: "}" | "]", item: () => void) => {
    index += 1;
    space();
    if (text[index] === close) return void (index += 1);
    for (;;) {
      item();
      space();
      if (text[index] === ",") index += 1;
      else return expect(close);
    }
  };
  const member = () => {
    space();
    string();
    space();
    expect(":");
    value();
  };
  const value = (): void => {
    space();
    const char = text[index];
    if (char === "{") return list("}", member);
    if (char === "[") return list("]", value);
    if (char === '"') return string();
    if (char === "t") return literal("true");
    if (char === "f") return literal("false");
    if (char === "n") return literal("null");
    return number();
  };
  try {
    value();
    space();
    if (index >= text.length) return undefined;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  const at = Math.min(index, text.length);
  const before = text.slice(0, at);
  const line = before.split(/\r\n|\r|\n/).length;
  const column = at - Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r"));
  const position: JsonPosition = { offset: at, line, column };
  // A whole code point, so that an emoji is quoted whole.
  const found = at < text.length ? String.fromCodePoint(text.codePointAt(at)!) : undefined;
  if (found !== undefined) position.found = found;
  return position;
}
