import {
  formatIssue,
  formatIssueGroupHeading,
  groupIssues,
  type ReportIssue,
} from "@communs/report-schema";
import { Heading } from "./heading";
import { useReportText, type ReportTextProps } from "./i18n/use-report-text";

export interface IssueListProps extends ReportTextProps {
  issues: readonly ReportIssue[];
  warnings?: readonly ReportIssue[];
}

/** Validation issues in sentences, grouped and counted, errors before warnings. */
export function IssueList({
  issues,
  warnings = [],
  locale,
  messages,
  headingLevel = 2,
}: IssueListProps) {
  const text = useReportText(locale, messages);
  const title = text.format(text.messages.issuesTitle, {
    errors: text.plural(text.messages.errorsCount, issues.length),
    warnings: text.plural(text.messages.warningsCount, warnings.length),
  });
  return (
    <section className="communs-report-issues" aria-labelledby="communs-report-issues">
      <Heading level={headingLevel} id="communs-report-issues">
        {issues.length + warnings.length === 0 ? text.messages.noIssues : title}
      </Heading>
      {[
        { key: "error", label: text.messages.errors, list: issues },
        { key: "warning", label: text.messages.warnings, list: warnings },
      ]
        .filter((part) => part.list.length > 0)
        .map((part) => (
          <section key={part.key} aria-labelledby={`communs-report-issues-${part.key}`}>
            <Heading level={headingLevel + 1} id={`communs-report-issues-${part.key}`}>
              {part.label}
            </Heading>
            <ul className="communs-report-issues__list">
              {groupIssues(part.list).map((group) => (
                <li key={`${group.code}-${group.path}`} data-severity={group.severity}>
                  <span className="communs-report-badge" data-severity={group.severity}>
                    {formatIssueGroupHeading(group, text.locale)}
                    {group.count > 1 ? ` × ${group.count}` : ""}
                  </span>
                  <ul>
                    {group.issues.map((issue, index) => (
                      <li key={`${issue.pointer}-${index}`}>{formatIssue(issue, text.locale)}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </section>
  );
}
