import { wildcardPointer, type Issue } from "@communs/i18n";

/** Where a value came from when the report was read from a spreadsheet. */
export interface CellLocation {
  sheet: string;
  /** 1-based row number, as spreadsheet programs show it. */
  row: number;
  /** Column letter, as spreadsheet programs show it (A, B, …, AA). */
  column: string;
  header?: string;
}

export type IssueCode =
  | "invalid-json"
  | "required"
  | "invalid-type"
  | "invalid-value"
  | "invalid-format"
  | "too-small"
  | "too-big"
  | "unknown-field"
  | "unsupported-version"
  | "outdated-version"
  | "shares-sum"
  | "date-order"
  | "page-order"
  | "count-mismatch"
  | "member-total-mismatch"
  | "category-count-mismatch"
  | "duplicate-id"
  | "unknown-reference"
  | "unknown-pointer"
  | "missing-recommended"
  | "unknown-code"
  | "deprecated-field"
  | "unknown-sheet"
  | "unknown-column"
  | "unknown-parent"
  | "invalid-cell"
  | "unreadable-xlsx";

export type IssueParams = Record<string, string | number | boolean | readonly string[]>;

/** The kit's `Issue` (from `@communs/i18n`), with its severity and parameters always given. */
export interface ReportIssue extends Issue<IssueCode, IssueParams> {
  /** JSON pointer (RFC 6901) of the value concerned; "" is the whole document. */
  pointer: string;
  code: IssueCode;
  severity: "error" | "warning";
  params: IssueParams;
  /** Spreadsheet cell, when the report was read with `fromSheets`. */
  cell?: CellLocation;
}

export interface IssueGroup {
  code: IssueCode;
  severity: "error" | "warning";
  /** The pointer with array indexes replaced by `*`: `/programmes/* /sites/* /status`. */
  path: string;
  count: number;
  issues: ReportIssue[];
}

/** Groups identical issues (same code, severity and path once indexes are blurred) and counts them. */
export function groupIssues(issues: readonly ReportIssue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const path = wildcardPointer(issue.pointer);
    const key = `${issue.severity}\u0000${issue.code}\u0000${path}`;
    let group = groups.get(key);
    if (!group) {
      group = { code: issue.code, severity: issue.severity, path, count: 0, issues: [] };
      groups.set(key, group);
    }
    group.count += 1;
    group.issues.push(issue);
  }
  return [...groups.values()];
}

// RFC 6901 helpers come from the kit; re-exported so existing imports keep working.
export { escapePointerToken, toPointer } from "@communs/i18n";
