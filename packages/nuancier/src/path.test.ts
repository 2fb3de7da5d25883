import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nuancierContent as data } from "./content/index";
import { buildPath } from "./path";

const five = [
  "rapid-prototyping",
  "reading-innovation-currents",
  "reframing-the-brief",
  "observing-in-the-field",
  "sharing-as-commons",
];

describe("buildPath", () => {
  it("turns five nuances into five steps with a format, a duration and reasons", () => {
    const path = buildPath(data, five);
    expect(path.steps.map((step) => step.nuanceId)).toEqual(five);
    for (const step of path.steps) {
      const nuance = data.nuances.find((entry) => entry.id === step.nuanceId)!;
      expect(nuance.formats).toContain(step.formatId);
      expect(step.reasons.length).toBeGreaterThanOrEqual(2);
    }
    expect(path.totalHours.min).toBe(path.steps.reduce((sum, step) => sum + step.hours.min, 0));
    expect(path.issues).toEqual([]);
  });

  it("orders being, then doing, then acting when asked, keeping the choice order within a kind", () => {
    const path = buildPath(data, five, { order: "progressive" });
    expect(path.steps.map((step) => step.kind)).toEqual([
      "being",
      "doing",
      "doing",
      "acting",
      "acting",
    ]);
    expect(path.steps.map((step) => step.nuanceId)).toEqual([
      "reading-innovation-currents",
      "rapid-prototyping",
      "observing-in-the-field",
      "reframing-the-brief",
      "sharing-as-commons",
    ]);
    expect(path.steps[0]!.reasons[0]).toEqual({
      code: "order-progressive",
      params: { kind: "being" },
    });
  });

  it("honours preferred and excluded formats", () => {
    const preferred = buildPath(data, ["rapid-prototyping"], { preferredFormats: ["sprint"] });
    expect(preferred.steps[0]!.formatId).toBe("sprint");
    expect(preferred.steps[0]!.reasons).toContainEqual({
      code: "format-preferred",
      params: { formatId: "sprint" },
    });
    const excluded = buildPath(data, ["learning-elsewhere"], { excludedFormats: ["study-trip"] });
    expect(excluded.steps).toEqual([]);
    expect(excluded.issues).toEqual([
      { pointer: "/selection/0", code: "no-suitable-format", params: { id: "learning-elsewhere" } },
    ]);
  });

  it("stays within a budget when it can and says so when it cannot", () => {
    const tight = buildPath(data, ["co-creating-with-residents"], { maxHours: 30 });
    expect(tight.steps[0]!.formatId).toBe("training-in-action");
    const over = buildPath(data, ["learning-elsewhere"], { maxHours: 7 });
    expect(over.issues).toContainEqual({
      pointer: "/constraints/maxHours",
      code: "over-budget",
      params: { hours: 14, maxHours: 7 },
    });
  });

  it("flags nuances not meant for the chosen audience, and unknown or repeated ids", () => {
    const path = buildPath(data, ["legitimacy-to-speak", "nope", "legitimacy-to-speak"], {
      audience: "elected-officials",
    });
    expect(path.steps[0]!.reasons).toContainEqual({
      code: "audience-outside",
      params: { audience: "elected-officials" },
    });
    expect(path.issues.map((issue) => `${issue.pointer} ${issue.code}`)).toEqual([
      "/selection/1 unknown-nuance",
      "/selection/2 duplicate-nuance",
    ]);
  });

  it("always yields one step per distinct known nuance and a total equal to the sum (property)", () => {
    const idArb = fc.constantFrom(...data.nuances.map((nuance) => nuance.id), "unknown-id");
    fc.assert(
      fc.property(
        fc.array(idArb, { maxLength: 12 }),
        fc.constantFrom("as-selected" as const, "progressive" as const),
        fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
        (selection, order, maxHours) => {
          const path = buildPath(data, selection, { order, maxHours });
          const known = [...new Set(selection.filter((id) => id !== "unknown-id"))];
          expect([...path.steps.map((step) => step.nuanceId)].sort()).toEqual([...known].sort());
          expect(path.steps.map((step) => step.position)).toEqual(known.map((_, i) => i + 1));
          expect(path.totalHours.max).toBe(
            path.steps.reduce((sum, step) => sum + step.hours.max, 0),
          );
          if (maxHours !== undefined && path.totalHours.min > maxHours) {
            expect(path.issues.some((issue) => issue.code === "over-budget")).toBe(true);
          }
        },
      ),
    );
  });
});
