import { validateReportJson, type ReportIssue, type Report } from "@communs/report-schema";
import { useId, useState, type ChangeEvent } from "react";
import { ActivityReport } from "./activity-report";
import { Heading } from "./heading";
import { useReportText, type ReportTextProps } from "./i18n/use-report-text";
import { IssueList } from "./issue-list";

export interface CheckResult {
  ok: boolean;
  report?: Report;
  issues: ReportIssue[];
  warnings: ReportIssue[];
}

/**
 * Checks a file chosen by the user: JSON in the core, XLSX through the `sheets` entry, loaded on
 * demand. An XLSX file that cannot be read gives its `unreadable-xlsx` issue.
 */
export async function checkReportFile(file: Blob & { name: string }): Promise<CheckResult> {
  if (/\.xlsx$/i.test(file.name)) {
    const [{ fromSheets }, { xlsxToSheets, XlsxReadError }] = await Promise.all([
      import("@communs/report-schema/sheets"),
      import("@communs/report-schema/xlsx"),
    ]);
    try {
      return fromSheets(await xlsxToSheets(await file.arrayBuffer()));
    } catch (error) {
      // A file that is not a readable workbook is one issue, worded like the others.
      if (error instanceof XlsxReadError) return { ok: false, issues: [error.issue], warnings: [] };
      throw error;
    }
  }
  return validateReportJson(await file.text());
}

export interface ReportCheckerProps extends ReportTextProps {
  /** Show the report under the result when the file is valid (true by default). */
  preview?: boolean;
  /** Replaces how a file is checked (tests, or a server-side check). */
  check?: (file: File) => Promise<CheckResult>;
}

type State =
  | { status: "idle" }
  | { status: "reading"; file: string }
  | { status: "done"; file: string; result: CheckResult }
  | { status: "failed"; file: string; reason: string };

/** "Check your file": a person picks a JSON or XLSX report and sees every issue, in their language. */
export function ReportChecker({
  locale = "fr",
  messages,
  headingLevel = 2,
  preview = true,
  check = checkReportFile,
}: ReportCheckerProps) {
  const text = useReportText(locale, messages);
  const id = useId();
  const [state, setState] = useState<State>({ status: "idle" });

  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    if (!file) return;
    setState({ status: "reading", file: file.name });
    try {
      setState({ status: "done", file: file.name, result: await check(file) });
    } catch (error) {
      setState({
        status: "failed",
        file: file.name,
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  };

  const status =
    state.status === "reading"
      ? text.format(text.messages.checkerReading, { file: state.file })
      : state.status === "done"
        ? text.format(state.result.ok ? text.messages.checkerValid : text.messages.checkerInvalid, {
            file: state.file,
          })
        : state.status === "failed"
          ? text.format(text.messages.checkerUnreadable, { file: state.file, reason: state.reason })
          : "";

  return (
    <section className="communs-report-checker" aria-labelledby={`${id}-title`} lang={locale}>
      <Heading level={headingLevel} id={`${id}-title`}>
        {text.messages.checkerTitle}
      </Heading>
      <p id={`${id}-help`}>{text.messages.checkerHelp}</p>
      <label htmlFor={`${id}-file`} className="communs-report-checker__label">
        {text.messages.checkerLabel}
      </label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby={`${id}-help`}
        onChange={onChange}
        className="communs-report-checker__input"
      />
      <p
        role="status"
        aria-live="polite"
        className="communs-report-checker__status"
        data-state={
          state.status === "done" ? (state.result.ok ? "valid" : "invalid") : state.status
        }
      >
        {status}
      </p>
      {state.status === "done" ? (
        <IssueList
          issues={state.result.issues}
          warnings={state.result.warnings}
          locale={locale}
          messages={messages}
          headingLevel={(headingLevel + 1) as 3}
        />
      ) : null}
      {state.status === "done" && state.result.ok && state.result.report && preview ? (
        <section aria-label={text.messages.showReport} className="communs-report-checker__preview">
          <ActivityReport report={state.result.report} locale={locale} messages={messages} />
        </section>
      ) : null}
    </section>
  );
}
