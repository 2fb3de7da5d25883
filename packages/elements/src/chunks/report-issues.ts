// zod and the wording of structural errors, loaded only when a report's structure is wrong
// (src/validate-report.ts): built as dist/communs-report-issues.js.
import "../base/zod-jitless";
export { validateReport } from "@communs/report-schema";
