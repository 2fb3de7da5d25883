import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { innovation } from "./editions/innovation";
import { scoreAnswers, type SonarResult } from "./scoring";
import { aggregate, compare } from "./team";
import { answersArbitrary } from "./test-arbitraries";

const results = fc.array(
  answersArbitrary(innovation).map((answers) => scoreAnswers(innovation, answers)),
  { minLength: 1, maxLength: 25 },
);

describe("aggregate", () => {
  it("does not depend on the order of the results", () => {
    fc.assert(
      fc.property(results, fc.func(fc.integer()), (list, key) => {
        const shuffled = [...list].sort((a, b) => key(a) - key(b));
        const a = aggregate(list);
        const b = aggregate(shuffled);
        expect(b.styles).toEqual(a.styles);
        expect(b.stages).toEqual(a.stages);
        expect(b.respondents).toBe(a.respondents);
        b.axes.forEach((axis, index) => {
          expect(axis.mean).toBeCloseTo(a.axes[index]!.mean, 6);
          expect(axis.spread).toBeCloseTo(a.axes[index]!.spread, 6);
        });
      }),
      { numRuns: 100 },
    );
  });

  it("counts every respondent once in styles and stages, and keeps means within min and max", () => {
    fc.assert(
      fc.property(results, (list) => {
        const summary = aggregate(list);
        expect(Object.values(summary.styles).reduce((a, b) => a + b, 0)).toBe(list.length);
        expect(Object.values(summary.stages).reduce((a, b) => a + b, 0)).toBe(list.length);
        for (const axis of summary.axes) {
          expect(axis.mean).toBeGreaterThanOrEqual(axis.min - 1e-3);
          expect(axis.mean).toBeLessThanOrEqual(axis.max + 1e-3);
          expect(axis.spread).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it("puts the axis the team disagrees on most first", () => {
    const a = scoreAnswers(innovation, { risk: 1, "digital-place": 3, "users-voice": 3 });
    const b = scoreAnswers(innovation, { risk: 5, "digital-place": 3, "users-voice": 4 });
    const summary = aggregate([a, b]);
    expect(summary.disagreement[0]).toBe("entrepreneurial");
    expect(summary.axes.find((axis) => axis.axis === "entrepreneurial")).toMatchObject({
      mean: 0.5,
      spread: 0.5,
      min: 0,
      max: 1,
    });
  });

  it("gives an empty summary for no results", () => {
    expect(aggregate([])).toEqual({
      respondents: 0,
      styles: {},
      stages: {},
      axes: [],
      disagreement: [],
    });
  });
});

describe("compare", () => {
  it("shows the change between two dates for one respondent", () => {
    const before = scoreAnswers(innovation, { risk: 1, "self-place": "self-test" });
    const after = scoreAnswers(innovation, { risk: 5, "self-place": "self-impact" });
    const comparison = compare(before, after);
    expect(comparison.axes.find((axis) => axis.axis === "entrepreneurial")).toEqual({
      axis: "entrepreneurial",
      before: 0,
      after: 1,
      change: 1,
    });
    expect(comparison.largestChange).toBe("entrepreneurial");
    expect(comparison.stages).toEqual(
      expect.arrayContaining([
        { stage: "test", before: 1, after: 0, change: -1 },
        { stage: "impact", before: 0, after: 1, change: 1 },
      ]),
    );
  });

  it("compares two team summaries as shares", () => {
    const r = (risk: number): SonarResult => scoreAnswers(innovation, { risk });
    const comparison = compare(aggregate([r(1), r(1)]), aggregate([r(5), r(1), r(5), r(5)]));
    expect(comparison.axes.find((axis) => axis.axis === "entrepreneurial")!.change).toBe(0.75);
    expect(compare(aggregate([r(3)]), aggregate([r(3)])).largestChange).toBeNull();
  });
});
