import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nuancierContent as data } from "./content/index";
import { createShareLink, decodeSelection, encodeSelection } from "./share";

describe("share links", () => {
  it("encode a selection and its constraints in a readable link and read it back", () => {
    const shared = {
      selection: ["rapid-prototyping", "reframing-the-brief"],
      constraints: { order: "progressive" as const, maxHours: 21, audience: "managers" },
    };
    const link = createShareLink("https://example.org/nuancier?lang=fr", shared);
    expect(link).toContain("lang=fr");
    expect(link).toContain("nuancier=");
    expect(decodeSelection(link, data)).toEqual({ ...shared, issues: [] });
  });

  it("report what cannot be read, with its place, and keep the rest", () => {
    const decoded = decodeSelection("n=rapid-prototyping.Bad_Id.ghost&h=lots&o=random", data);
    expect(decoded.selection).toEqual(["rapid-prototyping"]);
    expect(decoded.issues.map((issue) => `${issue.pointer} ${issue.code}`)).toEqual([
      "/n/1 invalid-id",
      "/n/2 unknown-nuance",
      "/o invalid-value",
      "/h invalid-number",
    ]);
  });

  it("round-trip any selection of ids and constraints (property)", () => {
    const id = fc.constantFrom(...data.nuances.map((nuance) => nuance.id));
    fc.assert(
      fc.property(
        fc.uniqueArray(id, { maxLength: 10 }),
        fc.record(
          {
            order: fc.constantFrom("as-selected" as const, "progressive" as const),
            maxHours: fc.integer({ min: 0, max: 500 }),
            groupSize: fc.integer({ min: 1, max: 200 }),
            audience: fc.constantFrom("agents", "managers"),
          },
          { requiredKeys: [] },
        ),
        (selection, constraints) => {
          const decoded = decodeSelection(encodeSelection({ selection, constraints }), data);
          expect(decoded).toEqual({ selection, constraints, issues: [] });
        },
      ),
    );
  });

  it("never throw on arbitrary input (property)", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => decodeSelection(text, data)).not.toThrow();
        expect(() => decodeSelection(`https://x.org/?nuancier=${text}`)).not.toThrow();
      }),
    );
  });
});
