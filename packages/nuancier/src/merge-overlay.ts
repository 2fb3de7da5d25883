import { toPointer } from "@communs/i18n";
import type * as z from "zod/mini";
import { collections } from "./constants";
import type { Contribution, NuancierData, NuancierIssue, NuancierOverlay } from "./model";
import { checkReferences, fromZodIssues } from "./palette-issues";

type Collection = (typeof collections)[number];

/** One thing the overlay did to the palette, with where it says so in the overlay. */
export interface NuancierChange {
  /** Where the overlay says so (RFC 6901 pointer into the overlay). */
  pointer: string;
  code: "added" | "changed" | "replaced" | "removed";
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
  /** Ids the overlay adds twice, removes or overrides without their existing. */
  conflicts: NuancierIssue[];
  /** Every problem found, conflicts included, each with its JSON pointer into the overlay. */
  issues: NuancierIssue[];
}

type Entry = { id: string } & Record<string, unknown>;
type Origin = { from: "base"; id: string } | { from: "add"; index: number };
type ListEdit = readonly unknown[] | { remove?: readonly unknown[]; append?: readonly unknown[] };

/** Fields holding one text per language: an override merges them language by language. */
const localizedFields = new Set(["name", "description", "summary", "nameNote", "span"]);
/** Fields holding lists: an override replaces them (array) or edits them (`remove`, `append`). */
const listFields = new Set(["values", "objectives", "recommendations", "audiences", "formats"]);
/** Lists of texts, whose items are removed by position rather than by value. */
const textLists = new Set(["values", "objectives", "recommendations"]);
/** Fields whose words are someone's writing, credited to the overlay that wrote them. */
const writtenFields = new Set([...localizedFields, ...textLists, "keywords"]);
/** Lists of ids that point into another collection, pruned when the overlay removes the target. */
const references = [
  ["formats", "formats"],
  ["audiences", "audiences"],
] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What the merge checks an overlay and its result with: zod's schemas, or the zod-free ones. */
export interface PaletteSchemas {
  overlay: SchemaParser;
  data: SchemaParser;
}
interface SchemaParser {
  safeParse(
    value: unknown,
  ): { success: true; data: unknown } | { success: false; error: { issues: z.core.$ZodIssue[] } };
}

/**
 * `extendNuancier` over the given schemas. It validates an administration's overlay and merges
 * it into `base` without changing `base`:
 * `remove` takes base entries out, `add` brings new ones, `override` rewrites fields (texts
 * language by language, lists replaced or edited). Says what changed, keeps the overlay's
 * `source`, licence and attribution in `contributions`, and refuses the whole overlay, with
 * each problem located in it, when the result would not be a valid palette.
 */
