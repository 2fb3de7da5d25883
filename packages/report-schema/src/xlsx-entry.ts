export { sheetsToXlsx, xlsxToSheets, XlsxReadError } from "./xlsx";
