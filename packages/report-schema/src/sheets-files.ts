import { toCsv } from "@communs/i18n/csv";
import Papa from "papaparse";
import type { CellValue, SheetTable } from "./sheets";

export interface CsvFile {
  /** `<sheet>.csv` */
  fileName: string;
  content: string;
}

// The kit's writer puts an apostrophe before text that a spreadsheet would run as a formula
// (= + - @ tab CR). To read every text back as it was, text that already starts with an
// apostrophe gets one more, and the reader drops exactly one leading apostrophe.
const protectApostrophe = (cell: CellValue) =>
  typeof cell === "string" && cell.startsWith("'") ? `'${cell}` : cell;
const dropApostrophe = (cell: string) => (cell.startsWith("'") ? cell.slice(1) : cell);

/**
 * One CSV file per table, through `@communs/i18n/csv`: UTF-8 with a byte-order mark (Excel
 * reads accents right), CRLF, header row first, formulas neutralised. `csvToSheets` undoes it.
 */
export function sheetsToCsv(tables: readonly SheetTable[]): CsvFile[] {
  return tables.map((table) => ({
    fileName: `${table.name}.csv`,
    content: toCsv(
      table.rows.map((row) => row.map(protectApostrophe)),
      { header: table.headers },
    ),
  }));
}

/** Reads CSV files back into tables; the sheet name is the file name without `.csv`. */
export function csvToSheets(files: readonly CsvFile[]): SheetTable[] {
  return files.map((file) => {
    const parsed = Papa.parse<string[]>(file.content.replace(/^\uFEFF/, ""), {
      skipEmptyLines: "greedy",
    });
    const [headers = [], ...rows] = parsed.data;
    return {
      name: file.fileName.replace(/^.*[\\/]/, "").replace(/\.csv$/i, ""),
      headers: headers.map(dropApostrophe),
      rows: rows.map((row) => row.map(dropApostrophe)),
    };
  });
}
