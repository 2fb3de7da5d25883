import { describe, expect, it } from "vitest";
import { countIssues, groupIssues, hasErrors, sortIssues, type Issue } from "./issue";

const issues: Issue[] = [
  { code: "required", pointer: "/rows/1/name" },
  { code: "required", pointer: "/rows/2/name" },
  { code: "deprecated", pointer: "/rows/2/old", severity: "warning" },
  { code: "required", pointer: "/rows/10/name", severity: "warning" },
];

describe("issues", () => {
  it("counts errors (the default severity) and warnings", () => {
    expect(countIssues(issues)).toEqual({ errors: 2, warnings: 2, total: 4 });
    expect(hasErrors(issues)).toBe(true);
    expect(hasErrors(issues.filter((issue) => issue.severity === "warning"))).toBe(false);
  });

  it("groups by code, severity and place once indexes are blurred", () => {
    const groups = groupIssues(issues);
    expect(
      groups.map(({ code, severity, pattern, count }) => [code, severity, pattern, count]),
    ).toEqual([
      ["required", "error", "/rows/*/name", 2],
      ["deprecated", "warning", "/rows/*/old", 1],
      ["required", "warning", "/rows/*/name", 1],
    ]);
    expect(groups[0]!.issues).toEqual(issues.slice(0, 2));
  });

  it("sorts in document order, numeric indexes by value", () => {
    expect(sortIssues([...issues].reverse()).map((issue) => issue.pointer)).toEqual([
      "/rows/1/name",
      "/rows/2/name",
      "/rows/2/old",
      "/rows/10/name",
    ]);
  });
});
