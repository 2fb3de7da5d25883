import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nuancierContent as data } from "./content/index";
import { extendNuancier } from "./extend";
import { formatHours, pathToCsv, pathToJson, pathToMarkdown } from "./export";
import { crossBorderOverlay, localSectorOverlay } from "./fixtures/overlays";
import { buildPath } from "./path";

const path = buildPath(data, ["rapid-prototyping", "reframing-the-brief"], {
  order: "progressive",
});

/** A minimal RFC 4180 reader, to check what we write can be read back (BOM left out). */
function readCsv(withBom: string): string[][] {
  const text = withBom.replace(/^\uFEFF/, "");
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 1;
    } else field += char;
  }
  return rows;
}

describe("exports", () => {
  it("writes Markdown with a title, the total and one numbered step per nuance with its reasons", () => {
    const markdown = pathToMarkdown(path, data, "fr");
    expect(markdown).toMatch(/^# Parcours de formation\n/);
    expect(markdown).toContain("Durée totale : 20 à 33 h");
    expect(markdown).toContain(
      "1. **Prototypage rapide** (Concevoir et prototyper, faire) — Formation-action sur un cas réel, 14 à 21 h",
    );
    expect(markdown).toContain("2. **Reformuler la commande**");
    expect(markdown).toContain("   - Pourquoi : Progression être → faire → agir");
    expect(markdown).toContain("CC-BY-SA-4.0");
    expect(pathToMarkdown(path, data, "en")).toContain(
      "1. **Rapid prototyping** (Designing and prototyping, doing)",
    );
  });

  it("writes CSV with a header and one row per step, readable back", () => {
    const rows = readCsv(pathToCsv(path, data, "en"));
    expect(rows[0]).toEqual([
      "Step",
      "Sector",
      "Nuance",
      "Kind",
      "Format",
      "Hours (min)",
      "Hours (max)",
      "Why",
      "Credits",
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[1]!.slice(0, 3)).toEqual(["1", "Designing and prototyping", "Rapid prototyping"]);
    expect(rows[2]![1]).toBe("Reframing the brief, steering differently");
  });

  it("starts CSV with a UTF-8 byte-order mark, so that Excel keeps the accents", () => {
    const csv = pathToCsv(path, data, "fr");
    expect(csv.startsWith("\uFEFFÉtape,Secteur,")).toBe(true);
    expect(csv.indexOf("\uFEFF", 1)).toBe(-1);
  });

  it("neutralises a text that a spreadsheet would run as a formula, and keeps hours as numbers", () => {
    const renamed = extendNuancier(data, {
      schemaVersion: 1,
      override: {
        nuances: { "rapid-prototyping": { name: { en: '=HYPERLINK("http://evil.example","x")' } } },
        sectors: { "designing-prototyping": { name: { en: "+1 sector" } } },
      },
    }).data;
    const rows = readCsv(pathToCsv(buildPath(renamed, ["rapid-prototyping"]), renamed, "en"));
    expect(rows[1]!.slice(0, 3)).toEqual([
      "1",
      "'+1 sector",
      '\'=HYPERLINK("http://evil.example","x")',
    ]);
    expect(rows[1]!.slice(5, 7)).toEqual(["14", "21"]);
  });

  it("writes any nuance name so that it reads back, formulas neutralised (property)", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (name) => {
        const renamed = extendNuancier(data, {
          schemaVersion: 1,
          override: { nuances: { "rapid-prototyping": { name: { fr: name } } } },
        }).data;
        const rows = readCsv(pathToCsv(buildPath(renamed, ["rapid-prototyping"]), renamed, "fr"));
        expect(rows[1]![2]).toBe(/^[=+\-@\t\r]/.test(name) ? `'${name}` : name);
      }),
      { numRuns: 200 },
    );
  });

  it("formats hours in each locale", () => {
    expect(formatHours({ min: 1.5, max: 2 }, "fr")).toBe("1,5 à 2 h");
    expect(formatHours({ min: 7, max: 7 }, "en")).toBe("7 h");
  });

  describe("with an overlay's texts", () => {
    const merged = extendNuancier(
      extendNuancier(data, crossBorderOverlay).data,
      localSectorOverlay,
    ).data;
    const mixed = buildPath(
      merged,
      ["learning-elsewhere", "testing-tools-early", "generating-ideas"],
      {
        preferredFormats: ["cross-border-tandem", "tool-testing-lab"],
      },
    );

    it("credits each overlay's texts to their authors and licence in Markdown, not to the palette", () => {
      const markdown = pathToMarkdown(mixed, merged, "fr");
      expect(markdown).toContain(
        "_Apprendre ailleurs et Tandem transfrontalier : Textes ajoutés par le Centre de formation transfrontalier d'exemple. Licence CC-BY-SA-4.0._ <https://example.org/centre-transfrontalier>",
      );
      expect(markdown).toContain(
        "_Tester un outil très tôt, Numérique frugal et Testothèque : Textes de Département d'exemple. Licence non précisée._",
      );
      expect(markdown).toContain("Contenu sous licence CC-BY-SA-4.0. Textes de Communs");
      // A path with none of the overlays' texts owes them nothing.
      expect(pathToMarkdown(path, merged, "fr")).not.toContain("Département d'exemple");
    });

    it("credits each CSV row's authors in its last column", () => {
      const rows = readCsv(pathToCsv(mixed, merged, "en"));
      const credit = (row: number) => rows[row]!.at(-1);
      const palette =
        "Texts by Communs, after La 27e Région's Nuancier de formation (2015) (CC-BY-SA-4.0)";
      // The renamed nuance and the added format are the centre's; the sector is the palette's.
      expect(credit(1)).toBe(
        `Centre de formation transfrontalier d'exemple (CC-BY-SA-4.0) ; ${palette}`,
      );
      expect(credit(2)).toBe("Département d'exemple (licence not stated)");
      expect(credit(3)).toBe(palette);
    });

    it("writes JSON with ids, texts, reasons and credits", () => {
      const json = JSON.parse(pathToJson(mixed, merged, "en")) as {
        steps: {
          nuance: { id: string; name: string };
          reasons: { code: string; text: string }[];
        }[];
        credits: {
          palette: { licence: string };
          contributions: { name: string; texts: string[] }[];
        };
      };
      expect(json.steps[0]!.nuance).toEqual({
        id: "learning-elsewhere",
        name: "Learning from elsewhere, across the border too",
      });
      expect(json.steps[0]!.reasons[0]!.text).toBe("In the chosen place (no. 1).");
      expect(json.credits.palette.licence).toBe("CC-BY-SA-4.0");
      expect(json.credits.contributions.map((entry) => entry.name)).toEqual([
        "Centre de formation transfrontalier d'exemple",
        "Département d'exemple",
      ]);
    });

    it("exports in a third language, with the engine's sentences in its fallback", () => {
      const markdown = pathToMarkdown(mixed, merged, "de");
      expect(markdown).toMatch(/^# Training path\n/);
      expect(markdown).toContain("Grenzüberschreitendes Tandem");
      expect(markdown).toContain(
        "Texte ergänzt vom grenzüberschreitenden Beispiel-Fortbildungszentrum.",
      );
      // Texts without German fall back to English, as the overlay declares.
      expect(markdown).toContain("**Testing a tool very early**");
    });
  });
});
