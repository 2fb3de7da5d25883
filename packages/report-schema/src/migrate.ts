import { SCHEMA_VERSIONS, type SchemaVersion } from "./versions";

type Plain = Record<string, unknown>;
const isObject = (value: unknown): value is Plain =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export interface MigrationResult {
  ok: boolean;
  /** The migrated copy; the input is never modified. */
  data?: unknown;
  from?: string;
  to: SchemaVersion;
  /** What each step changed, as codes with parameters (for logs and CLIs). */
  changes: {
    code: "renamed" | "split" | "joined" | "moved" | "set" | "removed";
    from: string;
    to: string;
  }[];
  error?: "not-an-object" | "unknown-version";
}

type Changes = MigrationResult["changes"];
type Step = (data: Plain, changes: Changes) => void;

/** `object[from]` moves to `object[to]` when it is there, recorded with pointers under `at`. */
function rename(
  object: unknown,
  from: string,
  to: string,
  at: string,
  changes: Changes,
  code: "renamed" | "moved" = "renamed",
) {
  if (!isObject(object) || object[from] === undefined) return;
  object[to] = object[from];
  delete object[from];
  changes.push({ code, from: `${at}/${from}`, to: `${at}/${to}` });
}

/** `object[key]` is dropped when it is there, recorded with its pointer under `at`. */
function remove(object: unknown, key: string, at: string, changes: Changes) {
  if (!isObject(object) || object[key] === undefined) return;
  delete object[key];
  changes.push({ code: "removed", from: `${at}/${key}`, to: "" });
}

/** Each object of a list, with its pointer. */
function eachObject(list: unknown, at: string, visit: (item: Plain, pointer: string) => void) {
  if (Array.isArray(list))
    list.forEach((item, index) => {
      if (isObject(item)) visit(item, `${at}/${index}`);
    });
}

const contentsOf = (data: Plain) => (isObject(data.report) ? data.report.contents : undefined);

/** 0.9.0 → 1.0.0: `organization` became `organisation`, key-figure `category` became `family`,
 * table-of-contents `pages: "4-5"` became `pageStart`/`pageEnd`, and the deprecated
 * `organisation.url` moves to `organisation.website`. */
const upgrades: Record<string, Step> = {
  "0.9.0": (data, changes) => {
    if (isObject(data.organization)) rename(data, "organization", "organisation", "", changes);
    if (isObject(data.organisation) && data.organisation.website === undefined)
      rename(data.organisation, "url", "website", "/organisation", changes, "moved");
    eachObject(data.keyFigures, "/keyFigures", (figure, at) =>
      rename(figure, "category", "family", at, changes),
    );
    eachObject(contentsOf(data), "/report/contents", (section, at) => {
      if (typeof section.pages !== "string") return;
      const [start, end = start] = section.pages.split(/[-–]/).map((page) => Number(page.trim()));
      section.pageStart = start;
      section.pageEnd = end;
      delete section.pages;
      changes.push({ code: "split", from: `${at}/pages`, to: `${at}/pageStart` });
    });
  },
};

/** Fields 1.1.0 added; a downgrade to 1.0.0 drops them (and says so in `changes`). */
const addedIn110 = [
  ["sources"],
  ["caseStudies"],
  ["report", "foreword"],
  ["organisation", "kind"],
  ["organisation", "country"],
  ["organisation", "parentOrganisations"],
  ["organisation", "closedYear"],
] as const;

// 1.0.0 → 1.1.0 only adds optional fields and relaxes required ones: the data is kept as is.
upgrades["1.0.0"] = () => {};

const downgrades: Record<string, Step> = {
  "1.1.0": (data, changes) => {
    for (const path of addedIn110)
      if (path.length === 1) remove(data, path[0], "", changes);
      else remove(data[path[0]], path[1], `/${path[0]}`, changes);
    eachObject(data.keyFigures, "/keyFigures", (figure, at) =>
      remove(figure, "indicator", at, changes),
    );
  },
  "1.0.0": (data, changes) => {
    if (isObject(data.organisation)) rename(data, "organisation", "organization", "", changes);
    eachObject(data.keyFigures, "/keyFigures", (figure, at) =>
      rename(figure, "family", "category", at, changes),
    );
    eachObject(contentsOf(data), "/report/contents", (section, at) => {
      if (section.pageStart === undefined) return;
      section.pages =
        section.pageStart === section.pageEnd
          ? `${section.pageStart}`
          : `${section.pageStart}-${section.pageEnd}`;
      delete section.pageStart;
      delete section.pageEnd;
      changes.push({ code: "joined", from: `${at}/pageStart`, to: `${at}/pages` });
    });
  },
};

/** Converts report data from the version it declares to `toVersion`, one step at a time. */
export function migrateReport(
  input: unknown,
  toVersion: SchemaVersion = SCHEMA_VERSIONS.at(-1)!,
): MigrationResult {
  const changes: Changes = [];
  if (!isObject(input)) return { ok: false, to: toVersion, changes, error: "not-an-object" };
  const from = typeof input.schemaVersion === "string" ? input.schemaVersion : undefined;
  const versions = SCHEMA_VERSIONS as readonly string[];
  const start = from === undefined ? -1 : versions.indexOf(from);
  const end = versions.indexOf(toVersion);
  if (start < 0 || end < 0)
    return { ok: false, from, to: toVersion, changes, error: "unknown-version" };
  const data = structuredClone(input);
  for (let index = start; index < end; index += 1) upgrades[versions[index]!]?.(data, changes);
  for (let index = start; index > end; index -= 1) downgrades[versions[index]!]?.(data, changes);
  if (start !== end) {
    data.schemaVersion = toVersion;
    changes.push({ code: "set", from: `${from}`, to: toVersion });
  }
  return { ok: true, data, from, to: toVersion, changes };
}
