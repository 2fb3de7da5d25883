import { useId, useState } from "react";
import { formatMessage, type Message, type ParamValue } from "@communs/i18n";
import { groupIssues, type ReportIssue } from "@communs/report-schema/zod-free";
import { ActivityReport, IssueList } from "@communs/report-react";
import componentCss from "@communs/report-react/styles.css";
import tokenCss from "@communs/theme/tokens.css";
import { flag, type Locale } from "./base/attributes";
import { CommunsElement, defineElement, download, type RenderContext } from "./base/element";
import { composeElementCss } from "./base/styles";
import {
  checkFiles,
  formatOf,
  loadSheets,
  type CheckOutcome,
  type FileFormat,
} from "./checker/check";
import { checkerMessagesEn, checkerMessagesFr, type CheckerMessages } from "./checker/messages";

const specs = {
  preview: flag(true),
};

/** What `communs-check` carries (never the file's content: the page gets counts and places). */
export interface CheckEventDetail {
  fileNames: string[];
  format: FileFormat;
  ok: boolean;
  errors: number;
  warnings: number;
  /** The issues grouped as on screen: code, severity, path (indexes as `*`), count. */
  groups: { code: string; severity: "error" | "warning"; path: string; count: number }[];
}

type State =
  | { status: "idle" }
  | { status: "reading"; file: string }
  | { status: "done"; file: string; outcome: CheckOutcome }
  | { status: "failed"; message: string };

const messagesOf = (locale: Locale): CheckerMessages =>
  locale === "en" ? checkerMessagesEn : checkerMessagesFr;
const baseName = (names: string[]) =>
  (names[0] ?? "rapport").replace(/\.(json|csv|xlsx)$/i, "").replace(/[^\w.-]+/g, "-") || "rapport";

