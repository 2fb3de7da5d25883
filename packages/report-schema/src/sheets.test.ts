import fc from "fast-check";
import { describe, expect, it } from "vitest";
import report2018 from "../data/la-27e-region-2018.json";
import { formatIssue } from "./format-issue";
import { validateReport } from "./validate";
import { columnLetter, fromSheets, toSheets } from "./sheets";
import { csvToSheets, sheetsToCsv, sheetsToXlsx, xlsxToSheets } from "./sheets-files";

const original = validateReport(report2018);
if (!original.ok) throw new Error("the 2018 report must be valid");

describe("spreadsheet round trip", () => {
  it("gives one table per repeated structure with human column titles", () => {
    const tables = toSheets(report2018, { locale: "fr" });
    const names = tables.map((table) => table.name);
    expect(names).toContain("programmes.sites.residents");
    expect(names.every((name) => name.length <= 31)).toBe(true);
    const sites = tables.find((table) => table.name === "programmes.sites")!;
    expect(sites.headers).toContain("Collectivité");
    expect(
      toSheets(report2018, { locale: "en" }).find((table) => table.name === "programmes.sites")!
        .headers,
    ).toContain("Local authority");
  });

  it("brings the 2018 report back unchanged through CSV", () => {
    const back = fromSheets(csvToSheets(sheetsToCsv(toSheets(report2018))));
    expect(back.issues).toEqual([]);
    expect(back.report).toEqual(original.report);
  });

  it("brings the 2018 report back unchanged through XLSX, with English titles", async () => {
    const bytes = await sheetsToXlsx(toSheets(report2018, { locale: "en" }));
    const back = fromSheets(await xlsxToSheets(bytes));
    expect(back.issues).toEqual([]);
    expect(back.report).toEqual(original.report);
  });

  it("points a bad cell at its sheet, row and column, and keeps the rest", () => {
    const tables = toSheets(report2018);
    const programmes = tables.find((table) => table.name === "programmes.coFunders")!;
    const share = programmes.headers.indexOf("Part (%)");
    programmes.rows[0]![share] = "beaucoup";
    const back = fromSheets(tables);
    expect(back.ok).toBe(false);
    const cellIssue = back.issues.find((issue) => issue.code === "invalid-cell")!;
    expect(cellIssue.cell).toEqual({
      sheet: "programmes.coFunders",
      row: 2,
      column: columnLetter(share),
      header: "Part (%)",
    });
    expect(formatIssue(cellIssue, "fr")).toContain(
      "Feuille « programmes.coFunders », ligne 2, colonne",
    );
    expect(formatIssue(cellIssue, "en")).toContain("Sheet “programmes.coFunders”, row 2, column");
    expect((back.data.programmes as { name: string }[]).length).toBe(report2018.programmes.length);
  });

  it("reports unknown columns and unknown parents", () => {
    const tables = toSheets(report2018);
    const links = tables.find((table) => table.name === "links")!;
    links.headers.push("Couleur");
    links.rows[0]!.push("rouge");
    links.rows[1]![0] = "/nowhere/3";
    const back = fromSheets(tables);
    expect(back.issues.map((issue) => issue.code)).toEqual(
      expect.arrayContaining(["unknown-column", "unknown-parent"]),
    );
    expect(back.issues.find((issue) => issue.code === "unknown-column")!.cell).toMatchObject({
      sheet: "links",
      row: 1,
      column: columnLetter(links.headers.length - 1),
    });
  });

  it("round-trips any text, number and share typed in a programme (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((text) => text.trim() === text && text.length > 0),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 100 }),
        (name, amount, share) => {
          const report = structuredClone(report2018) as typeof report2018 & {
            programmes: {
              name: string;
              budget?: { amount: number; currency: string };
              coFunders?: { name: string; sharePercent: number }[];
            }[];
          };
          report.programmes[0]!.name = name;
          report.programmes[0]!.budget = { amount, currency: "EUR" };
          report.programmes[0]!.coFunders = [
            { name: "A", sharePercent: share },
            { name: "B", sharePercent: 100 - share },
          ];
          const expected = validateReport(report);
          const back = fromSheets(csvToSheets(sheetsToCsv(toSheets(report))));
          expect(back.report).toEqual(expected.report);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("numbers columns like a spreadsheet", () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual([
      "A",
      "B",
      "Z",
      "AA",
      "AB",
      "ZZ",
      "AAA",
    ]);
  });
});
