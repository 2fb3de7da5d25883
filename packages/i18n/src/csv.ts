// One CSV writer for every package. Two traps it closes, both about Excel, which most
// administrations open CSV files with:
// - without a byte-order mark, Excel reads UTF-8 as Windows-1252 and "Étape" shows as "Ã‰tape";
// - a cell starting with = + - @ (or a tab or carriage return) is run as a formula when the file
//   is opened: CSV injection (OWASP). Such text is prefixed with an apostrophe, so it shows as text.
// Numbers are numbers, never formulas: a cell given as a `number` (or bigint) is written as is,
// so -3 stays -3. Pass numeric values as numbers, not as strings, to keep them unprefixed.

/** What a cell may hold. `null` and `undefined` are empty cells; dates are written in ISO 8601. */
export type CsvValue = string | number | bigint | boolean | Date | null | undefined;

export interface CsvOptions {
  /** Between cells (default ","; ";" suits a French Excel that splits on semicolons). */
  separator?: "," | ";" | "\t";
  /** Start the file with a UTF-8 byte-order mark (default true). */
  bom?: boolean;
  /** The first line: column names. */
  header?: readonly string[];
}

export const csvBom = "\uFEFF";
export const csvMediaType = "text/csv; charset=utf-8";
const newline = "\r\n";
const formulaStart = /^[=+\-@\t\r]/;

/** One cell, quoted when it must be and neutralised when it would run as a formula. */
export function csvCell(value: CsvValue, separator: CsvOptions["separator"] = ","): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (formulaStart.test(text)) text = `'${text}`;
  const mustQuote =
    text.includes('"') ||
    text.includes("\n") ||
    text.includes("\r") ||
    text.includes(separator) ||
    // Excel in French splits on ";" whatever the file says: quoting keeps such a cell whole.
    text.includes(";") ||
    text.includes(",");
  return mustQuote ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line of cells, without its line break. */
export function csvRow(
  cells: readonly CsvValue[],
  separator: CsvOptions["separator"] = ",",
): string {
  return cells.map((cell) => csvCell(cell, separator)).join(separator);
}

/**
 * A whole CSV file: the byte-order mark, the header, then one CRLF-terminated line per row
 * (RFC 4180). `toCsv(rows, { header: ["id", "titre"] })`.
 */
export function toCsv(rows: Iterable<readonly CsvValue[]>, options: CsvOptions = {}): string {
  const { separator = ",", bom = true, header } = options;
  let text = bom ? csvBom : "";
  if (header) text += csvRow(header, separator) + newline;
  for (const row of rows) text += csvRow(row, separator) + newline;
  return text;
}
