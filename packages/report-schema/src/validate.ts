import type { core } from "zod";
import { toPointer } from "@communs/i18n";
import type { IssueParams, ReportIssue } from "./issues";
import {
  parseReportJson,
  quickValidateReport,
  splitIssues,
  versionIssuesOf,
  type ValidationResult,
} from "./quick-validate";
import { checkCrossFieldRules } from "./rules";
import { reportSchema } from "./schema";

const VALUE_MAX_LENGTH = 40;

/** The offending value as a short text for messages: long texts cut, objects and lists elided. */
export function shortenValue(value: unknown): string {
  if (typeof value === "string")
    return value.length > VALUE_MAX_LENGTH ? `${value.slice(0, VALUE_MAX_LENGTH - 1)}…` : value;
  if (Array.isArray(value)) return value.length === 0 ? "[]" : "[…]";
  if (typeof value === "object" && value !== null)
    return Object.keys(value).length === 0 ? "{}" : "{…}";
  return String(value);
}

function fromZodIssue(issue: core.$ZodIssue): ReportIssue {
  const pointer = toPointer(issue.path);
  const params: IssueParams = {};
  if ("input" in issue && issue.input !== undefined) params.value = shortenValue(issue.input);
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
        params: { ...params, allowed: issue.values.map(String) },
      };
    case "invalid_format":
      params.format = issue.format === "regex" && issue.pattern ? issue.pattern : issue.format;
      return { pointer, code: "invalid-format", severity: "error", params };
    case "too_small":
      return {
        pointer,
        code: "too-small",
        severity: "error",
        params: { ...params, minimum: Number(issue.minimum), origin: issue.origin },
      };
    case "too_big":
      return {
        pointer,
        code: "too-big",
        severity: "error",
        params: { ...params, maximum: Number(issue.maximum), origin: issue.origin },
      };
    case "unrecognized_keys":
      return { pointer, code: "unknown-field", severity: "error", params: { fields: issue.keys } };
    default:
      return {
        pointer,
        code: "invalid-value",
        severity: "error",
        params: { ...params, detail: issue.code },
      };
  }
}

/**
 * Validates an activity report: the schema, then the cross-field rules. Returns every issue
 * (errors in `issues`, warnings in `warnings`), never only the first, and never throws.
 */
export function validateReport(input: unknown): ValidationResult {
  // A valid report is checked without zod (structure.ts); zod runs only when the structure is
  // wrong, to word every error.
  const quick = quickValidateReport(input);
  if (quick) return quick;
  const versionIssues = versionIssuesOf(input);
  const parsed = reportSchema.safeParse(input, { reportInput: true });
  const schemaIssues = parsed.success
    ? []
    : parsed.error.issues
        .filter(
          (issue) =>
            !(
              versionIssues.some((issue) => issue.severity === "error") &&
              issue.path.length === 1 &&
              issue.path[0] === "schemaVersion"
            ),
        )
        .map(fromZodIssue);
  const crossIssues = checkCrossFieldRules(input);
  const { issues, warnings } = splitIssues([...versionIssues, ...schemaIssues, ...crossIssues]);
  if (parsed.success && issues.length === 0)
    return { ok: true, report: parsed.data, issues: [], warnings };
  return { ok: false, issues, warnings };
}

/** Validates JSON text: syntax errors and schema issues in one result. */
export function validateReportJson(text: string): ValidationResult {
  const parsed = parseReportJson(text);
  if (!parsed.ok) return { ok: false, issues: [parsed.issue], warnings: [] };
  return validateReport(parsed.value);
}
