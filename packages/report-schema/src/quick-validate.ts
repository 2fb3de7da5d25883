import { locateJsonError } from "@communs/i18n";
import type { ReportIssue } from "./issues";
import { checkCrossFieldRules } from "./rules";
import type { Report } from "./schema";
import { checkStructure } from "./structure";
import { COMPATIBLE_VERSIONS, SCHEMA_VERSION, SCHEMA_VERSIONS } from "./versions";

// Runs without zod (see zod-free-entry.ts): type-only imports from ./schema.

export type ValidationResult =
  | { ok: true; report: Report; issues: []; warnings: ReportIssue[] }
  | { ok: false; report?: undefined; issues: ReportIssue[]; warnings: ReportIssue[] };

/** An issue when the report declares another schema version than this one. */
export function versionIssuesOf(input: unknown): ReportIssue[] {
  const declared =
    typeof input === "object" && input !== null
      ? (input as { schemaVersion?: unknown }).schemaVersion
      : undefined;
  if (typeof declared !== "string" || declared === SCHEMA_VERSION) return [];
  const known = (SCHEMA_VERSIONS as readonly string[]).includes(declared);
  // An older minor version of the same major is valid content: a warning, not an error.
  const compatible = (COMPATIBLE_VERSIONS as readonly string[]).includes(declared);
  return [
    {
      pointer: "/schemaVersion",
      code: known ? "outdated-version" : "unsupported-version",
      severity: compatible ? "warning" : "error",
      params: { found: declared, expected: SCHEMA_VERSION, supported: SCHEMA_VERSIONS },
    },
  ];
}

/** Errors in `issues`, warnings in `warnings`. */
export function splitIssues(all: ReportIssue[]): {
  issues: ReportIssue[];
  warnings: ReportIssue[];
} {
  return {
    issues: all.filter((issue) => issue.severity === "error"),
    warnings: all.filter((issue) => issue.severity === "warning"),
  };
}

/**
 * Validates a report without zod, as `validateReport` does, when its structure is right: the
 * result then has every issue of the cross-field rules. Returns undefined when the structure
 * is wrong: `validateReport` (with zod) then words each structural problem. A page that shows
 * reports loads zod only for broken ones this way.
 */
export function quickValidateReport(input: unknown): ValidationResult | undefined {
  const report = checkStructure(input);
  if (report === undefined) return undefined;
  const { issues, warnings } = splitIssues([
    ...versionIssuesOf(input),
    ...checkCrossFieldRules(input),
  ]);
  return issues.length === 0
    ? { ok: true, report: report as Report, issues: [], warnings }
    : { ok: false, issues, warnings };
}

/** Line and column (1-based) of a character offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** Parses JSON text; a syntax error becomes an `invalid-json` issue with its line and column. */
export function parseReportJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; issue: ReportIssue } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const where = lineAndColumn(text, locateJsonError(text)?.offset ?? text.length);
    return {
      ok: false,
      issue: {
        pointer: "",
        code: "invalid-json",
        severity: "error",
        params: { ...where, detail: message },
      },
    };
  }
}