export const mergeOverlay = (schemas: PaletteSchemas) =>
  function extendNuancier(
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
    const parsed = schemas.overlay.safeParse(overlay);
    if (!parsed.success) return refuse(fromZodIssues(parsed.error.issues));
    const layer = parsed.data as NuancierOverlay;
    const overlayWins = options.onConflict === "overlay-wins";

    const entries = {} as Record<Collection, Entry[]>;
    const origins = {} as Record<Collection, Origin[]>;
    const changes: NuancierChange[] = [];
    const conflicts: NuancierIssue[] = [];
    const problems: NuancierIssue[] = [];
    /** `collection/id` → fields the override set, for locating issues in the overlay. */
    const overridden = new Map<string, Set<string>>();
    /** `nuances/id` → field → the removal that pruned it. */
    const pruned = new Map<string, Map<string, string>>();
    /** `collection/id` → where the overlay removes it. */
    const removals = new Map<string, string>();

    for (const collection of collections) {
      entries[collection] = (base[collection] as Entry[]).map((entry) => ({ ...entry }));
      origins[collection] = entries[collection].map((entry) => ({ from: "base", id: entry.id }));
    }
    const addedIds = (collection: Collection) =>
      new Set((layer.add?.[collection] ?? []).map((entry) => entry.id));

    // 1. Removals, and the references to removed formats and audiences they prune.
    for (const collection of collections) {
      (layer.remove?.[collection] ?? []).forEach((id, index) => {
        const path = toPointer(["remove", collection, index]);
        const at = entries[collection].findIndex((entry) => entry.id === id);
        if (removals.has(`${collection}/${id}`)) return;
        if (at < 0) {
          conflicts.push({ pointer: path, code: "unknown-id", params: { id, collection } });
          return;
        }
        entries[collection].splice(at, 1);
        origins[collection].splice(at, 1);
        removals.set(`${collection}/${id}`, path);
        changes.push({ pointer: path, code: "removed", collection, id });
      });
    }
    for (const [field, collection] of references) {
      const readded = addedIds(collection);
      for (const nuance of entries.nuances) {
        const list = nuance[field] as string[];
        const gone = list.filter((id) => removals.has(`${collection}/${id}`) && !readded.has(id));
        if (gone.length === 0) continue;
        const path = removals.get(`${collection}/${gone[0]}`)!;
        nuance[field] = list.filter((id) => !gone.includes(id));
        const fields = pruned.get(`nuances/${nuance.id}`) ?? new Map<string, string>();
        fields.set(field, path);
        pruned.set(`nuances/${nuance.id}`, fields);
        changes.push({
          pointer: path,
          code: "changed",
          collection: "nuances",
          id: nuance.id,
          field,
        });
      }
    }

    // 2. Additions.
    for (const collection of collections) {
      const list = entries[collection];
      const origin = origins[collection];
      ((layer.add?.[collection] ?? []) as Entry[]).forEach((entry, index) => {
        const path = toPointer(["add", collection, index]);
        const existing = list.findIndex((candidate) => candidate.id === entry.id);
        if (existing >= 0 && origin[existing]?.from === "base") {
          conflicts.push({
            pointer: `${path}/id`,
            code: "duplicate-id",
            params: { id: entry.id, collection },
          });
          if (overlayWins) {
            list[existing] = { ...entry };
            origin[existing] = { from: "add", index };
            changes.push({ pointer: path, code: "replaced", collection, id: entry.id });
          }
          return;
        }
        list.push({ ...entry });
        origin.push({ from: "add", index });
        changes.push({ pointer: path, code: "added", collection, id: entry.id });
      });
    }

    // 3. Overrides.
    for (const collection of collections) {
      const overrides = (layer.override?.[collection] ?? {}) as Record<
        string,
        Record<string, unknown>
      >;
      for (const [id, fields] of Object.entries(overrides)) {
        const target = entries[collection].find((entry) => entry.id === id);
        if (!target) {
          conflicts.push({
            pointer: toPointer(["override", collection, id]),
            code: "unknown-id",
            params: { id, collection },
          });
          continue;
        }
        const touched = new Set<string>();
        for (const [field, value] of Object.entries(fields)) {
          if (value === undefined) continue;
          const path = toPointer(["override", collection, id, field]);
          const next = overriddenValue(target[field], field, value, path, problems);
          touched.add(field);
          if (same(target[field], next)) continue;
          target[field] = next;
          changes.push({ pointer: path, code: "changed", collection, id, field });
        }
        overridden.set(`${collection}/${id}`, touched);
      }
    }

    const merged = { ...base, ...entries } as NuancierData;
    if (layer.languages) merged.languages = { ...base.languages, ...layer.languages };
    const contribution = contributionOf(layer, changes);
    if (contribution) merged.contributions = [...(base.contributions ?? []), contribution];

    // 4. Checks on the result, each issue located in the overlay.
    const pathOf = (collection: string, index: number, field?: string, ...rest: PropertyKey[]) => {
      const origin = origins[collection as Collection][index];
      const tail = field === undefined ? [] : [field, ...rest];
      if (origin?.from === "add") return toPointer(["add", collection, origin.index, ...tail]);
      const id = origin?.id ?? String(index);
      const prunedBy =
        field === undefined ? undefined : pruned.get(`${collection}/${id}`)?.get(field);
      const setByOverride =
        field !== undefined && overridden.get(`${collection}/${id}`)?.has(field);
      if (prunedBy && !setByOverride) return prunedBy;
      return toPointer(["override", collection, id, ...tail]);
    };
    // Only entries the overlay brought or touched can be wrong: the base was valid.
    const touchedByOverlay = (collection: string, index: number) => {
      const origin = origins[collection as Collection][index];
      if (origin?.from === "add") return true;
      const key = `${collection}/${origin?.id}`;
      return overridden.has(key) || pruned.has(key);
    };
    const schema = schemas.data.safeParse(merged);
    if (!schema.success) {
      for (const issue of fromZodIssues(schema.error.issues)) {
        const [, collection, index, field, ...rest] = issue.pointer.split("/");
        if (!(collections as readonly string[]).includes(collection ?? "")) continue;
        if (!touchedByOverlay(collection!, Number(index))) continue;
        const entry = entries[collection as Collection][Number(index)];
        const prunedBy = field && pruned.get(`${collection}/${entry?.id}`)?.get(field);
        const setByOverride = overridden.get(`${collection}/${entry?.id}`)?.has(field ?? "");
        if (prunedBy && !setByOverride && issue.code === "too-small" && rest.length === 0) {
          // The removal took the last format or audience of a nuance the overlay left as it was.
          problems.push({
            pointer: prunedBy,
            code: "removal-empties-list",
            params: { id: entry!.id, collection: collection!, field: field! },
          });
          continue;
        }
        problems.push({ ...issue, pointer: pathOf(collection!, Number(index), field, ...rest) });
      }
    }
    const baseConflicts = [...conflicts];
    const referenceIssues = checkReferences(merged, pathOf, touchedByOverlay);
    for (const issue of referenceIssues) {
      if (issue.code === "duplicate-id") conflicts.push(issue);
    }
    // A removed sector still holding nuances the overlay did not remove or move elsewhere.
    for (const [key, path] of removals) {
      const [collection, id] = key.split("/") as [Collection, string];
      if (collection !== "sectors" || entries.sectors.some((sector) => sector.id === id)) continue;
      const by = entries.nuances.filter((nuance) => nuance.sectorId === id).map((n) => n.id);
      if (by.length > 0) {
        problems.push({ pointer: path, code: "still-referenced", params: { id, collection, by } });
      }
    }
    const issues = [
      ...conflicts,
      ...problems,
      ...referenceIssues.filter(
        (issue) =>
          issue.code !== "duplicate-id" &&
          // Already said once, at the removal, with every nuance concerned.
          !(issue.code === "unknown-reference" && removals.has(`sectors/${issue.params?.id}`)),
      ),
    ];
    // With "overlay-wins", an added id that replaced a base entry is reported but not blocking.
    const blocking = issues.filter(
      (issue) => !(overlayWins && issue.code === "duplicate-id" && baseConflicts.includes(issue)),
    );
    if (blocking.length > 0) return refuse(issues, conflicts);
    return { ok: true, data: merged, changes, conflicts, issues };
  };

