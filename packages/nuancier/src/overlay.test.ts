import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nuancierContent as base } from "./content/index";
import { extendNuancier as withZod } from "./extend";
import {
  crossBorderOverlay,
  localSectorOverlay,
  overlayWithUnknownSector,
} from "./fixtures/overlays";
import { overlayMessagesEn } from "./i18n/messages.en";
import { overlayMessagesFr } from "./i18n/messages.fr";
import { extendNuancier as zodFree } from "./overlay";

const overlays: unknown[] = [localSectorOverlay, overlayWithUnknownSector, crossBorderOverlay];

/** Every place in a JSON value, as the keys that lead to it. */
function placesIn(value: unknown, at: PropertyKey[] = []): PropertyKey[][] {
  if (typeof value !== "object" || value === null) return [at];
  const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [at, ...keys.flatMap((key) => placesIn((value as never)[key], [...at, key]))];
}

/** A copy of `overlay` with `edit` applied where `place` leads (the root is never removed). */
function edited(overlay: unknown, place: PropertyKey[], edit: Edit): unknown {
  const copy = structuredClone(overlay);
  if (place.length === 0) return edit.kind === "set" ? edit.value : copy;
  type Node = Record<PropertyKey, unknown> & unknown[];
  const parent = place.slice(0, -1).reduce((at: Node, key) => at[key] as Node, copy as Node);
  const key = place.at(-1)!;
  if (edit.kind === "set") parent[key] = edit.value;
  else if (edit.kind === "delete") {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else {
    const target = parent[key];
    if (typeof target === "object" && target && !Array.isArray(target))
      (target as Record<string, unknown>)[edit.key] = edit.value;
  }
  return copy;
}

type Edit =
  | { kind: "set"; value: unknown }
  | { kind: "delete" }
  | { kind: "add"; key: string; value: unknown };

// Values that break a field in the ways people do: wrong type, empty, bad id or language tag,
// negative or fractional numbers, an id of the base, lists and objects in place of each other.
const breaking = fc.oneof(
  fc.constantFrom<unknown>(
    "",
    "Bad Id",
    "sprint",
    "geopolitics",
    "DE",
    "de",
    -1,
    1.5,
    0,
    1,
    null,
    [],
    {},
    ["sprint"],
    { remove: [0] },
    { append: ["webinar"] },
    { fr: "Texte", en: "Text" },
    { fr: "" },
  ),
  fc.jsonValue({ maxDepth: 2 }),
);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  breaking.map((value) => ({ kind: "set" as const, value })),
  fc.constant({ kind: "delete" as const }),
  fc
    .tuple(fc.constantFrom("fr", "en", "br", "DE", "extra", "sectors", "remove"), breaking)
    .map(([key, value]) => ({ kind: "add" as const, key, value })),
);
const brokenOverlay = fc
  .tuple(
    fc.constantFrom(...overlays),
    fc.array(fc.tuple(fc.nat(), edit), { minLength: 1, maxLength: 3 }),
  )
  .map(([overlay, edits]) =>
    edits.reduce((current, [pick, change]) => {
      const places = placesIn(current);
      return edited(current, places[pick % places.length]!, change);
    }, overlay),
  );

describe("the zod-free extendNuancier (./overlay)", () => {
  it("merges the example overlays as the zod one does", () => {
    for (const overlay of overlays)
      for (const onConflict of ["reject", "overlay-wins"] as const)
        expect(zodFree(base, overlay, { onConflict })).toEqual(
          withZod(base, overlay, { onConflict }),
        );
  });

  it("accepts and refuses the same broken overlays, with the same located issues (property)", () => {
    let refused = 0;
    fc.assert(
      fc.property(brokenOverlay, fc.boolean(), (overlay, wins) => {
        const options = { onConflict: wins ? ("overlay-wins" as const) : ("reject" as const) };
        const expected = withZod(base, overlay, options);
        expect(zodFree(base, overlay, options)).toEqual(expected);
        if (!expected.ok) refused++;
      }),
      { numRuns: 600 },
    );
    // The generator breaks most overlays: the comparison is about refusals, not only merges.
    expect(refused).toBeGreaterThan(300);
  });

  it("gives the same answer as zod whatever the input (property)", () => {
    fc.assert(
      fc.property(fc.anything(), (overlay) => {
        expect(zodFree(base, overlay)).toEqual(withZod(base, overlay));
      }),
      { numRuns: 300 },
    );
  });

  it("reports only codes that have a sentence in French and English", () => {
    fc.assert(
      fc.property(brokenOverlay, (overlay) => {
        for (const issue of zodFree(base, overlay).issues) {
          expect(overlayMessagesFr.issue, issue.code).toHaveProperty([issue.code]);
          expect(overlayMessagesEn.issue, issue.code).toHaveProperty([issue.code]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
