/**
 * Finds the offset of the first JSON syntax error in a text (JSON.parse in Node 20 does not
 * always say where). Returns undefined when the text is valid JSON.
 */
export function findJsonSyntaxError(text: string): number | undefined {
  let index = 0;
  const fail = (): never => {
    throw index;
  };
  const space = () => {
    while (index < text.length && " \t\n\r".includes(text[index]!)) index += 1;
  };
  const literal = (word: string) => {
    for (const char of word) if (text[index++] !== char) fail();
  };
  const string = () => {
    index += 1;
    for (;;) {
      const char = text[index];
      if (char === undefined || char < " ") fail();
      if (char === '"') return void (index += 1);
      if (char === "\\") {
        index += 1;
        if (text[index] === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(index + 1, index + 5))) fail();
          index += 4;
        } else if (!'"\\/bfnrt'.includes(text[index] ?? "x")) fail();
      }
      index += 1;
    }
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(index, index + 400));
    if (!match) fail();
    index += match![0].length;
  };
  const value = (): void => {
    space();
    const char = text[index];
    if (char === "{") {
      index += 1;
      space();
      if (text[index] === "}") return void (index += 1);
      for (;;) {
        space();
        if (text[index] !== '"') fail();
        string();
        space();
        if (text[index] !== ":") fail();
        index += 1;
        value();
        space();
        if (text[index] === ",") index += 1;
        else if (text[index] === "}") return void (index += 1);
        else fail();
      }
    }
    if (char === "[") {
      index += 1;
      space();
      if (text[index] === "]") return void (index += 1);
      for (;;) {
        value();
        space();
        if (text[index] === ",") index += 1;
        else if (text[index] === "]") return void (index += 1);
        else fail();
      }
    }
    if (char === '"') return string();
    if (char === "t") return literal("true");
    if (char === "f") return literal("false");
    if (char === "n") return literal("null");
    return number();
  };
  try {
    value();
    space();
    return index < text.length ? index : undefined;
  } catch (offset) {
    return Math.min(offset as number, text.length);
  }
}
