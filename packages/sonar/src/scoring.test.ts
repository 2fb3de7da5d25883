import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { innovation } from "./editions/innovation";
import { resilience } from "./editions/resilience";
import { scoreAnswers } from "./scoring";
import { answersArbitrary } from "./test-arbitraries";
import type { Answers } from "./types";
import example from "../examples/answers.json";

describe("scoreAnswers", () => {
  it.each([
    ["innovation", innovation],
    ["resilience", resilience],
  ])("keeps every score in 0..1 and names known styles and stages (%s)", (_, edition) => {
    const styles = edition.styles.map((style) => style.id);
    const stages = edition.stages.map((stage) => stage.id);
    fc.assert(
      fc.property(answersArbitrary(edition), (answers) => {
        const result = scoreAnswers(edition, answers);
        for (const axis of result.axes) {
          expect(axis.score).toBeGreaterThanOrEqual(0);
          expect(axis.score).toBeLessThanOrEqual(1);
        }
        expect(result.style.confidence).toBeGreaterThanOrEqual(0);
        expect(result.style.confidence).toBeLessThanOrEqual(1);
        if (result.style.style !== null) expect(styles).toContain(result.style.style);
        if (result.stage.stage !== null) expect(stages).toContain(result.stage.stage);
      }),
      { numRuns: 300 },
    );
  });

  it("scores the example answers as human and social sciences, at the test stage", () => {
    const result = scoreAnswers(innovation, example.answers as Answers);
    expect(result.style).toMatchObject({ style: "human-sciences", verdict: "clear" });
    expect(result.axes.find((axis) => axis.axis === "human-sciences")).toMatchObject({
      band: "high",
    });
    expect(result.stage).toMatchObject({ stage: "test", selfPlaced: "test", fromAnswers: "test" });
    expect(result.pitfalls).toHaveLength(2);
    expect(result.nextSteps[0]).toEqual({ stage: "test", kind: "remedy", index: 0 });
    expect(result.nextSteps.at(-1)).toMatchObject({ stage: "preuve-de-concept", kind: "signal" });
  });

  it("calls a balanced profile hybrid instead of forcing a style", () => {
    const balanced: Answers = {
      "first-reflex": "benchmark",
      risk: 4,
      "digital-place": 3,
      "users-voice": 3,
    };
    const result = scoreAnswers(innovation, balanced);
    expect(result.style.style).toBe("hybrid");
    expect(result.style.verdict).toBe("balanced");
    expect(result.style.nearest).not.toBeNull();
    expect(result.style.tied).toEqual([]);
  });

  it("shows equally near styles as a tie, the hybrid style given", () => {
    const result = scoreAnswers(innovation, {
      "first-reflex": "benchmark",
      risk: 3,
      "digital-place": 3,
      "users-voice": 3,
    });
    expect(result.axes.map((axis) => axis.score)).toEqual([0.5, 0.5, 0.5]);
    expect(result.style).toMatchObject({
      style: "hybrid",
      verdict: "tie",
      nearest: "entrepreneurial",
      runnerUp: "technological",
      confidence: 0,
      // The human-sciences profile (0.35, 0.35, 0.85) is a little further from the centre.
      tied: ["entrepreneurial", "technological"],
    });
  });

  it("gives the maximum to the strongest answers and the minimum to the weakest", () => {
    const strong = scoreAnswers(innovation, {
      risk: 5,
      "first-reflex": "prototype",
      priorities: ["speed", "tools", "understanding"],
    });
    expect(strong.axes.find((axis) => axis.axis === "entrepreneurial")!.score).toBe(1);
    const weak = scoreAnswers(innovation, { risk: 1 });
    expect(weak.axes.find((axis) => axis.axis === "entrepreneurial")!.score).toBe(0);
    expect(weak.axes.find((axis) => axis.axis === "technological")!.evidence).toBe(0);
  });

  it("ignores answers to hidden questions and answers that do not fit", () => {
    const hidden = scoreAnswers(innovation, { role: "agent", commission: "challenge" });
    expect(hidden.answered).toBe(1);
    const invalid = scoreAnswers(innovation, {
      risk: 42,
      inspiration: ["design", "startups", "peers"],
    });
    expect(invalid.answered).toBe(0);
  });

  it("combines self-placement with the evidence of the answers", () => {
    const onlySelf = scoreAnswers(innovation, { "self-place": "self-impact" });
    expect(onlySelf.stage).toMatchObject({
      stage: "impact",
      selfPlaced: "impact",
      fromAnswers: null,
    });
    const both = scoreAnswers(innovation, {
      "self-place": "self-ecosysteme",
      "done-so-far": ["conferences", "compare"],
      obstacle: "where-start",
    });
    expect(both.stage.fromAnswers).toBe("decouverte");
    expect(both.stage.selfPlaced).toBe("ecosysteme");
    expect(both.stage.alsoActive).toContain("orientation");
  });
});
