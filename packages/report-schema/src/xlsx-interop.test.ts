// Interoperability of the XLSX layer with files it was not written for: workbooks written by
// ExcelJS (a well-kept writer used in production, with its own zip settings) and hand-made
// parts in the shapes Excel, LibreOffice and the OpenXML SDK write, which ExcelJS cannot be
// made to produce (prefixed namespaces, phonetic runs, sheet order unlike the relationship ids).
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import report2018 from "../data/la-27e-region-2018.json";
import { fromSheets, toSheets, type CellValue, type SheetTable } from "./sheets";
import { validateReport } from "./validate";
import { formatIssue, formatIssueGroupHeading } from "./format-issue";
import { sheetsToXlsx, xlsxToSheets, XlsxReadError } from "./xlsx";
import { unzip, zip } from "./zip";

const original = validateReport(report2018);
if (!original.ok) throw new Error("the 2018 report must be valid");

type ZipOptions = { compression?: "STORE" | "DEFLATE"; streamFiles?: boolean };

async function excelBytes(
  workbook: ExcelJS.Workbook,
  options: { zip?: ZipOptions; useSharedStrings?: boolean } = {},
) {
  return new Uint8Array(await workbook.xlsx.writeBuffer(options as ExcelJS.XlsxWriteOptions));
}

