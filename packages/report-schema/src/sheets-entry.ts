export {
  toSheets,
  fromSheets,
  columnLetter,
  type SheetTable,
  type CellValue,
  type ToSheetsOptions,
  type FromSheetsResult,
} from "./sheets";
export { sheetsToCsv, csvToSheets, type CsvFile } from "./sheets-files";
export { fieldTitles, titleOf, pathOfTitle } from "./sheet-titles";
