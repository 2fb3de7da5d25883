import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { locateJsonError } from "./json-text";

describe("locateJsonError", () => {
  it("answers undefined for every valid JSON text", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2), (value, indent) => {
        expect(locateJsonError(JSON.stringify(value, null, indent))).toBeUndefined();
      }),
    );
  });

  it("gives the offset, line, column and character where a text stops being JSON", () => {
    expect(locateJsonError('{\n  "a": 1,\n  "b": tru\n}')).toEqual({
      offset: 22,
      line: 3,
      column: 11,
      found: "\n",
    });
    expect(locateJsonError('{"a": [1, 2,]}')).toMatchObject({ line: 1, column: 13, found: "]" });
    expect(locateJsonError('{"a": "é"')).toMatchObject({ line: 1, column: 10 });
    expect(locateJsonError('{"a": "é"')?.found).toBeUndefined();
  });

  it("counts Windows line ends once", () => {
    expect(locateJsonError('{\r\n"a": x}')).toMatchObject({ line: 2, column: 6, found: "x" });
  });
});
