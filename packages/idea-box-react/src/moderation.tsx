import { useCallback, useEffect, useId, useState, type FormEvent, type ReactNode } from "react";
import {
  formatProblem,
  type IdeaT,
  type ProblemDetails,
  type ReportT as Report,
} from "@communs/idea-box/client";
import { useIdeaBox } from "./context";
import { ProblemMessage } from "./problem-message";
import type { BoxDetailsT } from "@communs/idea-box/store";

type Statuses = BoxDetailsT["statuses"];

type ModerationResult = { ok: true; said: string } | { ok: false; problem: ProblemDetails };

/**
 * A moderator's form: heading, fields, the server's problem and the button. `onSubmit` returns
 * what to announce, the refusal, or null when it did not send (a check failed first).
 */
function ModerationForm(props: {
  title: string;
  submitLabel: string;
  primary?: boolean;
  onSubmit: () => Promise<ModerationResult | null>;
  children: (id: string) => ReactNode;
}) {
  const { announce, locale } = useIdeaBox();
  const id = useId();
  const [failure, setFailure] = useState<ProblemDetails | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await props.onSubmit();
    if (!result) return;
    if (result.ok) {
      setFailure(null);
      announce(result.said);
    } else {
      setFailure(result.problem);
      announce(formatProblem(result.problem, locale).summary, true);
    }
  };
  return (
    <form
      noValidate
      className="communs-idea-box-form communs-idea-box-moderation"
      onSubmit={(event) => void submit(event)}
      aria-labelledby={`${id}-h`}
    >
      <h3 id={`${id}-h`}>{props.title}</h3>
      {props.children(id)}
      {failure && <ProblemMessage problem={failure} />}
      <button
        type="submit"
        className={`communs-idea-box-button${props.primary ? " communs-idea-box-button--primary" : ""}`}
      >
        {props.submitLabel}
      </button>
    </form>
  );
}

