import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateCondition, parseCondition, type Condition } from "./expression";

function parse(source: string): Condition {
  const result = parseCondition(source);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.condition;
}

describe("parseCondition", () => {
  it("reads comparisons, and, or, not, parentheses and answered()", () => {
    expect(parse('role = "elected" or (risk >= 3 and not answered(q-2))')).toEqual({
      type: "or",
      left: { type: "compare", question: "role", op: "=", value: "elected" },
      right: {
        type: "and",
        left: { type: "compare", question: "risk", op: ">=", value: 3 },
        right: { type: "not", operand: { type: "answered", question: "q-2" } },
      },
    });
  });

  it("gives and a higher precedence than or", () => {
    expect(parse("a or b and c")).toMatchObject({ type: "or", right: { type: "and" } });
  });

  it.each([
    ["role = ", 7, "end"],
    ['role == "x"', 6, "="],
    ["(a or b", 7, "end"],
    ["a and", 5, "end"],
    ['a < "x"', 4, "x"],
    ["a ; b", 2, ";"],
    ["alert(1)", 5, "("],
  ])("reports where %j goes wrong", (source, at, found) => {
    const result = parseCondition(source);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatchObject({ code: "condition-syntax", params: { at, found } });
  });

  it("never throws, whatever the text", () => {
    fc.assert(fc.property(fc.string(), (source) => typeof parseCondition(source).ok === "boolean"));
  });
});

describe("evaluateCondition", () => {
  const answers = { role: "elected", tools: ["a", "b"], risk: 4, skipped: null };
  it.each([
    ['role = "elected"', true],
    ['role != "elected"', false],
    ['tools = "b"', true],
    ['tools includes "c"', false],
    ['tools != "c"', true],
    ["risk > 3 and risk <= 4", true],
    ["risk < 4", false],
    ["answered(skipped)", false],
    ['skipped != "x"', false],
    ["missing or role", true],
    ["not (role and risk)", false],
  ])("%s is %s", (source, expected) => {
    expect(evaluateCondition(parse(source), answers)).toBe(expected);
  });

  it("not x is always the opposite of x", () => {
    fc.assert(
      fc.property(
        fc.constantFrom('role = "elected"', "risk >= 2", 'tools = "a"', "answered(none)"),
        (source) => {
          expect(evaluateCondition(parse(`not (${source})`), answers)).toBe(
            !evaluateCondition(parse(source), answers),
          );
        },
      ),
    );
  });
});
