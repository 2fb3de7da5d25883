import { quickValidateReport, type ValidationResult } from "@communs/report-schema/zod-free";
import { importSibling } from "./base/sibling";
import type * as IssuesChunk from "./chunks/report-issues";

/** The file beside the script that words structural errors (zod). */
export const issuesChunk = "communs-report-issues.js";

/**
 * Validates a report as `validateReport` does. A report whose structure is right is checked
 * here, without zod; for a broken one, zod and its wording come from the file beside the
 * script, loaded on first need.
 */
export async function validateReport(input: unknown): Promise<ValidationResult> {
  return (
    quickValidateReport(input) ??
    (await importSibling<typeof IssuesChunk>(issuesChunk)).validateReport(input)
  );
}