/** A labelled text field of the moderation tools: a textarea when it has `rows`, else an input. */
function TextField(props: {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  required?: boolean;
  error?: string | null;
}) {
  const { id, error } = props;
  const control = {
    id,
    value: props.value,
    "aria-required": props.required || undefined,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
  };
  return (
    <div className="communs-idea-box-field">
      <label htmlFor={id}>{props.label}</label>
      {props.rows ? (
        <textarea
          {...control}
          rows={props.rows}
          onChange={(event) => props.onChange(event.target.value)}
        />
      ) : (
        <input {...control} onChange={(event) => props.onChange(event.target.value)} />
      )}
      {error && (
        <p className="communs-idea-box-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** Moderators: change an idea's status; statuses that require it need a public response. */
export function StatusChangeForm({
  idea,
  statuses,
}: {
  idea: Pick<IdeaT, "id" | "status">;
  statuses: Statuses;
}) {
  const { store, t, announce } = useIdeaBox();
  const [status, setStatus] = useState(idea.status);
  const [response, setResponse] = useState("");
  const [error, setError] = useState<string | null>(null);
  const chosen = statuses.find((entry) => entry.key === status);
  const submit = async (): Promise<ModerationResult | null> => {
    if (chosen?.requiresReason && response.trim().length === 0) {
      setError(t("responseRequired"));
      announce(t("responseRequired"), true);
      return null;
    }
    setError(null);
    const outcome = await store.changeStatus(idea.id, { status, response });
    if (!outcome.ok) return outcome;
    setResponse("");
    return { ok: true, said: t("statusChanged", { status: chosen?.label ?? status }) };
  };
  return (
    <ModerationForm
      title={t("statusChangeTitle")}
      submitLabel={t("changeStatus")}
      primary
      onSubmit={submit}
    >
      {(id) => (
        <>
          <div className="communs-idea-box-field">
            <label htmlFor={`${id}-status`}>{t("newStatus")}</label>
            <select
              id={`${id}-status`}
              value={status}
              onChange={(event) => setStatus(event.target.value)}
            >
              {statuses
                // A retired status stays on the ideas that have it, and is offered to no other.
                .filter((entry) => !entry.retired || entry.key === idea.status)
                .map((entry) => (
                  <option key={entry.key} value={entry.key}>
                    {entry.label}
                  </option>
                ))}
            </select>
          </div>
          <TextField
            id={`${id}-response`}
            label={
              <>
                {t("response")}{" "}
                {!chosen?.requiresReason && (
                  <span className="communs-idea-box-muted">{t("optional")}</span>
                )}
              </>
            }
            rows={3}
            value={response}
            onChange={setResponse}
            required={chosen?.requiresReason}
            error={error}
          />
        </>
      )}
    </ModerationForm>
  );
}

/** Moderators: merge this idea into an original (its id), with a reason. */
export function MergeForm({ idea }: { idea: Pick<IdeaT, "id"> }) {
  const { store, t } = useIdeaBox();
  const [into, setInto] = useState("");
  const [reason, setReason] = useState("");
  const submit = async (): Promise<ModerationResult> => {
    const outcome = await store.mergeIdea(idea.id, { into: into.trim(), reason });
    return outcome.ok ? { ok: true, said: t("merged") } : outcome;
  };
  return (
    <ModerationForm title={t("mergeTitle")} submitLabel={t("merge")} onSubmit={submit}>
      {(id) => (
        <>
          <TextField
            id={`${id}-into`}
            label={t("mergeInto")}
            value={into}
            onChange={setInto}
            required
          />
          <TextField
            id={`${id}-reason`}
            label={t("mergeReason")}
            rows={2}
            value={reason}
            onChange={setReason}
            required
          />
        </>
      )}
    </ModerationForm>
  );
}

/** Moderators: open reports, each with hide / restore / dismiss and a required reason. */
export function ModerationQueue() {
  const { store, t, tp, announce, locale, messages } = useIdeaBox();
  const id = useId();
  const [reports, setReports] = useState<Report[] | null>(null);
  const [failure, setFailure] = useState<ProblemDetails | null>(null);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const load = useCallback(async () => {
    const outcome = await store.run(() =>
      store.client.request("moderationQueue", { params: { box: store.box } }),
    );
    if (outcome.ok) {
      setReports(outcome.value.items);
      setFailure(null);
    } else setFailure(outcome.problem);
  }, [store]);
  useEffect(() => {
    void load();
  }, [load]);
  const act = async (report: Report, action: "hide" | "restore" | "dismiss") => {
    const reason = reasons[report.id] ?? "";
    const params = { box: store.box, id: action === "dismiss" ? report.id : report.targetId };
    const name =
      action === "dismiss"
        ? "dismissReport"
        : report.targetKind === "idea"
          ? action === "hide"
            ? "hideIdea"
            : "restoreIdea"
          : action === "hide"
            ? "hideComment"
            : "restoreComment";
    const outcome = await store.run(() => store.client.request(name, { params, body: { reason } }));
    if (outcome.ok) {
      announce(t("moderationDone"));
      store.invalidate("");
      await load();
    } else
      announce(
        formatProblem(outcome.problem, locale).fields[0]?.message ??
          formatProblem(outcome.problem, locale).summary,
        true,
      );
  };
  return (
    <section className="communs-idea-box-queue" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="communs-idea-box-heading">
        {t("moderationTitle")}
      </h2>
      {failure && <ProblemMessage problem={failure} onRetry={() => void load()} />}
      {reports === null && !failure && <p className="communs-idea-box-muted">{t("loading")}</p>}
      {reports?.length === 0 && <p className="communs-idea-box-muted">{t("moderationEmpty")}</p>}
      {reports && reports.length > 0 && (
        <ul className="communs-idea-box-items">
          {reports.map((report) => (
            <li key={report.id} className="communs-idea-box-card">
              <p className="communs-idea-box-card__meta">
                {messages.reportReason[report.reason] ?? report.reason} ·{" "}
                {tp("reportCount", report.reportCount)}
              </p>
              <blockquote className="communs-idea-box-text">{report.excerpt}</blockquote>
              {report.details && <p className="communs-idea-box-text">{report.details}</p>}
              <TextField
                id={`${id}-${report.id}`}
                label={t("reason")}
                value={reasons[report.id] ?? ""}
                onChange={(value) => setReasons({ ...reasons, [report.id]: value })}
              />
              <div className="communs-idea-box-card__actions">
                <button
                  type="button"
                  className="communs-idea-box-button"
                  onClick={() => void act(report, report.targetHidden ? "restore" : "hide")}
                >
                  {report.targetHidden ? t("restore") : t("hide")}
                </button>
                <button
                  type="button"
                  className="communs-idea-box-button"
                  onClick={() => void act(report, "dismiss")}
                >
                  {t("dismiss")}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
