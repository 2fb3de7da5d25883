import { resolvePointer, unescapePointerToken } from "@communs/i18n";
import { codelists, type CodelistName } from "./codelists";
import type { IssueCode, IssueParams, ReportIssue } from "./issues";
import { structureKnowsPointer } from "./structure";
import { deprecatedFields } from "./versions";

/** Whether the schema has a place for this pointer (array indexes step into items), present or not. */
export function schemaKnowsPointer(pointer: string): boolean {
  return (
    pointer === "" || structureKnowsPointer(pointer.slice(1).split("/").map(unescapePointerToken))
  );
}

type Plain = Record<string, unknown>;
const isObject = (value: unknown): value is Plain =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const arrayAt = (value: unknown, key: string): unknown[] =>
  isObject(value) && Array.isArray(value[key]) ? value[key] : [];
const numberAt = (value: unknown, key: string): number | undefined =>
  isObject(value) && typeof value[key] === "number" ? value[key] : undefined;
const stringAt = (value: unknown, key: string): string | undefined =>
  isObject(value) && typeof value[key] === "string" ? value[key] : undefined;

/** Compares two ISO dates of any precision on their common prefix (2018-10 vs 2018-10-05 → equal). */
function dateAfter(start: string, end: string): boolean {
  const length = Math.min(start.length, end.length);
  return start.slice(0, length) > end.slice(0, length);
}

/**
 * Rules that a JSON Schema cannot say: sums, orders, counts against lists, unique ids,
 * references, open codelists and deprecations. Written defensively: they run on any input,
 * so a file with schema errors still gets every cross-field finding.
 */