/** The value a field takes once overridden; list-edit mistakes go to `problems`. */
function overriddenValue(
  current: unknown,
  field: string,
  value: unknown,
  path: string,
  problems: NuancierIssue[],
): unknown {
  if (localizedFields.has(field)) {
    return { ...(current as Record<string, string> | undefined), ...(value as object) };
  }
  if (listFields.has(field)) {
    return editList((current ?? []) as unknown[], value as ListEdit, path, field, problems);
  }
  if (field === "keywords") {
    const keywords: Record<string, unknown[]> = { fr: [], en: [], ...(current as object) };
    for (const [language, edit] of Object.entries(value as Record<string, ListEdit>)) {
      keywords[language] = editList(
        keywords[language] ?? [],
        edit,
        `${path}/${toPointer([language]).slice(1)}`,
        field,
        problems,
      );
    }
    return keywords;
  }
  return value;
}

/** Applies a list edit: an array replaces; `remove` (values, or positions in text lists) then `append`. */
function editList(
  current: readonly unknown[],
  edit: ListEdit,
  path: string,
  field: string,
  problems: NuancierIssue[],
): unknown[] {
  if (Array.isArray(edit)) return [...edit];
  const { remove = [], append = [] } = edit as { remove?: unknown[]; append?: unknown[] };
  let next = [...current];
  if (textLists.has(field)) {
    const positions = new Set<number>();
    remove.forEach((position, index) => {
      if ((position as number) >= current.length) {
        problems.push({
          pointer: `${path}/remove/${index}`,
          code: "unknown-position",
          params: { position: position as number, length: current.length, field },
        });
      }
      positions.add(position as number);
    });
    next = current.filter((_, position) => !positions.has(position));
  } else {
    remove.forEach((item, index) => {
      if (!next.includes(item)) {
        problems.push({
          pointer: `${path}/remove/${index}`,
          code: "not-in-list",
          params: { id: String(item), field },
        });
      }
      next = next.filter((candidate) => candidate !== item);
    });
  }
  append.forEach((item, index) => {
    if (!textLists.has(field) && next.includes(item)) {
      problems.push({
        pointer: `${path}/append/${index}`,
        code: "already-in-list",
        params: { id: String(item), field },
      });
      return;
    }
    next.push(item);
  });
  return next;
}

/** The overlay's authors and the texts they wrote, kept in the merged palette. */
function contributionOf(
  layer: NuancierOverlay,
  changes: readonly NuancierChange[],
): Contribution | undefined {
  const texts: Contribution["texts"] = [];
  for (const change of changes) {
    if (change.code === "added" || change.code === "replaced") {
      texts.push({ collection: change.collection, id: change.id });
    } else if (change.code === "changed" && change.field && writtenFields.has(change.field)) {
      const known = texts.find(
        (text) => text.collection === change.collection && text.id === change.id,
      );
      if (!known)
        texts.push({ collection: change.collection, id: change.id, fields: [change.field] });
      else if (known.fields && !known.fields.includes(change.field))
        known.fields.push(change.field);
    }
  }
  if (!layer.source && texts.length === 0) return undefined;
  const { name, url, licence, attribution } = layer.source ?? {};
  return {
    ...(name === undefined ? {} : { name }),
    ...(url === undefined ? {} : { url }),
    ...(licence === undefined ? {} : { licence }),
    ...(attribution === undefined ? {} : { attribution }),
    texts,
  };
}
