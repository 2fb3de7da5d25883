// The main entry: the zod schema and validateReport (which words structural errors with zod),
// and every name of the zod-free entry, listed there.
export * from "./zod-free-entry";
export { reportSchema } from "./schema";
export { validateReport, validateReportJson, shortenValue } from "./validate";
