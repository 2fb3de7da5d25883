import type * as z from "zod/mini";
import { collections } from "./constants";
import type { NuancierData, NuancierIssue } from "./model";
import { nuancierDataSchema } from "./schema";

/** `["add", "nuances", 0]` → `/add/nuances/0` (RFC 6901). */
export function toPointer(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment) => `/${String(segment).replace(/~/g, "~0").replace(/\//g, "~1")}`)
    .join("");
}

/**
 * Zod issues as our `{ path, code, params }`, one per unknown key so each gets its own path.
 * `prefix` places the issues of a union branch under the union's own path.
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): NuancierIssue[] {
  return issues.flatMap((issue): NuancierIssue[] => {
    const at = [...prefix, ...issue.path];
    const path = toPointer(at);
    switch (issue.code) {
      case "invalid_union": {
        // A list edit is an array or `{ remove, append }`: report the branch the input looks like,
        // i.e. the one that did not fail on the value's own type.
        const branch = issue.errors.find(
          (errors) =>
            !errors.some((inner) => inner.code === "invalid_type" && inner.path.length === 0),
        );
        return branch
          ? fromZodIssues(branch, at)
          : [{ path, code: "invalid-type", params: { expected: "array | object" } }];
      }
      case "invalid_key":
        return [{ path, code: "invalid-locale", params: { field: String(issue.path.at(-1)) } }];
      case "unrecognized_keys":
        return issue.keys.map((key) => ({
          path: toPointer([...at, key]),
          code: "unknown-field",
          params: { field: key },
        }));
      case "invalid_type":
        return [{ path, code: "invalid-type", params: { expected: issue.expected } }];
      case "invalid_value":
        return [
          {
            path,
            code: "invalid-value",
            params: { allowed: issue.values.map((value) => String(value)) },
          },
        ];
      case "invalid_format":
        return [{ path, code: "invalid-format", params: { format: issue.format } }];
      case "too_small":
        return [{ path, code: "too-small", params: { minimum: Number(issue.minimum) } }];
      case "custom":
        return issue.message === "invalid-locale"
          ? [{ path, code: "invalid-locale", params: { field: String(at.at(-1)) } }]
          : [{ path, code: issue.message }];
      default:
        return [{ path, code: "invalid", params: { detail: issue.message } }];
    }
  });
}

/**
 * Checks what the schema cannot: unique ids, that every reference points to something, and
 * that no two sectors differ by colour alone (same code and same pattern).
 * Paths point into `data`; `pathOf` lets an overlay point into itself instead, and `only`
 * limits the checks to the entries it brought or touched.
 */
export function checkReferences(
  data: NuancierData,
  pathOf: (collection: string, index: number, field?: string) => string = (c, i, f) =>
    toPointer(f === undefined ? [c, i] : [c, i, f]),
  only?: (collection: string, index: number) => boolean,
): NuancierIssue[] {
  const issues: NuancierIssue[] = [];
  const ids = {} as Record<(typeof collections)[number], Set<string>>;
  for (const collection of collections) {
    const seen = new Set<string>();
    data[collection].forEach((entry, index) => {
      if (seen.has(entry.id) && (!only || only(collection, index))) {
        issues.push({
          path: pathOf(collection, index, "id"),
          code: "duplicate-id",
          params: { id: entry.id, collection },
        });
      }
      seen.add(entry.id);
    });
    ids[collection] = seen;
  }
  data.nuances.forEach((nuance, index) => {
    if (only && !only("nuances", index)) return;
    if (!ids.sectors.has(nuance.sectorId)) {
      issues.push({
        path: pathOf("nuances", index, "sectorId"),
        code: "unknown-reference",
        params: { id: nuance.sectorId, collection: "sectors" },
      });
    }
    for (const [field, collection] of [
      ["audiences", "audiences"],
      ["formats", "formats"],
    ] as const) {
      nuance[field].forEach((reference, position) => {
        if (!ids[collection].has(reference)) {
          issues.push({
            path: `${pathOf("nuances", index, field)}/${position}`,
            code: "unknown-reference",
            params: { id: reference, collection },
          });
        }
      });
    }
  });
  // "Never colour alone": a swatch shows a colour, a pattern and a code; two sectors sharing
  // code and pattern would differ only by colour, which not every reader or printer sees.
  const seenSwatches = new Map<string, number>();
  data.sectors.forEach((sector, index) => {
    const key = `${sector.code} ${sector.pattern}`;
    const first = seenSwatches.get(key);
    if (first === undefined) {
      seenSwatches.set(key, index);
      return;
    }
    const touched = !only || only("sectors", index) ? index : only("sectors", first) ? first : -1;
    if (touched < 0) return;
    const other = data.sectors[touched === index ? first : index]!;
    issues.push({
      path: pathOf("sectors", touched),
      code: "indistinguishable-sector",
      params: {
        id: data.sectors[touched]!.id,
        other: other.id,
        code: sector.code,
        pattern: sector.pattern,
      },
    });
  });
  return issues;
}

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