/** The general-purpose flags and the method of every entry, from the central directory. */
function entryKinds(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end -= 1;
  let offset = view.getUint32(end + 16, true);
  const kinds: { name: string; flags: number; method: number }[] = [];
  for (let index = 0; index < view.getUint16(end + 10, true); index += 1) {
    kinds.push({
      name: new TextDecoder().decode(
        bytes.subarray(offset + 46, offset + 46 + view.getUint16(offset + 28, true)),
      ),
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
    });
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  return kinds;
}

/** A workbook with what real spreadsheets hold, through ExcelJS. */
function varietyWorkbook() {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Cellules");
  sheet.getRow(1).values = ["Texte", "Nombre", "Booléen", "Date", "Formule", "Texte calculé"];
  sheet.getCell("A2").value = "  espaces avant et après  ";
  sheet.getCell("B2").value = -42.5;
  sheet.getCell("C2").value = true;
  sheet.getCell("D2").value = new Date(Date.UTC(2018, 2, 1));
  sheet.getCell("D2").numFmt = "yyyy-mm-dd";
  sheet.getCell("E2").value = { formula: "B2*2", result: -85 };
  sheet.getCell("F2").value = { formula: 'A2&"!"', result: "  espaces avant et après  !" };
  sheet.getCell("A3").value = {
    richText: [{ font: { bold: true }, text: "Gras" }, { text: " puis normal " }],
  };
  sheet.getCell("B3").value = 1.5e-7;
  sheet.getCell("C3").value = false;
  sheet.getCell("D3").value = new Date(Date.UTC(2009, 11, 31));
  sheet.getCell("D3").numFmt = "mm-dd-yy"; // built-in format 14
  // Row 4 left empty; row 5 skips columns B to E.
  sheet.getCell("A5").value = '<balises> & "guillemets" _x000D_ \u00e9\u00e0 \n2e ligne';
  sheet.getCell("F5").value = 1e21;
  sheet.getCell("B6").value = 0.1;
  return workbook;
}

const expectedVariety: SheetTable = {
  name: "Cellules",
  headers: ["Texte", "Nombre", "Booléen", "Date", "Formule", "Texte calculé"],
  rows: [
    ["  espaces avant et après  ", -42.5, true, "2018-03-01", -85, "  espaces avant et après  !"],
    ["Gras puis normal ", 1.5e-7, false, "2009-12-31", null, null],
    [null, null, null, null, null, null],
    // ExcelJS writes `_x000D_` as it is, without escaping it as `_x005F_x000D_`: Excel, and this
    // reader, read a carriage return there.
    ['<balises> & "guillemets" \r \u00e9\u00e0 \n2e ligne', null, null, null, null, 1e21],
    [null, 0.1, null, null, null, null],
  ],
};

describe("XLSX files written by ExcelJS", () => {
  it.each([
    ["deflated entries", { zip: { compression: "DEFLATE" as const } }, { flags: 0, method: 8 }],
    [
      "stored (uncompressed) entries",
      { zip: { compression: "STORE" as const } },
      { flags: 0, method: 0 },
    ],
    [
      "entries with a data descriptor (bit 3)",
      { zip: { streamFiles: true, compression: "DEFLATE" as const } },
      { flags: 8, method: 8 },
    ],
    ["inline strings instead of shared strings", { useSharedStrings: false }, undefined],
  ])("reads every kind of cell from %s", async (_, options, header) => {
    const bytes = await excelBytes(varietyWorkbook(), options);
    if (header) {
      // Folder entries ("xl/") are always stored.
      const headers = entryKinds(bytes).filter((entry) => !entry.name.endsWith("/"));
      expect(headers.length).toBeGreaterThan(5);
      // The archive really is of the kind the case names.
      expect(
        headers.every(
          (entry) => (entry.flags & 8) === header.flags && entry.method === header.method,
        ),
      ).toBe(true);
    }
    expect(await xlsxToSheets(bytes)).toEqual([expectedVariety]);
  });

  it("reads dates of a workbook in the 1904 date system", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet("Dates");
    sheet.getRow(1).values = ["Date", "Date et heure"];
    sheet.getCell("A2").value = new Date(Date.UTC(2018, 5, 15));
    sheet.getCell("A2").numFmt = "dd/mm/yyyy";
    sheet.getCell("B2").value = new Date(Date.UTC(2018, 5, 15, 14, 30));
    sheet.getCell("B2").numFmt = "dd/mm/yyyy hh:mm";
    const [table] = await xlsxToSheets(await excelBytes(workbook));
    expect(table!.rows).toEqual([["2018-06-15", "2018-06-15T14:30:00"]]);
  });

  it("brings the 2018 report back unchanged when ExcelJS writes its sheets", async () => {
    const tables = toSheets(report2018);
    const workbook = new ExcelJS.Workbook();
    for (const table of tables) {
      const sheet = workbook.addWorksheet(table.name);
      sheet.addRow(table.headers);
      for (const row of table.rows) sheet.addRow(row);
    }
    const read = await xlsxToSheets(await excelBytes(workbook, { zip: { streamFiles: true } }));
    expect(read.map((table) => table.name)).toEqual(tables.map((table) => table.name));
    const back = fromSheets(read);
    expect(back.issues).toEqual([]);
    expect(back.report).toEqual(original.report);
  });

  it("gives ExcelJS the same cells as our tables when it reads our files", async () => {
    const tables = toSheets(report2018, { locale: "en" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await sheetsToXlsx(tables)).slice().buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(
      tables.map((table) => table.name),
    );
    for (const table of tables) {
      const sheet = workbook.getWorksheet(table.name)!;
      const cells = (row: number, width: number) =>
        Array.from({ length: width }, (_, index): CellValue => {
          const value = sheet.getRow(row).getCell(index + 1).value;
          return value === undefined ? null : (value as CellValue);
        });
      expect(cells(1, table.headers.length), table.name).toEqual(table.headers);
      table.rows.forEach((row, index) =>
        expect(cells(index + 2, row.length), `${table.name} row ${index + 2}`).toEqual(row),
      );
      expect(sheet.rowCount, table.name).toBe(table.rows.length + 1);
    }
  });

  it("keeps text that looks like Excel escapes, control characters and spaces through ExcelJS", async () => {
    const tables: SheetTable[] = [
      {
        name: "Texte",
        headers: ["a", "b"],
        rows: [
          ["_x0041_ littéral", " \t tab\u0001 "],
          ["", "fin  "],
        ],
      },
    ];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await sheetsToXlsx(tables)).slice().buffer);
    const sheet = workbook.getWorksheet("Texte")!;
    expect(sheet.getCell("A2").value).toBe("_x0041_ littéral");
    expect(sheet.getCell("B3").value).toBe("fin  ");
    expect(await xlsxToSheets(await sheetsToXlsx(tables))).toEqual(tables);
  });
});

