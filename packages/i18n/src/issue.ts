import { wildcardPointer } from "./pointer";

export type IssueSeverity = "error" | "warning";

/**
 * The one shape of a problem found in data, in every Communs package: a stable `code` that a UI
 * or CLI turns into a sentence in the reader's language, the JSON `pointer` (RFC 6901) of the
 * value concerned ("" is the whole document), the `params` the sentence needs, and a
 * `severity` (an error when absent).
 */
export interface Issue<
  Code extends string = string,
  Params extends Record<string, unknown> = Record<string, unknown>,
> {
  code: Code;
  pointer: string;
  params?: Params;
  severity?: IssueSeverity;
}

export const severityOf = (issue: Pick<Issue, "severity">): IssueSeverity =>
  issue.severity ?? "error";

/** True when at least one issue is an error (warnings alone do not make data invalid). */
export const hasErrors = (issues: readonly Pick<Issue, "severity">[]): boolean =>
  issues.some((issue) => severityOf(issue) === "error");

export interface IssueCount {
  errors: number;
  warnings: number;
  total: number;
}

export function countIssues(issues: readonly Pick<Issue, "severity">[]): IssueCount {
  let errors = 0;
  for (const issue of issues) if (severityOf(issue) === "error") errors += 1;
  return { errors, warnings: issues.length - errors, total: issues.length };
}

export interface IssueGroup<I extends Issue = Issue> {
  code: I["code"];
  severity: IssueSeverity;
  /** The pointer with array indexes as `*`, shared by the group: `/programmes/*` + `/status`. */
  pattern: string;
  count: number;
  issues: I[];
}

/**
 * Groups issues that say the same thing at the same place once array indexes are blurred
 * (a hundred rows with the same missing column make one group of 100), in first-seen order.
 */
export function groupIssues<I extends Issue>(issues: readonly I[]): IssueGroup<I>[] {
  const groups = new Map<string, IssueGroup<I>>();
  for (const issue of issues) {
    const severity = severityOf(issue);
    const pattern = wildcardPointer(issue.pointer);
    const key = `${severity}\u0000${issue.code}\u0000${pattern}`;
    let group = groups.get(key);
    if (!group) {
      group = { code: issue.code, severity, pattern, count: 0, issues: [] };
      groups.set(key, group);
    }
    group.count += 1;
    group.issues.push(issue);
  }
  return [...groups.values()];
}

/** Issues in document order (by pointer, then code), errors before warnings at the same place. */
export function sortIssues<I extends Issue>(issues: readonly I[]): I[] {
  return [...issues].sort(
    (a, b) =>
      comparePointers(a.pointer, b.pointer) ||
      (severityOf(a) === severityOf(b) ? 0 : severityOf(a) === "error" ? -1 : 1) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

// Token by token, numeric tokens by value, so that "/a/10" comes after "/a/9".
function comparePointers(a: string, b: string): number {
  const left = a.split("/");
  const right = b.split("/");
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    const x = left[index]!;
    const y = right[index]!;
    if (x === y) continue;
    if (/^\d+$/.test(x) && /^\d+$/.test(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}
