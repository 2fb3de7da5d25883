import type { NuancierData, NuancierIssue } from "./model";
import { checkReferences, fromZodIssues } from "./palette-issues";
import { nuancierDataSchema } from "./schema";

export type ValidationResult =
  | { ok: true; data: NuancierData; issues: [] }
  | { ok: false; data?: undefined; issues: NuancierIssue[] };

/** Validates a whole palette: the schema, unique ids and references. Reports every issue. */
export function validateNuancier(input: unknown): ValidationResult {
  const parsed = nuancierDataSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  const issues = checkReferences(parsed.data);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, data: parsed.data, issues: [] };
}