// ---- hand-made files --------------------------------------------------------------------

const encoder = new TextEncoder();
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`;

/** An XLSX archive of the given parts, with the package boilerplate around them. */
function handMade(parts: Record<string, string>, workbookPart = "xl/workbook.xml") {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": encoder.encode(CONTENT_TYPES),
    "_rels/.rels": encoder.encode(
      `<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/${workbookPart}"/></Relationships>`,
    ),
  };
  for (const [name, xml] of Object.entries(parts)) files[name] = encoder.encode(xml);
  return zip(files);
}

/** A workbook with one sheet per entry, sheet XML given as `<sheetData>` content. */
function oneBook(sheets: Record<string, string>, sharedStrings?: string) {
  const names = Object.keys(sheets);
  const parts: Record<string, string> = {
    "xl/workbook.xml": `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${names
      .map((name, index) => `<sheet name="${name}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`)
      .join("")}</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="${PACKAGE_REL}">${names
      .map(
        (_, index) =>
          `<Relationship Id="rId${index + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
      )
      .join(
        "",
      )}<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    "xl/sharedStrings.xml": `<sst xmlns="${MAIN}">${sharedStrings ?? "<si><t>a</t></si>"}</sst>`,
  };
  names.forEach((name, index) => {
    parts[`xl/worksheets/sheet${index + 1}.xml`] =
      `<worksheet xmlns="${MAIN}"><sheetData>${sheets[name]}</sheetData></worksheet>`;
  });
  return handMade(parts);
}

describe("hand-made XLSX files in the shapes other writers use", () => {
  it("reads parts with prefixed SpreadsheetML elements, as the OpenXML SDK writes them", async () => {
    const bytes = await handMade(
      {
        // The workbook is not at xl/workbook.xml and its sheet order differs from the ids.
        "book/main.xml": `<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:r="${REL}" xmlns:x="${MAIN}"><x:workbookPr date1904='0'/><x:sheets><x:sheet name="Deuxième id" sheetId="2" r:id="R2"/><x:sheet name="Premier id" sheetId="1" r:id="R1"/></x:sheets></x:workbook>`,
        "book/_rels/main.xml.rels": `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${PACKAGE_REL}"><Relationship Type="${REL}/worksheet" Target="/book/sheets/one.xml" Id="R1"/><Relationship Type="${REL}/worksheet" Target="sheets/two.xml" Id="R2"/><Relationship Type="${REL}/sharedStrings" Target="strings.xml" Id="R3"/><Relationship Type="${REL}/styles" Target="./styles.xml" Id="R4"/></Relationships>`,
        "book/strings.xml": `<x:sst xmlns:x="${MAIN}" count="3" uniqueCount="3"><x:si><x:t>titre</x:t></x:si><x:si><x:r><x:rPr><x:b/></x:rPr><x:t>riche</x:t></x:r><x:r><x:t xml:space="preserve"> et suite </x:t></x:r></x:si><x:si><x:t>東京</x:t><x:rPh sb="0" eb="2"><x:t>トウキョウ</x:t></x:rPh><x:phoneticPr fontId="1"/></x:si></x:sst>`,
        "book/styles.xml": `<x:styleSheet xmlns:x="${MAIN}"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="d\\ mmmm\\ yyyy"/></x:numFmts><x:cellXfs count="3"><x:xf numFmtId="0"/><x:xf numFmtId="164" applyNumberFormat="1"/><x:xf numFmtId="165"/></x:cellXfs></x:styleSheet>`,
        "book/sheets/one.xml": `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t xml:space="preserve">  en ligne </x:t></x:is></x:c></x:row><x:row r="2"><x:c r="A2" t="s"><x:v>1</x:v></x:c><x:c r="B2" s="1"><x:v>43160</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
        "book/sheets/two.xml": `<worksheet xmlns="${MAIN}"><sheetData><row r='1'><c r='A1' t='s'><v>2</v></c><c r='C1' t='inlineStr'><is><r><t>in</t></r><r><rPr><i/></rPr><t xml:space="preserve">line </t></r></is></c></row><row r="3"><c t="str"><f>A1</f><v>東京</v></c><c><f>1/0</f><v>-1.25E+3</v></c><c t="b"><v>0</v></c><c r="E3" t="s"><v></v></c><c r="F3"><v/></c><c r="G3" s="1"/></row></sheetData></worksheet>`,
      },
      "book/main.xml",
    );
    expect(await xlsxToSheets(bytes)).toEqual([
      {
        name: "Deuxième id",
        headers: ["東京", "", "inline "],
        rows: [
          [null, null, null],
          ["東京", -1250, false],
        ],
      },
      {
        name: "Premier id",
        headers: ["titre", "  en ligne "],
        rows: [["riche et suite ", "2018-03-01"]],
      },
    ]);
  });

  it("reads empty string items, and numbers its fast path does not take as they are", async () => {
    const bytes = await oneBook(
      {
        Nombres: `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2"><v>007</v></c><c r="B2"><v>10000000000000000000</v></c><c r="C2"><v> 3 </v></c><c r="D2" t="s"><v>01</v></c></row>`,
      },
      // An empty item written as <si/> is one string; the next item is the following index.
      `<si/><si><t>b</t></si>`,
    );
    expect(await xlsxToSheets(bytes)).toEqual([
      {
        name: "Nombres",
        headers: ["", "b", "", ""],
        rows: [[7, 1e19, 3, "b"]],
      },
    ]);
  });

  it("skips chart sheets, which hold no cells", async () => {
    const bytes = await handMade({
      "xl/workbook.xml": `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Graphique" sheetId="1" r:id="rId1"/><sheet name="Données" sheetId="2" r:id="rId2"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": `<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      "xl/chartsheets/sheet1.xml": `<chartsheet xmlns="${MAIN}"/>`,
      "xl/worksheets/sheet1.xml": `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`,
    });
    expect(await xlsxToSheets(bytes)).toEqual([{ name: "Données", headers: ["x"], rows: [] }]);
  });

  it.each([
    [
      "a shared string that does not exist",
      `<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="B2" t="s"><v>7</v></c></row>`,
      /sheet "Données", cell B2\): shared string 7 does not exist/,
      "shared-string",
    ],
    [
      "an error value",
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>`,
      /sheet "Données", cell B1\): the cell shows the error #DIV\/0!/,
      "error-value",
    ],
    [
      "a number that is not one",
      `<row r="1"><c r="C1"><v>douze</v></c></row>`,
      /sheet "Données", cell C1\): "douze" is not a number/,
      "not-number",
    ],
    [
      "a boolean that is not one",
      `<row r="1"><c r="A1" t="b"><v>oui</v></c></row>`,
      /cell A1\): "oui" is not a boolean/,
      "not-boolean",
    ],
    [
      "a bad cell reference",
      `<row r="1"><c r="1A"><v>1</v></c></row>`,
      /"1A" is not a cell reference/,
      "bad-reference",
    ],
    [
      "two cells at the same place",
      `<row r="1"><c r="B1"><v>1</v></c><c r="B1"><v>2</v></c></row>`,
      /cell B1\): the cell comes after B1/,
      "cell-order",
    ],
    [
      "rows out of order",
      `<row r="2"><c><v>1</v></c></row><row r="1"><c><v>2</v></c></row>`,
      /sheet "Données"\): row number "1" after row 2/,
      "row-order",
    ],
    [
      "an unknown cell type",
      `<row r="1"><c r="A1" t="x"><v>1</v></c></row>`,
      /cell A1\): unknown cell type "x"/,
      "cell-type",
    ],
  ])("refuses %s with the sheet and the cell", async (_, rows, message, code) => {
    const error = await xlsxToSheets(await oneBook({ Données: rows })).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(XlsxReadError);
    expect((error as Error).message).toMatch(message);
    expect((error as XlsxReadError).sheet).toBe("Données");
    expect((error as XlsxReadError).code).toBe(code);
    // Worded in French, in the sheet, with every parameter filled.
    const sentence = formatIssue((error as XlsxReadError).issue, "fr");
    expect(sentence).toMatch(/^Feuille « Données »/);
    expect(sentence).not.toMatch(/[{}]|undefined/);
  });

  it("words the errors in French and English, at the cell or the sheet", async () => {
    const failure = async (rows: string) =>
      (await xlsxToSheets(await oneBook({ Données: rows })).catch(
        (caught: unknown) => caught,
      )) as XlsxReadError;
    const number = await failure(`<row r="1"><c r="C1"><v>douze</v></c></row>`);
    expect(number.params).toEqual({ value: "douze" });
    expect(number.issue).toMatchObject({
      code: "unreadable-xlsx",
      severity: "error",
      params: { reason: "not-number", value: "douze", sheet: "Données" },
      cell: { sheet: "Données", row: 1, column: "C" },
    });
    expect(formatIssue(number.issue, "fr")).toBe(
      "Feuille « Données », ligne 1, colonne C : « douze » n'est pas un nombre ; corrigez-le dans votre tableur et enregistrez-le de nouveau au format classeur Excel (.xlsx).",
    );
    expect(formatIssue(number.issue, "en")).toBe(
      "Sheet “Données”, row 1, column C: “douze” is not a number; correct it in your spreadsheet program and save it again as an Excel workbook (.xlsx).",
    );
    const rows = await failure(`<row r="2"><c><v>1</v></c></row><row r="1"><c><v>2</v></c></row>`);
    expect(rows.issue.cell).toBeUndefined();
    expect(formatIssue(rows.issue, "fr")).toMatch(
      /^Feuille « Données » : la ligne numérotée « 1 » vient après la ligne 2 ; /,
    );
    expect(formatIssueGroupHeading(rows.issue, "en")).toBe("Unreadable XLSX file");
    const notZip = (await xlsxToSheets(new TextEncoder().encode("Titre;Valeur\n")).catch(
      (caught: unknown) => caught,
    )) as XlsxReadError;
    expect(notZip.code).toBe("not-zip");
    expect(formatIssue(notZip.issue, "fr")).toMatch(
      /^Dans le document : le fichier n'est pas un classeur XLSX/,
    );
  });

  it("says which part is missing or damaged", async () => {
    const archive = await oneBook({ Données: "" });
    const names = unzip(archive).names.filter((name) => !name.startsWith("xl/worksheets/"));
    const files: Record<string, Uint8Array> = {};
    for (const name of names) files[name] = (await unzip(archive).read(name))!;
    await expect(xlsxToSheets(await zip(files))).rejects.toThrow(
      /sheet "Données"\): the part xl\/worksheets\/sheet1.xml is missing/,
    );
    await expect(xlsxToSheets(new TextEncoder().encode("Titre;Valeur\n"))).rejects.toThrow(
      XlsxReadError,
    );
    delete files["xl/workbook.xml"];
    await expect(xlsxToSheets(await zip(files))).rejects.toThrow(/no workbook/);
    // A damaged deflate stream.
    const damaged = (await oneBook({ Données: `<row r="1"><c><v>1</v></c></row>` })).slice();
    const view = new DataView(damaged.buffer);
    let corrupted = 0;
    for (let offset = 0; offset + 4 < damaged.length && corrupted === 0; offset += 1)
      if (view.getUint32(offset, true) === 0x04034b50) {
        const start =
          offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
        damaged.fill(0xff, start, start + 4);
        corrupted += 1;
      }
    await expect(xlsxToSheets(damaged)).rejects.toThrow(XlsxReadError);
  });
});
