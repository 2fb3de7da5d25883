import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nuancierContent as base } from "./content/index";
import { extendNuancier } from "./extend";
import { localSectorOverlay, overlayWithUnknownSector } from "./fixtures/overlays";
import { validateNuancier } from "./validate";

describe("extendNuancier", () => {
  it("adds a local sector, its nuances and a format, overrides a text, and lists every change", () => {
    const before = structuredClone(base);
    const result = extendNuancier(base, localSectorOverlay);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.data.sectors).toHaveLength(9);
    expect(result.data.nuances).toHaveLength(base.nuances.length + 2);
    expect(
      result.data.formats.find((format) => format.id === "discovery-day")!.description.en,
    ).toMatch(/^Our quarterly/);
    expect(result.changes.map((change) => `${change.code} ${change.path}`)).toEqual([
      "added /add/sectors/0",
      "added /add/nuances/0",
      "added /add/nuances/1",
      "added /add/formats/0",
      "changed /override/formats/discovery-day/description",
    ]);
    expect(validateNuancier(result.data).ok).toBe(true);
    expect(base).toEqual(before);
  });

  it("rejects an overlay whose nuance points to a missing sector, with the path, and keeps the base", () => {
    const result = extendNuancier(base, overlayWithUnknownSector);
    expect(result.ok).toBe(false);
    expect(result.data).toBe(base);
    expect(result.changes).toEqual([]);
    expect(result.issues).toEqual([
      {
        path: "/add/nuances/0/sectorId",
        code: "unknown-reference",
        params: { id: "frugal-digitl", collection: "sectors" },
      },
    ]);
  });

  it("reports every schema mistake with its path, not only the first", () => {
    const result = extendNuancier(base, {
      schemaVersion: 1,
      add: { sectorz: [], nuances: [{ id: "Bad Id", kind: "dreaming" }] },
      override: { sectors: { geopolitics: { colour: "purple" } } },
    });
    expect(result.ok).toBe(false);
    const found = result.issues.map((issue) => `${issue.path} ${issue.code}`);
    expect(found).toEqual(
      expect.arrayContaining([
        "/add/sectorz unknown-field",
        "/add/nuances/0/id invalid-format",
        "/add/nuances/0/kind invalid-value",
        "/add/nuances/0/sectorId invalid-type",
        "/override/sectors/geopolitics/colour invalid-format",
      ]),
    );
  });

  it("reports conflicts: an id added twice and an override of something that does not exist", () => {
    const sector = localSectorOverlay.add.sectors[0];
    const result = extendNuancier(base, {
      schemaVersion: 1,
      add: { sectors: [{ ...sector, id: "geopolitics" }, sector, sector] },
      override: { nuances: { "no-such-nuance": { kind: "being" } } },
    });
    expect(result.ok).toBe(false);
    expect(result.conflicts.map((issue) => `${issue.path} ${issue.code}`)).toEqual([
      "/add/sectors/0/id duplicate-id",
      "/override/nuances/no-such-nuance unknown-id",
      "/add/sectors/2/id duplicate-id",
    ]);
  });

  it("lets the overlay replace a base entry when asked, still naming the conflict", () => {
    const sector = { ...localSectorOverlay.add.sectors[0], id: "geopolitics" };
    const result = extendNuancier(
      base,
      { schemaVersion: 1, add: { sectors: [sector] } },
      {
        onConflict: "overlay-wins",
      },
    );
    expect(result.ok).toBe(true);
    expect(result.data.sectors[0]!.name.en).toBe("Frugal digital");
    expect(result.changes).toEqual([
      { path: "/add/sectors/0", code: "replaced", collection: "sectors", id: "geopolitics" },
    ]);
    expect(result.conflicts).toHaveLength(1);
  });

  it("never throws and never alters the base, whatever the overlay (property)", () => {
    const snapshot = JSON.stringify(base);
    fc.assert(
      fc.property(fc.anything(), (overlay) => {
        const result = extendNuancier(base, overlay);
        if (!result.ok) expect(result.data).toBe(base);
      }),
      { numRuns: 200 },
    );
    expect(JSON.stringify(base)).toBe(snapshot);
  });

  it("changes exactly the overridden names (property)", () => {
    const ids = base.nuances.map((nuance) => nuance.id);
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 5 }), (chosen) => {
        const override = Object.fromEntries(
          chosen.map((id) => [id, { name: { fr: `Nom ${id}`, en: `Name ${id}` } }]),
        );
        const result = extendNuancier(base, { schemaVersion: 1, override: { nuances: override } });
        expect(result.ok).toBe(true);
        expect(result.changes.map((change) => change.id).sort()).toEqual([...chosen].sort());
        for (const nuance of result.data.nuances) {
          expect(nuance.name.en.startsWith("Name ")).toBe(chosen.includes(nuance.id));
        }
      }),
      { numRuns: 50 },
    );
  });
});
