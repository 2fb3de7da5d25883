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

type Step = (data: Plain, changes: MigrationResult["changes"]) => void;

/** 0.9.0 → 1.0.0: `organization` became `organisation`, key-figure `category` became `family`,
 * table-of-contents `pages: "4-5"` became `pageStart`/`pageEnd`, and the deprecated
 * `organisation.url` moves to `organisation.website`. */
const upgrades: Record<string, Step> = {
  "0.9.0": (data, changes) => {
    if (isObject(data.organization)) {
      data.organisation = data.organization;
      delete data.organization;
      changes.push({ code: "renamed", from: "/organization", to: "/organisation" });
    }
    const organisation = data.organisation;
    if (
      isObject(organisation) &&
      organisation.url !== undefined &&
      organisation.website === undefined
    ) {
      organisation.website = organisation.url;
      delete organisation.url;
      changes.push({ code: "moved", from: "/organisation/url", to: "/organisation/website" });
    }
    if (Array.isArray(data.keyFigures))
      data.keyFigures.forEach((figure, index) => {
        if (isObject(figure) && "category" in figure) {
          figure.family = figure.category;
          delete figure.category;
          changes.push({
            code: "renamed",
            from: `/keyFigures/${index}/category`,
            to: `/keyFigures/${index}/family`,
          });
        }
      });
    const report = data.report;
    if (isObject(report) && Array.isArray(report.contents))
      report.contents.forEach((section, index) => {
        if (isObject(section) && typeof section.pages === "string") {
          const [start, end = start] = section.pages
            .split(/[-–]/)
            .map((page) => Number(page.trim()));
          section.pageStart = start;
          section.pageEnd = end;
          delete section.pages;
          changes.push({
            code: "split",
            from: `/report/contents/${index}/pages`,
            to: `/report/contents/${index}/pageStart`,
          });
        }
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
    for (const path of addedIn110) {
      const parent = path.length === 1 ? data : data[path[0]];
      const key = path.at(-1)!;
      if (isObject(parent) && parent[key] !== undefined) {
        delete parent[key];
        changes.push({ code: "removed", from: `/${path.join("/")}`, to: "" });
      }
    }
    if (Array.isArray(data.keyFigures))
      data.keyFigures.forEach((figure, index) => {
        if (isObject(figure) && figure.indicator !== undefined) {
          delete figure.indicator;
          changes.push({ code: "removed", from: `/keyFigures/${index}/indicator`, to: "" });
        }
      });
  },
  "1.0.0": (data, changes) => {
    if (isObject(data.organisation)) {
      data.organization = data.organisation;
      delete data.organisation;
      changes.push({ code: "renamed", from: "/organisation", to: "/organization" });
    }
    if (Array.isArray(data.keyFigures))
      data.keyFigures.forEach((figure, index) => {
        if (isObject(figure) && "family" in figure) {
          figure.category = figure.family;
          delete figure.family;
          changes.push({
            code: "renamed",
            from: `/keyFigures/${index}/family`,
            to: `/keyFigures/${index}/category`,
          });
        }
      });
    const report = data.report;
    if (isObject(report) && Array.isArray(report.contents))
      report.contents.forEach((section, index) => {
        if (isObject(section) && section.pageStart !== undefined) {
          section.pages =
            section.pageStart === section.pageEnd
              ? `${section.pageStart}`
              : `${section.pageStart}-${section.pageEnd}`;
          delete section.pageStart;
          delete section.pageEnd;
          changes.push({
            code: "joined",
            from: `/report/contents/${index}/pageStart`,
            to: `/report/contents/${index}/pages`,
          });
        }
      });
  },
};

/** Converts report data from the version it declares to `toVersion`, one step at a time. */
export function migrateReport(
  input: unknown,
  toVersion: SchemaVersion = SCHEMA_VERSIONS.at(-1)!,
): MigrationResult {
  const changes: MigrationResult["changes"] = [];
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
