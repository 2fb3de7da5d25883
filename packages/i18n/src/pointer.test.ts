import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  appendPointer,
  escapePointerToken,
  formatPointer,
  isPointer,
  parentPointer,
  parsePointer,
  resolvePointer,
  toPointer,
  unescapePointerToken,
  wildcardPointer,
} from "./pointer";

describe("JSON pointers (RFC 6901)", () => {
  it("escapes ~ then / and unescapes ~1 before ~0", () => {
    expect(escapePointerToken("a/b~c")).toBe("a~1b~0c");
    expect(unescapePointerToken("~01")).toBe("~1");
    expect(unescapePointerToken("~10")).toBe("/0");
    expect(toPointer(["questions", 3, "label"])).toBe("/questions/3/label");
    expect(toPointer([])).toBe("");
    expect(appendPointer("/questions", 3, "a/b")).toBe("/questions/3/a~1b");
  });

  it("round-trips any keys", () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (keys) => {
        expect(parsePointer(toPointer(keys))).toEqual(keys);
        expect(isPointer(toPointer(keys))).toBe(true);
      }),
    );
  });

  it("rejects malformed pointers with a sentence that says why", () => {
    expect(() => parsePointer("questions/3")).toThrow(/start with "\/"/);
    expect(() => parsePointer("/a~2")).toThrow(SyntaxError);
    expect(isPointer("/a~")).toBe(false);
  });

  it("resolves the RFC's examples", () => {
    const document = { foo: ["bar", "baz"], "": 0, "a/b": 1, "m~n": 8, " ": 7 };
    expect(resolvePointer(document, "")).toEqual({ found: true, value: document });
    expect(resolvePointer(document, "/foo/0")).toEqual({ found: true, value: "bar" });
    expect(resolvePointer(document, "/")).toEqual({ found: true, value: 0 });
    expect(resolvePointer(document, "/a~1b")).toEqual({ found: true, value: 1 });
    expect(resolvePointer(document, "/m~0n")).toEqual({ found: true, value: 8 });
    expect(resolvePointer(document, "/ ")).toEqual({ found: true, value: 7 });
    expect(resolvePointer(document, "/foo/01")).toEqual({ found: false });
    expect(resolvePointer(document, "/foo/-")).toEqual({ found: false });
    expect(resolvePointer(document, "/foo/2")).toEqual({ found: false });
    expect(resolvePointer(document, "/toString")).toEqual({ found: false });
    expect(resolvePointer(null, "/a")).toEqual({ found: false });
  });

  it("finds what toPointer names, in any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const walk = (node: unknown, path: (string | number)[]): void => {
          expect(resolvePointer(value, toPointer(path))).toEqual({ found: true, value: node });
          if (Array.isArray(node)) node.forEach((child, index) => walk(child, [...path, index]));
          else if (node && typeof node === "object")
            for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
        };
        walk(value, []);
      }),
    );
  });

  it("formats for display, gives parents and blurs indexes", () => {
    expect(formatPointer("/questions/3/label")).toBe("questions[3].label");
    expect(formatPointer("/0/a~1b")).toBe('[0]["a/b"]');
    expect(formatPointer("")).toBe("");
    expect(formatPointer("/questions/*/label")).toBe("questions[*].label");
    expect(parentPointer("/a/0")).toBe("/a");
    expect(parentPointer("/a")).toBe("");
    expect(parentPointer("")).toBeUndefined();
    expect(wildcardPointer("/programmes/3/sites/10/status")).toBe("/programmes/*/sites/*/status");
    expect(wildcardPointer("/a3/3b")).toBe("/a3/3b");
  });
});
