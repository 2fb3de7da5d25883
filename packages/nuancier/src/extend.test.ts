import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nuancierContent as base } from "./content/index";
import { extendNuancier } from "./extend";
import {
  crossBorderOverlay,
  localSectorOverlay,
  overlayWithUnknownSector,
} from "./fixtures/overlays";
import { textIn } from "./model";
import { validateNuancier } from "./validate";

const nuance = (data: typeof base, id: string) => data.nuances.find((entry) => entry.id === id)!;
const sector = (data: typeof base, id: string) => data.sectors.find((entry) => entry.id === id)!;
const located = (result: { issues: { pointer: string; code: string }[] }) =>
  result.issues.map((issue) => `${issue.pointer} ${issue.code}`);

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
    expect(result.changes.map((change) => `${change.code} ${change.pointer}`)).toEqual([
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
        pointer: "/add/nuances/0/sectorId",
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
    const found = result.issues.map((issue) => `${issue.pointer} ${issue.code}`);
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
    expect(result.conflicts.map((issue) => `${issue.pointer} ${issue.code}`)).toEqual([
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
      { pointer: "/add/sectors/0", code: "replaced", collection: "sectors", id: "geopolitics" },
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

  describe("removing entries", () => {
    it("takes a format out and prunes it from the nuances that offered it, saying where", () => {
      const result = extendNuancier(base, { schemaVersion: 1, remove: { formats: ["webinar"] } });
      expect(result.issues).toEqual([]);
      expect(result.data.formats.map((format) => format.id)).not.toContain("webinar");
      for (const entry of result.data.nuances) expect(entry.formats).not.toContain("webinar");
      expect(nuance(result.data, "sharing-as-commons").formats).toEqual(["sprint"]);
      expect(result.changes[0]).toEqual({
        pointer: "/remove/formats/0",
        code: "removed",
        collection: "formats",
        id: "webinar",
      });
      expect(result.changes).toContainEqual({
        pointer: "/remove/formats/0",
        code: "changed",
        collection: "nuances",
        id: "sharing-as-commons",
        field: "formats",
      });
      expect(validateNuancier(result.data).ok).toBe(true);
    });

    it("refuses a removal that leaves a nuance without any format, at the removal", () => {
      const result = extendNuancier(base, {
        schemaVersion: 1,
        remove: { formats: ["study-trip"] },
      });
      expect(result.ok).toBe(false);
      expect(result.issues).toEqual([
        {
          pointer: "/remove/formats/0",
          code: "removal-empties-list",
          params: { id: "learning-elsewhere", collection: "nuances", field: "formats" },
        },
      ]);
      // Giving that nuance another format in the same overlay makes the removal possible.
      const fixed = extendNuancier(base, {
        schemaVersion: 1,
        remove: { formats: ["study-trip"] },
        override: { nuances: { "learning-elsewhere": { formats: { append: ["discovery-day"] } } } },
      });
      expect(fixed.issues).toEqual([]);
      expect(nuance(fixed.data, "learning-elsewhere").formats).toEqual(["discovery-day"]);
    });

    it("refuses to remove a sector that still has nuances, naming them, unless they go too", () => {
      const own = base.nuances.filter((entry) => entry.sectorId === "telling-sharing");
      const result = extendNuancier(base, {
        schemaVersion: 1,
        remove: { sectors: ["telling-sharing"] },
      });
      expect(result.ok).toBe(false);
      expect(result.issues).toEqual([
        {
          pointer: "/remove/sectors/0",
          code: "still-referenced",
          params: {
            id: "telling-sharing",
            collection: "sectors",
            by: own.map((entry) => entry.id),
          },
        },
      ]);
      const whole = extendNuancier(base, {
        schemaVersion: 1,
        remove: { sectors: ["telling-sharing"], nuances: own.map((entry) => entry.id) },
      });
      expect(whole.issues).toEqual([]);
      expect(whole.data.sectors).toHaveLength(7);
      expect(whole.changes.filter((change) => change.code === "removed")).toHaveLength(
        1 + own.length,
      );
    });

    it("replaces an entry on purpose when the overlay removes it and adds it again", () => {
      const sprint = base.formats.find((format) => format.id === "sprint")!;
      const users = base.nuances.filter((entry) => entry.formats.includes("sprint")).length;
      const result = extendNuancier(base, {
        schemaVersion: 1,
        remove: { formats: ["sprint"] },
        add: { formats: [{ ...sprint, name: { fr: "Sprint court", en: "Short sprint" } }] },
      });
      expect(result.issues).toEqual([]);
      expect(result.changes.map((change) => `${change.code} ${change.pointer}`)).toEqual([
        "removed /remove/formats/0",
        "added /add/formats/0",
      ]);
      // The nuances that offered the format keep it: it is the same id, redefined.
      expect(result.data.nuances.filter((entry) => entry.formats.includes("sprint"))).toHaveLength(
        users,
      );
      expect(result.data.formats.find((format) => format.id === "sprint")!.name.en).toBe(
        "Short sprint",
      );
    });

    it("reports the removal of an id that does not exist", () => {
      const result = extendNuancier(base, { schemaVersion: 1, remove: { audiences: ["robots"] } });
      expect(result.ok).toBe(false);
      expect(result.conflicts).toEqual([
        {
          pointer: "/remove/audiences/0",
          code: "unknown-id",
          params: { id: "robots", collection: "audiences" },
        },
      ]);
    });
  });

  describe("editing lists", () => {
    const edit = (formats: unknown) =>
      extendNuancier(base, {
        schemaVersion: 1,
        override: { nuances: { "generating-ideas": { formats } } },
      });

    it("replaces a list given as an array, and appends or removes with an edit object", () => {
      expect(nuance(base, "generating-ideas").formats).toEqual(["training-in-action", "sprint"]);
      expect(nuance(edit(["webinar"]).data, "generating-ideas").formats).toEqual(["webinar"]);
      expect(nuance(edit({ append: ["webinar"] }).data, "generating-ideas").formats).toEqual([
        "training-in-action",
        "sprint",
        "webinar",
      ]);
      expect(
        nuance(edit({ remove: ["sprint"], append: ["lunch-debate"] }).data, "generating-ideas")
          .formats,
      ).toEqual(["training-in-action", "lunch-debate"]);
    });

    it("locates list-edit mistakes: unknown item, duplicate, unknown reference, wrong shape", () => {
      expect(located(edit({ remove: ["residency"] }))).toEqual([
        "/override/nuances/generating-ideas/formats/remove/0 not-in-list",
      ]);
      expect(located(edit({ append: ["sprint"] }))).toEqual([
        "/override/nuances/generating-ideas/formats/append/0 already-in-list",
      ]);
      expect(located(edit({ append: ["no-such-format"] }))).toEqual([
        "/override/nuances/generating-ideas/formats/2 unknown-reference",
      ]);
      expect(located(edit({ append: "sprint" }))).toEqual([
        "/override/nuances/generating-ideas/formats/append invalid-type",
      ]);
      expect(located(edit({ apend: ["sprint"] }))).toEqual([
        "/override/nuances/generating-ideas/formats/apend unknown-field",
      ]);
      expect(located(edit({ remove: ["sprint", "training-in-action"] }))).toEqual([
        "/override/nuances/generating-ideas/formats too-small",
      ]);
    });

    it("edits lists of texts by position and appends texts", () => {
      const values = sector(base, "geopolitics").values;
      const result = extendNuancier(base, {
        schemaVersion: 1,
        override: {
          sectors: {
            geopolitics: { values: { remove: [0], append: [{ fr: "Le doute.", en: "Doubt." }] } },
          },
        },
      });
      expect(result.issues).toEqual([]);
      expect(sector(result.data, "geopolitics").values).toEqual([
        ...values.slice(1),
        { fr: "Le doute.", en: "Doubt." },
      ]);
      const wrong = extendNuancier(base, {
        schemaVersion: 1,
        override: { sectors: { geopolitics: { values: { remove: [values.length] } } } },
      });
      expect(wrong.issues).toEqual([
        {
          pointer: "/override/sectors/geopolitics/values/remove/0",
          code: "unknown-position",
          params: { position: values.length, length: values.length, field: "values" },
        },
      ]);
    });

    it("appends keywords in one language, creating the list when the nuance had none", () => {
      const bare = base.nuances.find((entry) => !entry.keywords);
      const target = bare ?? base.nuances[0]!;
      const result = extendNuancier(base, {
        schemaVersion: 1,
        override: { nuances: { [target.id]: { keywords: { fr: { append: ["sobriété"] } } } } },
      });
      expect(result.issues).toEqual([]);
      expect(nuance(result.data, target.id).keywords!.fr).toEqual([
        ...(target.keywords?.fr ?? []),
        "sobriété",
      ]);
      expect(nuance(result.data, target.id).keywords!.en).toEqual(target.keywords?.en ?? []);
    });
  });

  describe("languages", () => {
    it("renames in one language only, keeping the others", () => {
      const result = extendNuancier(base, {
        schemaVersion: 1,
        override: { nuances: { "generating-ideas": { name: { en: "Ideas galore" } } } },
      });
      expect(result.issues).toEqual([]);
      expect(nuance(result.data, "generating-ideas").name).toEqual({
        fr: nuance(base, "generating-ideas").name.fr,
        en: "Ideas galore",
      });
      expect(result.changes).toEqual([
        {
          pointer: "/override/nuances/generating-ideas/name",
          code: "changed",
          collection: "nuances",
          id: "generating-ideas",
          field: "name",
        },
      ]);
    });

    it("adds a third language that falls back where a text lacks it", () => {
      const result = extendNuancier(base, crossBorderOverlay);
      expect(result.issues).toEqual([]);
      const data = result.data;
      expect(data.languages).toEqual({ de: { name: "Deutsch", fallback: "en" } });
      expect(textIn(sector(data, "geopolitics").name, "de", data)).toBe(
        "Geopolitik der öffentlichen Innovation",
      );
      expect(textIn(sector(data, "geopolitics").name, "de-AT", data)).toBe(
        "Geopolitik der öffentlichen Innovation",
      );
      // No German text here: the declared fallback, English.
      expect(textIn(sector(data, "doing-together").name, "de", data)).toBe("Doing together");
      // An undeclared language falls back to French, the source.
      expect(textIn(sector(data, "doing-together").name, "br", data)).toBe("Faire ensemble");
      expect(validateNuancier(data).ok).toBe(true);
    });

    it("refuses a text keyed by something that is not a language tag, where it stands", () => {
      const result = extendNuancier(base, {
        schemaVersion: 1,
        override: { sectors: { geopolitics: { name: { DE: "Geopolitik" } } } },
        add: {
          audiences: [
            {
              id: "mayors",
              name: { fr: "Maires", en: "Mayors", "de DE": "x" },
              description: { fr: "Élus.", en: "Elected." },
            },
          ],
        },
      });
      expect(located(result)).toEqual(
        expect.arrayContaining([
          "/override/sectors/geopolitics/name/DE invalid-locale",
          "/add/audiences/0/name/de DE invalid-locale",
        ]),
      );
    });
  });

  describe("authors and licence", () => {
    it("keeps the overlay's source, licence and attribution with the texts it wrote", () => {
      const result = extendNuancier(base, crossBorderOverlay);
      expect(result.data.contributions).toEqual([
        {
          ...crossBorderOverlay.source,
          texts: [
            { collection: "formats", id: "cross-border-tandem" },
            { collection: "sectors", id: "geopolitics", fields: ["name", "values"] },
            { collection: "nuances", id: "learning-elsewhere", fields: ["name"] },
          ],
        },
      ]);
      // The palette's own licence and attribution are not the overlay's.
      expect(result.data.licence).toBe(base.licence);
      expect(result.data.attribution).toEqual(base.attribution);
    });

    it("keeps the source of an overlay that only removes, and chains contributions", () => {
      const first = extendNuancier(base, localSectorOverlay);
      const second = extendNuancier(first.data, {
        schemaVersion: 1,
        source: { name: "Équipe de relecture" },
        remove: { audiences: ["trainers"] },
      });
      expect(second.issues).toEqual([]);
      expect(second.data.contributions?.map((entry) => entry.name)).toEqual([
        "Département d'exemple",
        "Équipe de relecture",
      ]);
      expect(second.data.contributions?.[1]?.texts).toEqual([]);
    });
  });

  describe("never colour alone", () => {
    const twin = {
      ...localSectorOverlay.add.sectors[0],
      id: "twin",
      code: "1",
      pattern: "stripes",
    };

    it("refuses a new sector with an existing sector's code and pattern, whatever its colour", () => {
      for (const colour of [sector(base, "geopolitics").colour, "#123456"]) {
        const result = extendNuancier(base, {
          schemaVersion: 1,
          add: { sectors: [{ ...twin, colour }] },
        });
        expect(result.ok).toBe(false);
        expect(result.issues).toEqual([
          {
            pointer: "/add/sectors/0",
            code: "indistinguishable-sector",
            params: { id: "twin", other: "geopolitics", code: "1", pattern: "stripes" },
          },
        ]);
      }
      // Another pattern or another code is enough to tell them apart without colour.
      for (const change of [{ pattern: "dots" }, { code: "9" }]) {
        expect(
          extendNuancier(base, { schemaVersion: 1, add: { sectors: [{ ...twin, ...change }] } })
            .issues,
        ).toEqual([]);
      }
    });

    it("refuses an override that makes two sectors alike, at the override", () => {
      const result = extendNuancier(base, {
        schemaVersion: 1,
        override: { sectors: { "doing-together": { code: "1", pattern: "stripes" } } },
      });
      expect(located(result)).toEqual([
        "/override/sectors/doing-together indistinguishable-sector",
      ]);
    });

    it("is checked on whole palettes too", () => {
      const palette = structuredClone(base);
      palette.sectors[1] = { ...palette.sectors[1]!, code: "1", pattern: "stripes" };
      expect(located(validateNuancier(palette))).toEqual(["/sectors/1 indistinguishable-sector"]);
    });
  });
});