function Checker(props: {
  locale: Locale;
  preview: boolean;
  onChecked: (names: string[], outcome: CheckOutcome) => void;
}) {
  const { locale } = props;
  const text = messagesOf(locale);
  const fill = (message: Message, params: Record<string, ParamValue>) =>
    formatMessage(message, params, locale);
  const id = useId();
  const [state, setState] = useState<State>({ status: "idle" });
  const [names, setNames] = useState<string[]>([]);
  const [csvLinks, setCsvLinks] = useState<{ fileName: string; url: string }[]>([]);
  const [dragging, setDragging] = useState(false);

  const read = async (files: File[]) => {
    if (files.length === 0) return;
    const label = files.map((file) => file.name).join(", ");
    const formats = new Set(files.map((file) => formatOf(file.name)));
    csvLinks.forEach((link) => URL.revokeObjectURL(link.url));
    setCsvLinks([]);
    if (formats.has(null)) {
      const unknown = files.find((file) => formatOf(file.name) === null)!;
      setState({ status: "failed", message: fill(text.unknownType, { file: unknown.name }) });
      return;
    }
    if (formats.size > 1 || (files.length > 1 && !formats.has("csv"))) {
      setState({ status: "failed", message: text.mixed });
      return;
    }
    setState({ status: "reading", file: label });
    try {
      const outcome = await checkFiles(files);
      const fileNames = files.map((file) => file.name);
      setNames(fileNames);
      setState({ status: "done", file: label, outcome });
      props.onChecked(fileNames, outcome);
    } catch (error) {
      const reason =
        error instanceof Error && error.message.startsWith("no-script-url")
          ? text.noScriptUrl
          : error instanceof Error
            ? error.message
            : String(error);
      setState({ status: "failed", message: fill(text.unreadable, { file: label, reason }) });
    }
  };

  const convert = async (to: FileFormat, outcome: CheckOutcome) => {
    const name = baseName(names);
    if (to === "json") {
      download(`${name}.json`, `${JSON.stringify(outcome.data, null, 2)}\n`, "application/json");
      return;
    }
    const sheets = await loadSheets();
    const tables = sheets.toSheets(outcome.data as Record<string, unknown>, { locale });
    if (to === "xlsx") {
      download(
        `${name}.xlsx`,
        (await sheets.sheetsToXlsx(tables)) as Uint8Array<ArrayBuffer>,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      );
      return;
    }
    // One CSV per table: links the person follows one by one (browsers stop a burst of downloads).
    setCsvLinks(
      sheets.sheetsToCsv(tables).map((file) => ({
        fileName: `${name}-${file.fileName}`,
        url: URL.createObjectURL(new Blob([file.content], { type: "text/csv" })),
      })),
    );
  };

  const status =
    state.status === "reading"
      ? fill(text.reading, { file: state.file })
      : state.status === "done"
        ? state.outcome.ok
          ? fill(text.valid, { file: state.file })
          : fill(text.invalid, {
              file: state.file,
              errors: fill(text.errors, { count: state.outcome.issues.length }),
            })
        : state.status === "failed"
          ? state.message
          : "";

  return (
    <section className="communs-report-checker" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{text.title}</h2>
      <p id={`${id}-help`}>{text.help}</p>
      <div
        className="communs-element__drop"
        data-dragging={dragging ? "true" : undefined}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void read([...(event.dataTransfer?.files ?? [])]);
        }}
      >
        <label htmlFor={`${id}-file`} className="communs-report-checker__label">
          {text.label}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          multiple
          accept=".json,.csv,.xlsx,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`${id}-help`}
          className="communs-report-checker__input"
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            void read([...(input.files ?? [])]);
            input.value = "";
          }}
        />
        <p aria-hidden="true" className="communs-element__drop-hint">
          {text.drop}
        </p>
      </div>
      <p
        role="status"
        aria-live="polite"
        className="communs-report-checker__status"
        data-state={
          state.status === "done" ? (state.outcome.ok ? "valid" : "invalid") : state.status
        }
      >
        {status}
      </p>
      {state.status === "done" ? (
        <>
          <IssueList
            issues={state.outcome.issues}
            warnings={state.outcome.warnings}
            locale={locale}
            headingLevel={3}
          />
          {state.outcome.data !== null && typeof state.outcome.data === "object" ? (
            <section aria-labelledby={`${id}-convert`} className="communs-element__no-print">
              <h3 id={`${id}-convert`}>{text.convert}</h3>
              <p>{text.convertHelp}</p>
              <p className="communs-element__actions">
                {(["json", "xlsx", "csv"] as const).map((to) => (
                  <button
                    key={to}
                    type="button"
                    className="communs-element__button"
                    onClick={() =>
                      void convert(to, state.outcome).catch((error: unknown) =>
                        setState({
                          status: "failed",
                          message: fill(text.unreadable, {
                            file: state.file,
                            reason: error instanceof Error ? error.message : String(error),
                          }),
                        }),
                      )
                    }
                  >
                    {to === "json" ? text.toJson : to === "xlsx" ? text.toXlsx : text.toCsv}
                  </button>
                ))}
              </p>
              {csvLinks.length > 0 ? (
                <>
                  <p>{text.csvFiles}</p>
                  <ul>
                    {csvLinks.map((link) => (
                      <li key={link.fileName}>
                        <a href={link.url} download={link.fileName}>
                          {link.fileName}
                        </a>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </section>
          ) : null}
          {state.outcome.ok && state.outcome.report && props.preview ? (
            <section aria-label={text.preview} className="communs-report-checker__preview">
              <ActivityReport report={state.outcome.report as never} locale={locale} />
            </section>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

const summary = (issues: readonly ReportIssue[]) =>
  groupIssues(issues).map(({ code, severity, path, count }) => ({ code, severity, path, count }));

/**
 * `<communs-report-checker>`: a person drops or picks a report (JSON, CSV or XLSX); it is
 * checked in the browser, issues grouped and counted with where to fix them, converted and
 * previewed. Emits `communs-check`.
 */
export class CommunsReportCheckerElement extends CommunsElement<typeof specs> {
  static observedAttributes = ["lang", "theme", ...Object.keys(specs)];
  protected readonly tag = "communs-report-checker";
  protected readonly specs = specs;
  protected readonly css = composeElementCss(
    tokenCss,
    `${componentCss}
.communs-element__drop{border:2px dashed var(--communs-color-border,#8a8a8a);border-radius:8px;padding:1rem}
.communs-element__drop[data-dragging]{border-color:var(--communs-color-focus,#0a76f6)}
.communs-element__actions{display:flex;flex-wrap:wrap;gap:.5rem}`,
  );

  protected view({ values, locale }: RenderContext<typeof specs>) {
    return (
      <Checker
        locale={locale}
        preview={values.preview}
        onChecked={(fileNames, outcome) =>
          this.emit<CheckEventDetail>("communs-check", {
            fileNames,
            format: outcome.format,
            ok: outcome.ok,
            errors: outcome.issues.length,
            warnings: outcome.warnings.length,
            groups: [...summary(outcome.issues), ...summary(outcome.warnings)],
          })
        }
      />
    );
  }
}

defineElement("communs-report-checker", CommunsReportCheckerElement);
