export { sheetsToXlsx, xlsxToSheets } from "./xlsx";
