import fc from "fast-check";
import { describe, expect, it } from "vitest";
import invalid from "../fixtures/invalid-report.json";
import minimal from "../fixtures/valid-minimal.json";
import { formatIssue } from "./format-issue";
import { groupIssues } from "./issues";
import { messagesEn } from "./i18n/messages.en";
import { messagesFr } from "./i18n/messages.fr";
import { validateReport, validateReportJson } from "./validate";

describe("validateReport", () => {
  it("accepts a minimal report and fills in defaults", () => {
    const result = validateReport(minimal);
    expect(result.ok).toBe(true);
    expect(result.report?.links).toEqual([]);
  });

  it("reports every issue of a broken file, each with pointer, code, severity and params", () => {
    const result = validateReport(invalid);
    expect(result.ok).toBe(false);
    const found = result.issues.map((issue) => `${issue.code} ${issue.pointer}`);
    expect(found).toEqual(
      expect.arrayContaining([
        "required /organisation/name",
        "invalid-type /keyFigures/0/value",
        "invalid-value /keyFigures/1/family",
        "invalid-format /activities/0/entries/1/date",
        "invalid-format /links/0/url",
        "date-order /report/periodEnd",
        "date-order /programmes/0/endYear",
        "duplicate-id /keyFigures/1/id",
        "shares-sum /programmes/0/coFunders",
      ]),
    );
    expect(result.warnings.map((issue) => issue.code).sort()).toEqual([
      "category-count-mismatch",
      "count-mismatch",
      "deprecated-field",
      "member-total-mismatch",
    ]);
    expect(result.issues.find((issue) => issue.code === "shares-sum")?.params).toEqual({ sum: 90 });
    for (const issue of [...result.issues, ...result.warnings]) {
      expect(issue.pointer).toMatch(/^(\/[^/]+)*$/);
      expect(["error", "warning"]).toContain(issue.severity);
    }
  });

  it("accepts shares that add up to 100 only within rounding", () => {
    const shares = (values: number[]) =>
      validateReport({
        ...minimal,
        programmes: [
          {
            ...minimal.programmes[0],
            coFunders: values.map((sharePercent, index) => ({ name: `F${index}`, sharePercent })),
          },
        ],
      });
    expect(shares([33.3, 33.3, 33.4]).ok).toBe(true);
    expect(shares([50, 49]).ok).toBe(false);
  });

  it("treats approximate counts and partial lists as such", () => {
    const withActivity = (activity: Record<string, unknown>) =>
      validateReport({
        ...minimal,
        activities: [
          {
            id: "a",
            type: "instances",
            entries: [{ title: "A" }, { title: "B" }, { title: "C" }],
            ...activity,
          },
        ],
      }).warnings.map((issue) => issue.code);
    expect(withActivity({ count: 3 })).toEqual([]);
    expect(withActivity({ count: 5 })).toEqual(["count-mismatch"]);
    expect(withActivity({ count: 10, entriesComplete: false })).toEqual([]);
    expect(withActivity({ count: 2, qualifier: "more-than" })).toEqual([]);
    expect(withActivity({ count: 2, qualifier: "about" })).toEqual(["count-mismatch"]);
  });

  it("warns about unknown codes in open codelists but rejects them in closed ones", () => {
    const result = validateReport({
      ...minimal,
      partners: [{ name: "X", kind: "sponsor" }],
      keyFigures: [{ ...minimal.keyFigures[0], family: "sponsor" }],
    });
    expect(result.warnings.map((issue) => issue.code)).toContain("unknown-code");
    expect(result.issues.map((issue) => issue.code)).toContain("invalid-value");
  });

  it("locates malformed JSON by line and column", () => {
    const result = validateReportJson('{\n  "a": 1,\n  "b": }');
    expect(result.issues[0]).toMatchObject({
      code: "invalid-json",
      params: { line: 3, column: 8 },
    });
  });

  it("never throws, whatever the input (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateReport(value);
        expect(result.ok).toBe(false);
        expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it("reports the same issues however a valid report is mutated at one leaf (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean()), (value) => {
        const broken = structuredClone(minimal) as Record<string, unknown> & {
          report: Record<string, unknown>;
        };
        broken.report.year = value;
        const result = validateReport(broken);
        if (typeof value === "number" && value >= 1900 && value <= 2200)
          expect(result.ok).toBe(true);
        else expect(result.issues.some((issue) => issue.pointer === "/report/year")).toBe(true);
      }),
    );
  });
});

describe("formatIssue", () => {
  const result = validateReport(invalid);
  const all = [...result.issues, ...result.warnings];

  it("says where, what and how to fix, in French and English", () => {
    const shares = all.find((issue) => issue.code === "shares-sum")!;
    expect(formatIssue(shares, "fr")).toBe(
      "À /programmes/0/coFunders : les parts de cofinancement totalisent 90 % au lieu de 100 % ; corrigez les parts pour que leur somme fasse 100.",
    );
    expect(formatIssue(shares, "en")).toBe(
      "At /programmes/0/coFunders: co-funding shares add up to 90 % instead of 100 %; correct the shares so that they add up to 100.",
    );
  });

  it("leaves no placeholder unfilled", () => {
    for (const issue of all)
      for (const locale of ["fr", "en"] as const)
        expect(formatIssue(issue, locale)).not.toMatch(/\{[a-zA-Z]\w*\}/);
  });

  it("has an English sentence for every French one", () => {
    expect(Object.keys(messagesEn.issues).sort()).toEqual(Object.keys(messagesFr.issues).sort());
  });
});

describe("groupIssues", () => {
  it("groups identical issues across array items and counts them", () => {
    const issues = validateReport({
      ...minimal,
      links: [
        { title: "a", url: "x" },
        { title: "b", url: "y" },
      ],
    }).issues;
    const groups = groupIssues(issues);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ code: "invalid-format", path: "/links/*/url", count: 2 });
  });
});

describe("JSON syntax errors", () => {
  it("are found where JSON.parse fails (property)", () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.nat(),
        fc.constantFrom("}", ",", ":", "x", '"'),
        (value, at, junk) => {
          const text = JSON.stringify(value, null, 2);
          const position = at % (text.length + 1);
          const broken = text.slice(0, position) + junk + text.slice(position);
          let valid = true;
          try {
            JSON.parse(broken);
          } catch {
            valid = false;
          }
          const result = validateReportJson(broken);
          if (!valid) {
            expect(result.issues[0]?.code).toBe("invalid-json");
            const { line, column } = result.issues[0]!.params as { line: number; column: number };
            expect(line).toBeGreaterThanOrEqual(1);
            expect(line).toBeLessThanOrEqual(broken.split("\n").length);
            expect(column).toBeGreaterThanOrEqual(1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
