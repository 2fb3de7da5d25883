import type { core } from "zod";
import validateStructure from "../generated/structure-validator.js";
import { locateJsonError, toPointer } from "@communs/i18n";
import type { IssueParams, ReportIssue } from "./issues";
import { checkCrossFieldRules } from "./rules";
import {
  COMPATIBLE_VERSIONS,
  reportSchema,
  SCHEMA_VERSION,
  SCHEMA_VERSIONS,
  type Report,
} from "./schema";

export type ValidationResult =
  | { ok: true; report: Report; issues: []; warnings: ReportIssue[] }
  | { ok: false; report?: undefined; issues: ReportIssue[]; warnings: ReportIssue[] };

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

// ---- fast path ----------------------------------------------------------------------------
// A valid report is checked by ajv's compiled code (generated/structure-validator.js), which
// builds nothing; defaults are then filled in by copying only the objects that lack one. zod
// runs only when the structure is invalid, to word every error.

interface ZodDef {
  type: string;
  format?: string;
  shape?: Record<string, { _zod: { def: ZodDef } }>;
  element?: { _zod: { def: ZodDef } };
  innerType?: { _zod: { def: ZodDef } };
  defaultValue?: unknown;
}
type FillPlan =
  | {
      kind: "object";
      /** Key, plan of its value, and its default when the schema gives one. */
      fields: { key: string; plan: FillPlan | undefined; fallback?: { value: unknown } }[];
    }
  | { kind: "array"; items: FillPlan }
  | { kind: "url"; check: (value: unknown) => boolean };

interface ZodLike {
  _zod: { def: ZodDef };
  safeParse?: (value: unknown) => { success: boolean };
}

function planOf(schema: ZodLike): FillPlan | undefined {
  let def = schema._zod.def;
  while (def.innerType && def.type !== "default") {
    schema = def.innerType as ZodLike;
    def = schema._zod.def;
  }
  if (def.type === "default") return planOf(def.innerType as ZodLike);
  if (def.type === "object" && def.shape) {
    const fields: Extract<FillPlan, { kind: "object" }>["fields"] = [];
    for (const [key, child] of Object.entries(def.shape)) {
      const childDef = child._zod.def;
      const plan = planOf(child as ZodLike);
      if (childDef.type === "default")
        fields.push({ key, plan, fallback: { value: childDef.defaultValue } });
      else if (plan) fields.push({ key, plan });
    }
    return fields.length > 0 ? { kind: "object", fields } : undefined;
  }
  if (def.type === "array" && def.element) {
    const items = planOf(def.element as ZodLike);
    return items ? { kind: "array", items } : undefined;
  }
  if (def.type === "string" && def.format === "url" && schema.safeParse) {
    const check = schema.safeParse.bind(schema);
    return { kind: "url", check: (value) => check(value).success };
  }
  return undefined;
}

let fillPlan: FillPlan | undefined;
const copyDefault = (value: unknown) => (Array.isArray(value) ? [] : value);

/** Fills defaults in, copying only what changes; undefined when a value needs zod's checks. */
function fill(value: unknown, plan: FillPlan): unknown {
  if (plan.kind === "url") return plan.check(value) ? value : undefined;
  if (plan.kind === "array") {
    if (!Array.isArray(value)) return value;
    let out: unknown[] = value;
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      const filled = fill(item, plan.items);
      if (filled === undefined) return undefined;
      if (filled !== item) {
        if (out === value) out = value.slice();
        out[index] = filled;
      }
    }
    return out;
  }
  if (typeof value !== "object" || value === null) return value;
  const object = value as Record<string, unknown>;
  let out = object;
  const fields = plan.fields;
  for (let index = 0; index < fields.length; index += 1) {
    const { key, plan: child, fallback } = fields[index]!;
    const current = object[key];
    let next: unknown = current;
    if (current === undefined) {
      if (fallback) next = copyDefault(fallback.value);
    } else if (child) {
      next = fill(current, child);
      if (next === undefined) return undefined;
    }
    if (next !== current) {
      if (out === object) out = { ...object };
      out[key] = next;
    }
  }
  return out;
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
    // An older minor version of the same major is valid content: a warning, not an error.
    const compatible = (COMPATIBLE_VERSIONS as readonly string[]).includes(declared);
    versionIssues.push({
      pointer: "/schemaVersion",
      code: known ? "outdated-version" : "unsupported-version",
      severity: compatible ? "warning" : "error",
      params: { found: declared, expected: SCHEMA_VERSION, supported: SCHEMA_VERSIONS },
    });
  }
  if (validateStructure(input)) {
    fillPlan ??= planOf(reportSchema as unknown as ZodLike);
    const filled = fillPlan ? fill(input, fillPlan) : input;
    if (filled !== undefined) {
      const all = [...versionIssues, ...checkCrossFieldRules(input)];
      const issues = all.filter((issue) => issue.severity === "error");
      const warnings = all.filter((issue) => issue.severity === "warning");
      if (issues.length === 0) return { ok: true, report: filled as Report, issues: [], warnings };
      return { ok: false, issues, warnings };
    }
  }
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

/** Validates JSON text: syntax errors and schema issues in one result. */
export function validateReportJson(text: string): ValidationResult {
  const parsed = parseReportJson(text);
  if (!parsed.ok) return { ok: false, issues: [parsed.issue], warnings: [] };
  return validateReport(parsed.value);
}
