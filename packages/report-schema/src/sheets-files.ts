import Papa from "papaparse";
import type { CellValue, SheetTable } from "./sheets";

export interface CsvFile {
  /** `<sheet>.csv` */
  fileName: string;
  content: string;
}

/** One CSV file per table (UTF-8, comma-separated, header row first). */
export function sheetsToCsv(tables: readonly SheetTable[]): CsvFile[] {
  return tables.map((table) => ({
    fileName: `${table.name}.csv`,
    content: Papa.unparse(
      [table.headers, ...table.rows.map((row) => row.map((cell) => (cell === null ? "" : cell)))],
      { newline: "\n" },
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
      headers,
      rows: rows as CellValue[][],
    };
  });
}
