import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import {
  checkLimits,
  formatProblem,
  verdicts,
  type ProblemDetails,
} from "@communs/idea-box/client";
import {
  boxKey,
  reportKey,
  type BoxDetailsT,
  type CheckReportT,
  type ReportFormat,
  type ReportFile,
} from "@communs/idea-box/store";
import { useStoreSelector } from "../context";
import { ProblemMessage } from "../problem-message";
import { useQuery } from "../use-query";
import { authorLabel } from "./author";
import { useDemineur } from "./context";

export interface DeminingReportProps {
  checkId: string;
  /**
   * The server's URL: export links then point at it (cookie sessions). Without it (an embed
   * token), the exports are downloaded through the client.
   */
  serverUrl?: string;
  /** Saves an export; by default a file download in the browser. */
  onExport?: (file: ReportFile) => void;
}

function download(file: ReportFile) {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const formats: { format: ReportFormat; label: "exportMarkdown" | "exportCsv" | "exportJson" }[] = [
  { format: "md", label: "exportMarkdown" },
  { format: "csv", label: "exportCsv" },
  { format: "json", label: "exportJson" },
];

/** The lead records the verdict and its reason; focus goes to the verdict once recorded. */
function DecisionForm({ checkId, onDecided }: { checkId: string; onDecided: () => void }) {
  const { demineur, t, texts, announce, locale } = useDemineur();
  const id = useId();
  const sending = useStoreSelector((state) => Boolean(state.pending[`decide:${checkId}`]));
  const [verdict, setVerdict] = useState("");
  const [reason, setReason] = useState("");
  const [mergeWith, setMergeWith] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<ProblemDetails | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const next: Record<string, string> = {};
    if (!verdicts.includes(verdict as never))
      next.verdict = t("chooseOne", { field: t("decisionVerdict") });
    if (reason.trim().length < checkLimits.reason[0])
      next.reason = `${t("decisionReason")} : ${checkLimits.reason[0]}+`;
    if (verdict === "merge" && !mergeWith.trim())
      next.mergeWith = t("chooseOne", { field: t("decisionMergeWith") });
    setErrors(next);
    if (Object.keys(next).length > 0) {
      announce(Object.values(next).join(" "), true);
      return;
    }
    const outcome = await demineur.decide(checkId, {
      verdict: verdict as (typeof verdicts)[number],
      reason: reason.trim(),
      ...(verdict === "merge" ? { mergeWith: mergeWith.trim() } : {}),
    });
    if (outcome.ok) {
      setFailure(null);
      announce(t("decisionRecorded", { verdict: texts.verdict[outcome.value.decision!.verdict] }));
      onDecided();
    } else {
      setFailure(outcome.problem);
      announce(formatProblem(outcome.problem, locale).summary, true);
    }
  };
  return (
    <form
      className="communs-idea-box-moderation communs-demineur-decision-form"
      noValidate
      aria-labelledby={`${id}-h`}
      onSubmit={(event) => void submit(event)}
    >
      <h3 id={`${id}-h`}>{t("decisionTitle")}</h3>
      {failure && <ProblemMessage problem={failure} />}
      <fieldset
        className="communs-idea-box-fieldset"
        aria-describedby={errors.verdict ? `${id}-verdict-error` : undefined}
      >
        <legend>{t("decisionVerdict")}</legend>
        {verdicts.map((value) => (
          <label key={value} className="communs-idea-box-radio">
            <input
              type="radio"
              name={`${id}-verdict`}
              value={value}
              checked={verdict === value}
              onChange={() => setVerdict(value)}
            />{" "}
            {texts.verdict[value]}
          </label>
        ))}
        {errors.verdict && (
          <p className="communs-idea-box-error" id={`${id}-verdict-error`}>
            {errors.verdict}
          </p>
        )}
      </fieldset>
      {verdict === "merge" && (
        <div className="communs-idea-box-field">
          <label htmlFor={`${id}-merge`}>{t("decisionMergeWith")}</label>
          <input
            id={`${id}-merge`}
            value={mergeWith}
            maxLength={checkLimits.mergeWith[1]}
            aria-invalid={errors.mergeWith ? true : undefined}
            aria-describedby={errors.mergeWith ? `${id}-merge-error` : undefined}
            onChange={(event) => setMergeWith(event.target.value)}
          />
          {errors.mergeWith && (
            <p className="communs-idea-box-error" id={`${id}-merge-error`}>
              {errors.mergeWith}
            </p>
          )}
        </div>
      )}
      <div className="communs-idea-box-field">
        <label htmlFor={`${id}-reason`}>{t("decisionReason")}</label>
        <textarea
          id={`${id}-reason`}
          rows={4}
          value={reason}
          maxLength={checkLimits.reason[1]}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? `${id}-reason-error` : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        {errors.reason && (
          <p className="communs-idea-box-error" id={`${id}-reason-error`}>
            {errors.reason}
          </p>
        )}
      </div>
      <button
        type="submit"
        className="communs-idea-box-button communs-idea-box-button--primary"
        aria-disabled={sending || undefined}
      >
        {sending ? t("recording") : t("recordDecision")}
      </button>
    </form>
  );
}

