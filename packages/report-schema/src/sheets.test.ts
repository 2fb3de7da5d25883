import fc from "fast-check";
import { describe, expect, it } from "vitest";
import report2017 from "../data/la-27e-region-2017.json";
import report2018 from "../data/la-27e-region-2018.json";
import mindlab from "../data/mindlab-2014.json";
import minimal from "../fixtures/valid-minimal.json";
import { formatIssue } from "./format-issue";
import { validateReport } from "./validate";
import { columnLetter, fromSheets, toSheets } from "./sheets";
import { csvToSheets, sheetsToCsv } from "./sheets-files";
import { sheetsToXlsx, xlsxToSheets } from "./xlsx";
import { unzip, zip } from "./zip";

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

  it.each([
    ["the sparse 2017 report", report2017],
    ["MindLab 2014", mindlab],
  ])("brings %s back unchanged through XLSX and CSV", async (_, data) => {
    const expected = validateReport(data).report;
    const viaXlsx = fromSheets(await xlsxToSheets(await sheetsToXlsx(toSheets(data))));
    expect(viaXlsx.report).toEqual(expected);
    expect(fromSheets(csvToSheets(sheetsToCsv(toSheets(data, { locale: "en" })))).report).toEqual(
      expected,
    );
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

  it("keeps spaces at the start and end of text through XLSX, as through CSV", async () => {
    const report = structuredClone(report2018);
    report.programmes[0]!.name = "  La Transfo, épisode 2 ";
    report.organisation.name = "\tLa 27e Région\n";
    const expected = validateReport(report).report;
    const viaXlsx = fromSheets(await xlsxToSheets(await sheetsToXlsx(toSheets(report))));
    expect(viaXlsx.report).toEqual(expected);
    const viaCsv = fromSheets(csvToSheets(sheetsToCsv(toSheets(report))));
    expect(viaCsv.report).toEqual(expected);
  });

  it("reads dates typed in a spreadsheet program as ISO dates", async () => {
    const archive = unzip(await sheetsToXlsx([{ name: "t", headers: ["d"], rows: [[43466]] }]));
    const text = async (name: string) => new TextDecoder().decode(await archive.read(name));
    const strToU8 = (value: string) => new TextEncoder().encode(value);
    const files = Object.fromEntries(
      await Promise.all(archive.names.map(async (name) => [name, (await archive.read(name))!])),
    ) as Record<string, Uint8Array>;
    files["xl/styles.xml"] = strToU8(
      (await text("xl/styles.xml"))
        .replace('<cellXfs count="2">', '<cellXfs count="3">')
        .replace("</cellXfs>", '<xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellXfs>'),
    );
    files["xl/worksheets/sheet1.xml"] = strToU8(
      (await text("xl/worksheets/sheet1.xml")).replace('<c r="A2">', '<c r="A2" s="2">'),
    );
    const [table] = await xlsxToSheets(await zip(files));
    expect(table!.rows).toEqual([["2019-01-01"]]);
  });

  it("round-trips any text, number and share typed in a programme, through CSV and XLSX (property)", async () => {
    const spaces = fc.stringMatching(/^[ \t]{0,3}$/);
    await fc.assert(
      fc.asyncProperty(
        fc
          .tuple(spaces, fc.string({ minLength: 1 }), spaces)
          .map(([before, core, after]) => `${before}${core}${after}`)
          .filter((text) => text.trim().length > 0),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 100 }),
        async (name, amount, share) => {
          // The minimal report keeps each XLSX round trip short: the property runs it 40 times.
          const report = structuredClone(minimal) as typeof minimal & {
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
          const viaXlsx = fromSheets(await xlsxToSheets(await sheetsToXlsx(toSheets(report))));
          expect(viaXlsx.report).toEqual(expected.report);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("writes ZIP archives with the right CRC-32 and sizes, stored files read too", async () => {
    const data = new TextEncoder().encode("The quick brown fox jumps over the lazy dog");
    const bytes = await zip({ "a.txt": data });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(view.getUint32(14, true)).toBe(0x414fa339);
    expect(view.getUint32(22, true)).toBe(data.length);
    expect(await unzip(bytes).read("a.txt")).toEqual(data);
  });

  it("writes CSV that Excel reads safely (BOM, formulas neutralised) and reads it back losslessly", () => {
    const report = structuredClone(report2018);
    const tricky = ["=SUM(A1)", "+33 1 23", "-3", "@home", "'=already quoted", "'plain", "''"];
    report.programmes[0]!.name = tricky[0]!;
    report.links = tricky.map((title, index) => ({ title, url: `https://example.org/${index}` }));
    const files = sheetsToCsv(toSheets(report));
    const links = files.find((file) => file.fileName === "links.csv")!.content;
    expect(links.startsWith("\uFEFF")).toBe(true);
    expect(links).toContain("'=SUM(A1)");
    expect(links).not.toMatch(/(^|,)=SUM/m);
    const back = fromSheets(csvToSheets(files));
    expect(back.issues).toEqual([]);
    expect(back.report).toEqual(validateReport(report).report);
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
