export { sheetsToXlsx, xlsxToSheets, XlsxReadError, type XlsxReadErrorCode } from "./xlsx";