/**
 * The demining report: counts by service and by answer (tables), the existing things found,
 * field realities quoted with the authorship their authors chose, risks grouped, the verdict
 * and its reason; the lead's decision form; print and exports (Markdown, CSV, JSON).
 */
export function DeminingReport({ checkId, serverUrl, onExport = download }: DeminingReportProps) {
  const { store, demineur, t, tp, texts, announce, locale, date } = useDemineur();
  const id = useId();
  const box = useQuery<BoxDetailsT>(boxKey, (force) => store.fetchBox(force));
  const report = useQuery<CheckReportT>(reportKey(checkId, locale), (force) =>
    demineur.fetchReport(checkId, locale, force),
  );
  const verdictRef = useRef<HTMLHeadingElement>(null);
  const [decided, setDecided] = useState(false);
  useEffect(() => {
    if (decided && report.data?.decision) verdictRef.current?.focus();
  }, [decided, report.data?.decision]);

  if (!report.data)
    return report.error ? (
      <ProblemMessage problem={report.error} onRetry={report.refetch} />
    ) : (
      <p className="communs-idea-box-muted">{t("loading")}</p>
    );
  const data = report.data;
  const { check, decision } = data;
  const serviceLabel = (slug: string) =>
    data.byService.find((entry) => entry.service === slug)?.label ??
    box.data?.services?.find((service) => service.slug === slug)?.label ??
    slug;
  // The check's own lead decides, or a moderator or admin of the box (another lead may not).
  const canDecide =
    check.state !== "decided" &&
    (check.mine || box.data?.myRole === "moderator" || box.data?.myRole === "admin");
  const quotes = (items: CheckReportT["groundToday"]) => (
    <ul className="communs-demineur-quotes">
      {items.map((quote) => (
        <li key={quote.answerId + quote.text}>
          <blockquote>{quote.text}</blockquote>
          <p className="communs-idea-box-muted">— {authorLabel(quote, t, serviceLabel)}</p>
        </li>
      ))}
    </ul>
  );
  const exportFile = async (format: ReportFormat) => {
    const outcome = await demineur.exportReport(checkId, format, locale);
    if (outcome.ok) onExport(outcome.value);
    else announce(formatProblem(outcome.problem, locale).summary, true);
  };
  const exportPath = (extension: string) =>
    `${serverUrl}/boxes/${encodeURIComponent(store.box)}/checks/${checkId}/report.${extension}?locale=${locale}`;
  const byAnswer = [
    ...data.existsAlready.map((row) => ({ question: t("existsAlready"), ...row })),
    ...data.wouldUse.map((row) => ({ question: t("wouldUse"), ...row })),
    ...data.frequency.map((row) => ({ question: t("frequency"), ...row })),
  ];

  return (
    <article className="communs-demineur-report" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="communs-idea-box-heading">
        {t("reportTitle")}
      </h2>
      <p>
        <strong>{t("reportFor", { title: check.title })}</strong> · {texts.state[check.state]} ·{" "}
        {tp("answerCount", data.answerCount)}
      </p>
      <div className="communs-demineur-actions">
        <button type="button" className="communs-idea-box-button" onClick={() => window.print()}>
          {t("print")}
        </button>
        <nav aria-label={t("exports")}>
          <ul>
            {formats.map(({ format, label }) => (
              <li key={format}>
                {serverUrl ? (
                  <a
                    href={exportPath(format)}
                    download
                    aria-label={t("exportLabel", { format: t(label) })}
                  >
                    {t(label)}
                  </a>
                ) : (
                  <button
                    type="button"
                    className="communs-idea-box-link"
                    aria-label={t("exportLabel", { format: t(label) })}
                    onClick={() => void exportFile(format)}
                  >
                    {t(label)}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </nav>
      </div>

      <section aria-labelledby={`${id}-verdict`}>
        <h3 id={`${id}-verdict`} ref={verdictRef} tabIndex={-1}>
          {t("verdictTitle")}
        </h3>
        {decision ? (
          <div className="communs-demineur-verdict" data-verdict={decision.verdict}>
            <p>
              <strong>{texts.verdict[decision.verdict]}</strong> ·{" "}
              {t("decidedOn", { date: date(decision.decidedAt) })}
            </p>
            <p className="communs-idea-box-text">
              {t("verdictReason", { reason: decision.reason })}
            </p>
            {decision.mergeWith && (
              <p>
                {t("mergeWith", { target: "" })}
                {/^https?:\/\//.test(decision.mergeWith) ? (
                  <a href={decision.mergeWith}>{decision.mergeWith}</a>
                ) : (
                  decision.mergeWith
                )}
              </p>
            )}
          </div>
        ) : (
          <p>{t("noVerdict", { date: date(`${check.decisionDate}T12:00:00Z`) })}</p>
        )}
        {canDecide && (
          <DecisionForm
            checkId={checkId}
            onDecided={() => {
              setDecided(true);
              report.refetch();
            }}
          />
        )}
      </section>

      <div className="communs-demineur-tables">
        <table>
          <caption>{t("byService")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("serviceColumn")}</th>
              <th scope="col">{t("answersColumn")}</th>
            </tr>
          </thead>
          <tbody>
            {data.byService.map((row) => (
              <tr key={row.service ?? ""}>
                <th scope="row">{row.service ? row.label : t("noService")}</th>
                <td data-numeric="">{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>{t("byAnswer")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("questionColumn")}</th>
              <th scope="col">{t("answerColumn")}</th>
              <th scope="col">{t("countColumn")}</th>
            </tr>
          </thead>
          <tbody>
            {byAnswer.map((row) => (
              <tr key={row.question + row.label}>
                <td>{row.question}</td>
                <th scope="row">{row.label}</th>
                <td data-numeric="">{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <section aria-labelledby={`${id}-existing`}>
        <h3 id={`${id}-existing`}>{t("existingFound")}</h3>
        {data.existing.length === 0 ? (
          <p className="communs-idea-box-muted">{t("noExisting")}</p>
        ) : (
          quotes(data.existing)
        )}
      </section>
      <section aria-labelledby={`${id}-ground`}>
        <h3 id={`${id}-ground`}>{t("fieldRealities")}</h3>
        {data.groundToday.length === 0 ? (
          <p className="communs-idea-box-muted">{t("noRealities")}</p>
        ) : (
          quotes(data.groundToday)
        )}
      </section>
      <section aria-labelledby={`${id}-risks`}>
        <h3 id={`${id}-risks`}>{t("risksTitle")}</h3>
        {data.risks.length === 0 ? (
          <p className="communs-idea-box-muted">{t("noRisks")}</p>
        ) : (
          data.risks.map((group) => (
            <section key={group.category} aria-labelledby={`${id}-risk-${group.category}`}>
              <h4 id={`${id}-risk-${group.category}`}>
                {texts.risk[group.category]} ({group.items.length})
              </h4>
              {quotes(group.items)}
            </section>
          ))
        )}
      </section>
      {data.questions.length > 0 && (
        <section aria-labelledby={`${id}-questions`}>
          <h3 id={`${id}-questions`}>{t("teamAnswers")}</h3>
          {data.questions.map((question) => (
            <section key={question.questionId} aria-labelledby={`${id}-q-${question.questionId}`}>
              <h4 id={`${id}-q-${question.questionId}`}>{question.text}</h4>
              {question.answers.length === 0 ? (
                <p className="communs-idea-box-muted">{t("noAnswers")}</p>
              ) : (
                quotes(question.answers)
              )}
            </section>
          ))}
        </section>
      )}
    </article>
  );
}
