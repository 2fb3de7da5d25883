import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nuancierContent as data } from "./content/index";
import { csvField, formatHours, pathToCsv, pathToMarkdown } from "./export";
import { buildPath } from "./path";

const path = buildPath(data, ["rapid-prototyping", "reframing-the-brief"], {
  order: "progressive",
});

/** A minimal RFC 4180 reader, to check what we write can be read back. */
function readCsv(text: string): string[][] {
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
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[1]!.slice(0, 3)).toEqual(["1", "Designing and prototyping", "Rapid prototyping"]);
    expect(rows[2]![1]).toBe("Reframing the brief, steering differently");
  });

  it("quotes any field so that it reads back unchanged (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (fields) => {
        const line = `${fields.map(csvField).join(",")}\r\n`;
        expect(readCsv(line)).toEqual([fields]);
      }),
    );
  });

  it("formats hours in each locale", () => {
    expect(formatHours({ min: 1.5, max: 2 }, "fr")).toBe("1,5 à 2 h");
    expect(formatHours({ min: 7, max: 7 }, "en")).toBe("7 h");
  });
});
