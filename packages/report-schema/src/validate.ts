import type { core } from "zod";
import { toPointer, type IssueParams, type ReportIssue } from "./issues";
import { findJsonSyntaxError } from "./json-syntax";
import { checkCrossFieldRules } from "./rules";
import { reportSchema, SCHEMA_VERSION, SCHEMA_VERSIONS, type Report } from "./schema";

export type ValidationResult =
  | { ok: true; report: Report; issues: []; warnings: ReportIssue[] }
  | { ok: false; report?: undefined; issues: ReportIssue[]; warnings: ReportIssue[] };

function fromZodIssue(issue: core.$ZodIssue): ReportIssue {
  const pointer = toPointer(issue.path);
  const params: IssueParams = {};
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined)
        return {
          pointer,
          code: "required",
          severity: "error",
          params: { field: String(issue.path.at(-1) ?? "") },
        };
      params.expected = issue.expected;
      params.received =
        issue.input === null ? "null" : Array.isArray(issue.input) ? "array" : typeof issue.input;
      return { pointer, code: "invalid-type", severity: "error", params };
    case "invalid_value":
      return {
        pointer,
        code: "invalid-value",
        severity: "error",
        params: { allowed: issue.values.map(String) },
      };
    case "invalid_format":
      params.format = issue.format === "regex" && issue.pattern ? issue.pattern : issue.format;
      return { pointer, code: "invalid-format", severity: "error", params };
    case "too_small":
      return {
        pointer,
        code: "too-small",
        severity: "error",
        params: { minimum: Number(issue.minimum), origin: issue.origin },
      };
    case "too_big":
      return {
        pointer,
        code: "too-big",
        severity: "error",
        params: { maximum: Number(issue.maximum), origin: issue.origin },
      };
    case "unrecognized_keys":
      return { pointer, code: "unknown-field", severity: "error", params: { fields: issue.keys } };
    default:
      return { pointer, code: "invalid-value", severity: "error", params: { detail: issue.code } };
  }
}

/**
 * Validates an activity report: the schema, then the cross-field rules. Returns every issue
 * (errors in `issues`, warnings in `warnings`), never only the first, and never throws.
 */
export function validateReport(input: unknown): ValidationResult {
  const declared =
    typeof input === "object" && input !== null
      ? (input as { schemaVersion?: unknown }).schemaVersion
      : undefined;
  const versionIssues: ReportIssue[] = [];
  if (typeof declared === "string" && declared !== SCHEMA_VERSION) {
    const known = (SCHEMA_VERSIONS as readonly string[]).includes(declared);
    versionIssues.push({
      pointer: "/schemaVersion",
      code: known ? "outdated-version" : "unsupported-version",
      severity: "error",
      params: { found: declared, expected: SCHEMA_VERSION, supported: SCHEMA_VERSIONS },
    });
  }
  const parsed = reportSchema.safeParse(input, { reportInput: true });
  const schemaIssues = parsed.success
    ? []
    : parsed.error.issues
        .filter(
          (issue) =>
            !(
              versionIssues.length > 0 &&
              issue.path.length === 1 &&
              issue.path[0] === "schemaVersion"
            ),
        )
        .map(fromZodIssue);
  const crossIssues = checkCrossFieldRules(input);
  const all = [...versionIssues, ...schemaIssues, ...crossIssues];
  const issues = all.filter((issue) => issue.severity === "error");
  const warnings = all.filter((issue) => issue.severity === "warning");
  if (parsed.success && issues.length === 0)
    return { ok: true, report: parsed.data, issues: [], warnings };
  return { ok: false, issues, warnings };
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
    const where = lineAndColumn(text, findJsonSyntaxError(text) ?? text.length);
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

/** Validates JSON text: syntax errors and schema issues in one result. */
export function validateReportJson(text: string): ValidationResult {
  const parsed = parseReportJson(text);
  if (!parsed.ok) return { ok: false, issues: [parsed.issue], warnings: [] };
  return validateReport(parsed.value);
}
