import type { NuancierData, NuancierIssue } from "./model";
import type { PathConstraints } from "./path";
import { idPattern } from "./constants";

export interface SharedSelection {
  selection: string[];
  constraints: PathConstraints;
}

const param = "nuancier";

/**
 * A short, readable code for a selection and its constraints, e.g.
 * `n=a.b.c&o=progressive&h=21`. Ids are kebab-case, so "." separates them safely.
 */
export function encodeSelection(shared: SharedSelection): string {
  const query = new URLSearchParams();
  query.set("n", shared.selection.join("."));
  const { order, audience, maxHours, groupSize } = shared.constraints;
  if (order) query.set("o", order);
  if (audience) query.set("a", audience);
  if (maxHours !== undefined) query.set("h", String(maxHours));
  if (groupSize !== undefined) query.set("g", String(groupSize));
  return query.toString();
}

/** A link to `baseUrl` that opens the same selection (in the `nuancier` query parameter). */
export function createShareLink(baseUrl: string, shared: SharedSelection): string {
  const url = new URL(baseUrl);
  url.searchParams.set(param, encodeSelection(shared));
  return url.toString();
}

export interface DecodedSelection extends SharedSelection {
  issues: NuancierIssue[];
}

/**
 * Reads a share code or a whole share link back. Never throws: what cannot be read is left out
 * and reported; with `data`, unknown nuance ids are reported too.
 */
export function decodeSelection(codeOrLink: string, data?: NuancierData): DecodedSelection {
  let code = codeOrLink.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(code)) {
    try {
      code = new URL(code).searchParams.get(param) ?? "";
    } catch {
      return { selection: [], constraints: {}, issues: [{ pointer: "", code: "invalid-link" }] };
    }
  }
  const query = new URLSearchParams(code);
  const issues: NuancierIssue[] = [];
  const known = data ? new Set(data.nuances.map((nuance) => nuance.id)) : undefined;
  const selection: string[] = [];
  (query.get("n") ?? "")
    .split(".")
    .filter(Boolean)
    .forEach((id, index) => {
      if (!idPattern.test(id)) {
        issues.push({ pointer: `/n/${index}`, code: "invalid-id", params: { id } });
      } else if (known && !known.has(id)) {
        issues.push({ pointer: `/n/${index}`, code: "unknown-nuance", params: { id } });
      } else if (!selection.includes(id)) {
        selection.push(id);
      }
    });
  const constraints: PathConstraints = {};
  const order = query.get("o");
  if (order === "progressive" || order === "as-selected") constraints.order = order;
  else if (order !== null)
    issues.push({ pointer: "/o", code: "invalid-value", params: { value: order } });
  const audience = query.get("a");
  if (audience !== null) {
    if (idPattern.test(audience)) constraints.audience = audience;
    else issues.push({ pointer: "/a", code: "invalid-id", params: { id: audience } });
  }
  for (const [key, field] of [
    ["h", "maxHours"],
    ["g", "groupSize"],
  ] as const) {
    const raw = query.get(key);
    if (raw === null) continue;
    const value = Number(raw);
    if (raw !== "" && Number.isFinite(value) && value >= 0) constraints[field] = value;
    else issues.push({ pointer: `/${key}`, code: "invalid-number", params: { value: raw } });
  }
  return { selection, constraints, issues };
}
