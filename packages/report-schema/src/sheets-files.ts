import Papa from "papaparse";
import readXlsxFile from "read-excel-file/universal";
import writeXlsxFile from "write-excel-file/universal";
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

/** One XLSX workbook with a sheet per table, header row in bold. */
export async function sheetsToXlsx(tables: readonly SheetTable[]): Promise<Uint8Array> {
  const blob = await writeXlsxFile(
    tables.map((table) => ({
      sheet: table.name,
      data: [
        table.headers.map((header) => ({ value: header, fontWeight: "bold" as const })),
        ...table.rows,
      ],
      stickyRowsCount: 1,
    })),
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** Reads an XLSX workbook into tables. */
export async function xlsxToSheets(file: ArrayBuffer | Uint8Array | Blob): Promise<SheetTable[]> {
  const input =
    file instanceof Uint8Array
      ? (file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer)
      : file;
  const sheets = await readXlsxFile(input);
  return sheets.map(({ sheet, data }) => {
    const [headers = [], ...rows] = data;
    return {
      name: sheet,
      headers: headers.map((header) => (header === null ? "" : String(header))),
      rows: rows.map((row) =>
        row.map((cell) =>
          cell instanceof Date ? cell.toISOString().slice(0, 10) : (cell as CellValue),
        ),
      ),
    };
  });
}
