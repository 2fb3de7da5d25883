// The checker's spreadsheet code (CSV and XLSX, both ways), loaded only when a spreadsheet is
// read or a conversion asked for: built as dist/communs-report-checker-sheets.js.
import "../base/zod-jitless";
export { csvToSheets, fromSheets, sheetsToCsv, toSheets } from "@communs/report-schema/sheets";
export { sheetsToXlsx, xlsxToSheets, XlsxReadError } from "@communs/report-schema/xlsx";
