import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { twoByTwo } from "./examples";
import { scoreAnswers } from "./scoring";
import type { Answers, SonarDefinition } from "./types";
import { validateDefinition } from "./validate-definition";

const withScoring = (changes: Partial<SonarDefinition["scoring"]>): SonarDefinition => ({
  ...twoByTwo,
  scoring: { ...twoByTwo.scoring, ...changes },
});

// The four scale questions decide the two axes; 1..5 on each.
const scales = (openness: number, testing: number): Answers => ({
  "users-met": openness,
  partners: openness,
  pilot: testing,
  stop: testing,
});

describe("a third-party 2×2 model (independent axes, four quadrants)", () => {
  it("validates as written", () => {
    expect(validateDefinition(twoByTwo)).toMatchObject({ ok: true, issues: [] });
  });

  it.each([
    ["thresholds", "independent"],
    ["nearest", "independent"],
  ] as const)(
    "puts high-high and low-low in their corners (placement %s, axes %s), with hybridSpread kept",
    (placement, axisRelation) => {
      const definition = withScoring({ placement, axisRelation });
      expect(definition.scoring.hybridSpread).toBeGreaterThan(0);
      const high = scoreAnswers(definition, scales(5, 5));
      expect(high.axes.map((axis) => axis.score)).toEqual([1, 1]);
      expect(high.style).toMatchObject({ style: "co-design", verdict: "clear", tied: [] });
      const low = scoreAnswers(definition, scales(1, 1));
      expect(low.style).toMatchObject({ style: "steward", verdict: "clear" });
      expect(scoreAnswers(definition, scales(5, 1)).style.style).toBe("convener");
      expect(scoreAnswers(definition, scales(1, 5)).style.style).toBe("lab");
    },
  );

  it("would call high-high balanced if the axes were read as competing (why the relation exists)", () => {
    const competing = withScoring({ axisRelation: "competing", placement: "nearest" });
    expect(scoreAnswers(competing, scales(5, 5)).style.verdict).toBe("balanced");
  });

  it("shows the exact centre as a tie of the four styles, settled by definition order", () => {
    for (const placement of ["thresholds", "nearest"] as const) {
      const centre = scoreAnswers(withScoring({ placement }), scales(3, 3));
      expect(centre.axes.map((axis) => axis.score)).toEqual([0.5, 0.5]);
      expect(centre.style).toEqual({
        style: "steward",
        nearest: "steward",
        runnerUp: "convener",
        confidence: 0,
        verdict: "tie",
        tied: ["steward", "convener", "lab", "co-design"],
      });
    }
  });

  it("settles a tie by the order of the styles, whatever that order (property)", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(twoByTwo.styles, { minLength: 4, maxLength: 4 }),
        fc.constantFrom("thresholds", "nearest") as fc.Arbitrary<"thresholds" | "nearest">,
        (styles, placement) => {
          const definition = { ...withScoring({ placement }), styles };
          const result = scoreAnswers(definition, scales(3, 3));
          expect(result.style.verdict).toBe("tie");
          expect(result.style.tied).toEqual(styles.map((style) => style.id));
          expect(result.style.nearest).toBe(styles[0]!.id);
          expect(scoreAnswers(definition, scales(3, 3))).toEqual(result);
        },
      ),
    );
  });

  it("calls a score on one cut a tie of the two styles on either side of it", () => {
    const result = scoreAnswers(twoByTwo, scales(3, 5));
    expect(result.style).toMatchObject({ verdict: "tie", tied: ["lab", "co-design"] });
  });

  it("places every answer off the cuts in its quadrant, balanced only near the centre (property)", () => {
    const scale = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(scale, scale, scale, scale, (usersMet, partners, pilot, stop) => {
        const result = scoreAnswers(twoByTwo, { "users-met": usersMet, partners, pilot, stop });
        const [openness, testing] = result.axes.map((axis) => axis.score) as [number, number];
        if (openness === 0.5 || testing === 0.5) {
          expect(result.style.verdict).toBe("tie");
          return;
        }
        const quadrant =
          openness > 0.5
            ? testing > 0.5
              ? "co-design"
              : "convener"
            : testing > 0.5
              ? "lab"
              : "steward";
        expect(result.style.nearest).toBe(quadrant);
        const central = Math.abs(openness - 0.5) < 0.075 && Math.abs(testing - 0.5) < 0.075;
        expect(result.style.verdict === "balanced").toBe(central);
        if (result.style.verdict === "clear") expect(result.style.style).toBe(quadrant);
      }),
    );
  });

  it("places no stage in a model without stages", () => {
    const result = scoreAnswers(twoByTwo, scales(4, 2));
    expect(result.stage).toMatchObject({ stage: null, fromAnswers: null, selfPlaced: null });
    expect(result.nextSteps).toEqual([]);
    expect(result.pitfalls).toEqual([]);
  });

  it("reports styles that share a quadrant, and thresholds on unknown axes", () => {
    const broken = structuredClone(twoByTwo);
    broken.styles[1]!.profile = { openness: 0.3, testing: 0.1 };
    broken.scoring.thresholds = { openness: 0.5, speed: 0.4 };
    expect(validateDefinition(broken).issues).toEqual([
      { code: "unknown-axis", pointer: "/scoring/thresholds/speed", params: { axis: "speed" } },
      {
        code: "same-quadrant",
        pointer: "/styles/1/profile",
        params: { style: "convener", other: "steward" },
      },
    ]);
  });
});
