import { useEffect, useState } from "react";
import { parseReportJson, type ReportIssue } from "@communs/report-schema/zod-free";
import { ActivityReport, IssueList } from "@communs/report-react";
import componentCss from "@communs/report-react/styles.css";
import tokenCss from "@communs/theme/tokens.css";
import { httpUrl, type Locale } from "./base/attributes";
import { CommunsElement, defineElement, type RenderContext } from "./base/element";
import { describeFetchProblem, fetchJson } from "./base/fetch-json";
import { composeElementCss } from "./base/styles";
import { issuesChunk, validateReport } from "./validate-report";

const specs = {
  src: httpUrl("https://intranet.example.fr/rapports/2025.json"),
};

/** What `communs-report-load` carries. */
export interface ReportLoadEventDetail {
  ok: boolean;
  /** Where the report came from: the `src` URL, or "inline". */
  source: string;
  errors: number;
  warnings: number;
}

type Checked = { ok: boolean; report?: unknown; issues: ReportIssue[]; warnings: ReportIssue[] };
type Loaded =
  | { status: "loading" }
  | { status: "checked"; checked: Checked }
  | { status: "failed"; error: unknown; url: string }
  | { status: "empty" };

const words = {
  fr: {
    loading: "Chargement du rapport…",
    empty:
      'Aucun rapport à afficher : donnez son adresse dans l’attribut src, ou placez son JSON dans un élément <script type="application/json"> à l’intérieur.',
    print: "Imprimer le rapport",
  },
  en: {
    loading: "Loading the report…",
    empty:
      'No report to show: give its address in the src attribute, or put its JSON in a <script type="application/json"> element inside.',
    print: "Print the report",
  },
};

function ReportView(props: {
  src: string | null;
  inline: string | null;
  locale: Locale;
  onLoad: (checked: Checked, source: string) => void;
}) {
  const { src, inline, locale, onLoad } = props;
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });
  useEffect(() => {
    const report = (checked: Checked, source: string) => {
      setLoaded({ status: "checked", checked });
      onLoad(checked, source);
    };
    const controller = new AbortController();
    const fail = (error: unknown, url: string) => {
      if (!controller.signal.aborted) setLoaded({ status: "failed", error, url });
    };
    // The file that words structural errors may fail to load: said like a failed fetch.
    const check = (input: unknown, source: string) =>
      validateReport(input).then(
        (checked) => {
          if (!controller.signal.aborted) report(checked, source);
        },
        (error: unknown) => fail(error, issuesChunk),
      );
    if (!src) {
      if (inline === null) {
        setLoaded({ status: "empty" });
        return;
      }
      const parsed = parseReportJson(inline);
      if (!parsed.ok) report({ ok: false, issues: [parsed.issue], warnings: [] }, "inline");
      else void check(parsed.value, "inline");
      return () => controller.abort();
    }
    setLoaded({ status: "loading" });
    fetchJson(src, controller.signal).then(
      (input) => check(input, src),
      (error: unknown) => fail(error, src),
    );
    return () => controller.abort();
    // onLoad is a new function on every render, and a new language needs no new reading.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [src, inline]);

  const text = words[locale];
  if (loaded.status === "loading")
    return (
      <p role="status" className="communs-element__status">
        {text.loading}
      </p>
    );
  if (loaded.status === "empty" || loaded.status === "failed")
    return (
      <p role="alert" className="communs-element__problems">
        {loaded.status === "empty"
          ? text.empty
          : describeFetchProblem(loaded.error, loaded.url, locale)}
      </p>
    );
  const { checked } = loaded;
  if (!checked.ok || !checked.report)
    return (
      <IssueList
        issues={checked.issues}
        warnings={checked.warnings}
        locale={locale}
        headingLevel={2}
      />
    );
  return (
    <>
      <p className="communs-element__no-print">
        <button type="button" className="communs-element__button" onClick={() => window.print()}>
          {text.print}
        </button>
      </p>
      <ActivityReport report={checked.report as never} locale={locale} />
    </>
  );
}

/**
 * `<communs-report src="…">` or `<communs-report><script type="application/json">…</script>`:
 * a validated activity report, printable. Emits `communs-report-load`.
 */
export class CommunsReportElement extends CommunsElement<typeof specs> {
  static observedAttributes = ["lang", "theme", ...Object.keys(specs)];
  protected readonly tag = "communs-report";
  protected readonly specs = specs;
  protected readonly css = composeElementCss(tokenCss, componentCss);
  // Inline JSON may arrive after the element is defined (a classic script in <head>).
  #children = new MutationObserver(() => this.update());

  override connectedCallback() {
    this.#children.observe(this, { childList: true, subtree: true, characterData: true });
    super.connectedCallback();
  }

  override disconnectedCallback() {
    this.#children.disconnect();
    super.disconnectedCallback();
  }

  protected view({ values, locale }: RenderContext<typeof specs>) {
    // Data, not script: a JSON block is never run, so no CSP directive concerns it.
    const inline =
      this.querySelector(':scope > script[type="application/json"]')?.textContent ?? null;
    return (
      <ReportView
        src={values.src}
        inline={inline}
        locale={locale}
        onLoad={(checked, source) =>
          this.emit<ReportLoadEventDetail>("communs-report-load", {
            ok: checked.ok,
            source,
            errors: checked.issues.length,
            warnings: checked.warnings.length,
          })
        }
      />
    );
  }
}

defineElement("communs-report", CommunsReportElement);
