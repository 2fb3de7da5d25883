import type { NuancierData, NuancierIssue, NuancierOverlay } from "./model";
import { nuancierOverlaySchema } from "./schema";
import { checkReferences, fromZodIssues, toPointer } from "./validate";

type Collection = "sectors" | "nuances" | "formats" | "audiences";
const collections: readonly Collection[] = ["sectors", "nuances", "formats", "audiences"];

/** One thing the overlay did to the palette, with where it says so in the overlay. */
export interface NuancierChange {
  path: string;
  code: "added" | "changed" | "replaced";
  collection: Collection;
  id: string;
  field?: string;
}

export interface ExtendOptions {
  /**
   * What to do when the overlay adds an id the palette already has: "reject" (default) refuses
   * the whole overlay; "overlay-wins" replaces the entry and still lists the conflict.
   */
  onConflict?: "reject" | "overlay-wins";
}

export interface ExtendResult {
  /** False when the overlay was refused; `data` is then the base, untouched. */
  ok: boolean;
  data: NuancierData;
  changes: NuancierChange[];
  /** Ids the overlay adds twice or overrides without their existing. */
  conflicts: NuancierIssue[];
  /** Every problem found, conflicts included, each with its JSON pointer into the overlay. */
  issues: NuancierIssue[];
}

type Entry = { id: string } & Record<string, unknown>;
type Origin = { from: "base"; id: string } | { from: "add"; index: number };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Validates an administration's overlay (added sectors, nuances, formats, audiences; overridden
 * fields), merges it into `base` without changing `base`, and says what it added or changed.
 */
export function extendNuancier(
  base: NuancierData,
  overlay: unknown,
  options: ExtendOptions = {},
): ExtendResult {
  const refuse = (issues: NuancierIssue[], conflicts: NuancierIssue[] = []): ExtendResult => ({
    ok: false,
    data: base,
    changes: [],
    conflicts,
    issues,
  });
  const parsed = nuancierOverlaySchema.safeParse(overlay);
  if (!parsed.success) return refuse(fromZodIssues(parsed.error.issues));
  const layer: NuancierOverlay = parsed.data;
  const overlayWins = options.onConflict === "overlay-wins";

  const merged = { ...base } as NuancierData;
  const origins = {} as Record<Collection, Origin[]>;
  const changes: NuancierChange[] = [];
  const conflicts: NuancierIssue[] = [];
  const overridden = new Map<string, Set<string>>();

  for (const collection of collections) {
    const entries = (base[collection] as Entry[]).map((entry) => ({ ...entry }));
    const origin: Origin[] = entries.map((entry) => ({ from: "base", id: entry.id }));
    const added = (layer.add?.[collection] ?? []) as Entry[];
    added.forEach((entry, index) => {
      const path = toPointer(["add", collection, index]);
      const existing = entries.findIndex((candidate) => candidate.id === entry.id);
      if (existing >= 0 && origin[existing]?.from === "base") {
        conflicts.push({
          path: `${path}/id`,
          code: "duplicate-id",
          params: { id: entry.id, collection },
        });
        if (overlayWins) {
          entries[existing] = { ...entry };
          origin[existing] = { from: "add", index };
          changes.push({ path, code: "replaced", collection, id: entry.id });
        }
        return;
      }
      entries.push({ ...entry });
      origin.push({ from: "add", index });
      changes.push({ path, code: "added", collection, id: entry.id });
    });

    const overrides = (layer.override?.[collection] ?? {}) as Record<
      string,
      Record<string, unknown>
    >;
    for (const [id, fields] of Object.entries(overrides)) {
      const index = entries.findIndex((entry) => entry.id === id);
      const target = entries[index];
      if (!target) {
        conflicts.push({
          path: toPointer(["override", collection, id]),
          code: "unknown-id",
          params: { id, collection },
        });
        continue;
      }
      const touched = new Set<string>();
      for (const [field, value] of Object.entries(fields)) {
        if (value === undefined || same(target[field], value)) continue;
        target[field] = value;
        touched.add(field);
        changes.push({
          path: toPointer(["override", collection, id, field]),
          code: "changed",
          collection,
          id,
          field,
        });
      }
      overridden.set(`${collection}/${id}`, touched);
    }
    (merged as Record<Collection, Entry[]>)[collection] = entries;
    origins[collection] = origin;
  }

  const pathOf = (collection: string, index: number, field?: string): string => {
    const origin = origins[collection as Collection][index];
    if (origin?.from === "add") {
      return toPointer(["add", collection, origin.index, ...(field ? [field] : [])]);
    }
    const id = origin?.id ?? String(index);
    return toPointer(["override", collection, id, ...(field ? [field] : [])]);
  };
  // Only entries the overlay brought or touched can break a reference: the base was valid.
  const touchedByOverlay = (collection: string, index: number) => {
    const origin = origins[collection as Collection][index];
    return origin?.from === "add" || overridden.has(`${collection}/${origin?.id}`);
  };
  const baseConflicts = [...conflicts];
  const referenceIssues = checkReferences(merged, pathOf, touchedByOverlay);
  for (const issue of referenceIssues) {
    if (issue.code === "duplicate-id") conflicts.push(issue);
  }
  const issues = [
    ...conflicts,
    ...referenceIssues.filter((issue) => issue.code !== "duplicate-id"),
  ];
  // With "overlay-wins", an added id that replaced a base entry is reported but not blocking.
  const blocking = issues.filter(
    (issue) => !(overlayWins && issue.code === "duplicate-id" && baseConflicts.includes(issue)),
  );
  if (blocking.length > 0) return refuse(issues, conflicts);
  return { ok: true, data: merged, changes, conflicts, issues };
}