export function checkCrossFieldRules(input: unknown): ReportIssue[] {
  const issues: ReportIssue[] = [];
  const add = (
    pointer: string,
    code: IssueCode,
    severity: "error" | "warning",
    params: IssueParams,
  ) => issues.push({ pointer, code, severity, params });
  if (!isObject(input)) return issues;

  const ids = new Map<string, string>();
  const claimId = (value: unknown, pointer: string) => {
    const id = stringAt(value, "id");
    if (id === undefined) return;
    const first = ids.get(id);
    if (first !== undefined) add(`${pointer}/id`, "duplicate-id", "error", { id, first });
    else ids.set(`${id}`, `${pointer}/id`);
  };
  const checkOrder = (value: unknown, pointer: string, startKey: string, endKey: string) => {
    const start = isObject(value) ? value[startKey] : undefined;
    const end = isObject(value) ? value[endKey] : undefined;
    const late =
      typeof start === "number" && typeof end === "number"
        ? start > end
        : typeof start === "string" && typeof end === "string" && dateAfter(start, end);
    if (late)
      add(`${pointer}/${endKey}`, "date-order", "error", {
        start: String(start),
        end: String(end),
        startField: startKey,
        endField: endKey,
      });
  };
  const checkCode = (value: unknown, pointer: string, key: string, list: CodelistName) => {
    const code = stringAt(value, key);
    if (code !== undefined && !codelists[list].closed && !(code in codelists[list].codes))
      add(`${pointer}/${key}`, "unknown-code", "warning", { code, codelist: list });
  };

  claimId(input.organisation, "/organisation");
  checkCode(input.organisation, "/organisation", "kind", "organisationKind");
  if (input.license === undefined)
    add("/license", "missing-recommended", "warning", { field: "license" });
  if (arrayAt(input, "sources").length === 0)
    add("/sources", "missing-recommended", "warning", { field: "sources" });
  const report = input.report;
  checkOrder(report, "/report", "periodStart", "periodEnd");
  arrayAt(report, "credits").forEach((credit, index) =>
    checkCode(credit, `/report/credits/${index}`, "role", "creditRole"),
  );
  let previousEnd = 0;
  arrayAt(report, "contents").forEach((section, index) => {
    const pointer = `/report/contents/${index}`;
    checkOrder(section, pointer, "pageStart", "pageEnd");
    const start = numberAt(section, "pageStart");
    if (start !== undefined && start <= previousEnd)
      add(`${pointer}/pageStart`, "page-order", "warning", { page: start, previous: previousEnd });
    previousEnd = numberAt(section, "pageEnd") ?? start ?? previousEnd;
  });

  arrayAt(input, "keyFigures").forEach((figure, index) => {
    const pointer = `/keyFigures/${index}`;
    claimId(figure, pointer);
    checkOrder(figure, pointer, "periodStart", "periodEnd");
    checkOrder(figure, pointer, "value", "valueMax");
    checkCode(figure, pointer, "indicator", "indicator");
  });
  arrayAt(input, "caseStudies").forEach((study, index) => claimId(study, `/caseStudies/${index}`));

  const checkEvent = (event: unknown, pointer: string) => {
    claimId(event, pointer);
    checkOrder(event, pointer, "startDate", "endDate");
  };
  arrayAt(input, "programmes").forEach((programme, index) => {
    const pointer = `/programmes/${index}`;
    claimId(programme, pointer);
    checkOrder(programme, pointer, "startYear", "endYear");
    const funders = arrayAt(programme, "coFunders");
    const shares = funders.map((funder) => numberAt(funder, "sharePercent"));
    if (funders.length > 0 && shares.every((share) => share !== undefined)) {
      const sum =
        Math.round(shares.reduce<number>((total, share) => total + (share ?? 0), 0) * 1000) / 1000;
      if (Math.abs(sum - 100) > 0.001) add(`${pointer}/coFunders`, "shares-sum", "error", { sum });
    }
    arrayAt(programme, "sites").forEach((site, siteIndex) => {
      const sitePointer = `${pointer}/sites/${siteIndex}`;
      claimId(site, sitePointer);
      checkOrder(site, sitePointer, "startDate", "endDate");
    });
    arrayAt(programme, "events").forEach((event, eventIndex) =>
      checkEvent(event, `${pointer}/events/${eventIndex}`),
    );
  });
  arrayAt(input, "events").forEach((event, index) => checkEvent(event, `/events/${index}`));

  arrayAt(input, "activities").forEach((activity, index) => {
    const pointer = `/activities/${index}`;
    claimId(activity, pointer);
    checkCode(activity, pointer, "type", "activityType");
    const count = numberAt(activity, "count");
    const entries = arrayAt(activity, "entries").length;
    const complete = !isObject(activity) || activity.entriesComplete !== false;
    const qualifier = stringAt(activity, "qualifier");
    const approximate = qualifier !== undefined && qualifier !== "exact";
    if (count !== undefined && entries > 0) {
      const mismatch =
        complete && !approximate ? count !== entries : entries > count && qualifier !== "more-than";
      if (mismatch)
        add(`${pointer}/count`, "count-mismatch", "warning", { count, itemised: entries });
    }
  });

  const members = input.members;
  if (isObject(members)) {
    const categories = arrayAt(members, "categories");
    const declared = numberAt(members, "institutionalDeclared");
    const sum = categories.reduce<number>(
      (total, category) => total + (numberAt(category, "declaredCount") ?? 0),
      0,
    );
    if (declared !== undefined && categories.length > 0 && declared !== sum)
      add("/members/institutionalDeclared", "member-total-mismatch", "warning", { declared, sum });
    categories.forEach((category, index) => {
      const count = numberAt(category, "declaredCount");
      const listed = arrayAt(category, "members").length;
      if (count !== undefined && listed > 0 && count !== listed)
        add(`/members/categories/${index}/declaredCount`, "category-count-mismatch", "warning", {
          declared: count,
          listed,
        });
    });
    const individuals = numberAt(members, "individualDeclared");
    const listed = arrayAt(members, "individuals").length;
    if (individuals !== undefined && listed > 0 && individuals !== listed)
      add("/members/individualDeclared", "category-count-mismatch", "warning", {
        declared: individuals,
        listed,
      });
  }

  arrayAt(input, "partners").forEach((partner, index) =>
    checkCode(partner, `/partners/${index}`, "kind", "partnerKind"),
  );
  arrayAt(input, "timeline").forEach((period, index) =>
    checkOrder(period, `/timeline/${index}`, "startYear", "endYear"),
  );
  arrayAt(input, "planned").forEach((item, index) => claimId(item, `/planned/${index}`));
  arrayAt(input, "notes").forEach((note, index) => claimId(note, `/notes/${index}`));

  // Key figures and case studies may name the programme they belong to.
  const programmeIds = new Set(
    arrayAt(input, "programmes").map((programme) => stringAt(programme, "id")),
  );
  for (const list of ["keyFigures", "caseStudies"])
    arrayAt(input, list).forEach((item, index) => {
      const programmeId = stringAt(item, "programmeId");
      if (programmeId !== undefined && !programmeIds.has(programmeId))
        add(`/${list}/${index}/programmeId`, "unknown-reference", "error", { id: programmeId });
    });

  // A `missing-data` note exists to point at what the source does not give: its pointers may
  // name absent fields, as long as the schema has a place for them.
  arrayAt(input, "notes").forEach((note, index) => {
    const missingData = stringAt(note, "kind") === "missing-data";
    arrayAt(note, "pointers").forEach((pointer, pointerIndex) => {
      if (typeof pointer !== "string" || resolvePointer(input, pointer).found) return;
      if (missingData && schemaKnowsPointer(pointer)) return;
      add(`/notes/${index}/pointers/${pointerIndex}`, "unknown-pointer", "warning", {
        pointer,
        missingData,
      });
    });
  });

  for (const field of deprecatedFields) {
    const [, parent, key] = field.pointer.split("/");
    if (isObject(input[parent!]) && (input[parent!] as Plain)[key!] !== undefined)
      add(field.pointer, "deprecated-field", "warning", {
        replacement: field.replacement,
        since: field.since,
      });
  }
  return issues;
}
