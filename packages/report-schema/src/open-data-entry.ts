export { toJsonLd, keyFiguresToCsv } from "./open-data";
export { reportStats, type ReportStats } from "./stats";
