import type * as z from "zod/mini";
import { fromZodIssues as fromZod, parsePointer, toPointer } from "@communs/i18n";
import { collections } from "./constants";
import type { NuancierData, NuancierIssue } from "./model";

// zod's codes as ours; the others keep the same word with a dash.
const codes: Record<string, string> = {
  unrecognized_keys: "unknown-field",
  invalid_type: "invalid-type",
  invalid_value: "invalid-value",
  invalid_format: "invalid-format",
  invalid_key: "invalid-locale",
  too_small: "too-small",
};

/**
 * zod's union issue holds each branch's issues: keep the branch the input looks like (a list
 * edit is an array or `{ remove, append }`: the branch that did not fail on the value's own
 * type), its paths placed under the union's.
 */
function chosenBranches(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== "invalid_union") return [issue];
    const branch = issue.errors.find(
      (errors) => !errors.some((inner) => inner.code === "invalid_type" && inner.path.length === 0),
    );
    if (!branch) return [{ ...issue, code: "invalid_type", expected: "array | object" } as never];
    return chosenBranches(
      branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })),
    );
  });
}

/** zod issues as Nuancier issues: every one, with its pointer and the params its sentence uses. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): NuancierIssue[] {
  return fromZod(chosenBranches(issues), {
    splitUnknownKeys: true,
    // Our refinements carry their own code as their message ("min-above-max").
    code: (issue) => (issue.code === "custom" ? issue.message : codes[issue.code]) ?? "invalid",
  }).map((issue): NuancierIssue => {
    const { pointer, code } = issue;
    const params = issue.params ?? {};
    // The key or field concerned, for "unknown field « x »" and "« DE » is not a language tag".
    const field = parsePointer(pointer).at(-1) ?? "";
    switch (code) {
      case "unknown-field":
      case "invalid-locale":
        return { pointer, code, params: { field } };
      case "invalid-type":
        return { pointer, code, params: { expected: String(params.expected) } };
      case "invalid-value":
        return {
          pointer,
          code,
          params: { allowed: (params.values as unknown[]).map((value) => String(value)) },
        };
      case "invalid-format":
        return { pointer, code, params: { format: String(params.format) } };
      case "too-small":
        return { pointer, code, params: { minimum: Number(params.minimum) } };
      default:
        return { pointer, code };
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
          pointer: pathOf(collection, index, "id"),
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
        pointer: pathOf("nuances", index, "sectorId"),
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
            pointer: `${pathOf("nuances", index, field)}/${position}`,
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
      pointer: pathOf("sectors", touched),
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
