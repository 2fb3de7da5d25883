import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { formatProblem, type ProblemDetails } from "@communs/idea-box/client";
import { validateIdea } from "@communs/idea-box/client";
import { useIdeaBox, useStoreState } from "./context";
import { ProblemMessage } from "./problem-message";
import { StatusBadge } from "./status-badge";
import { useQuery } from "./use-query";
import {
  boxKey,
  type BoxDetailsT,
  type IdeaPageT,
  type SimilarListT,
} from "@communs/idea-box/store";

export interface IdeaFormValues {
  title: string;
  problem: string;
  solution: string;
  concerned: string;
  scope: string;
  theme: string;
  mode: "named" | "team" | "anonymous";
  teamName: string;
}

const empty: IdeaFormValues = {
  title: "",
  problem: "",
  solution: "",
  concerned: "",
  scope: "",
  theme: "",
  mode: "named",
  teamName: "",
};

export interface IdeaFormProps {
  /** Called with the idea the server accepted. */
  onPosted?: (idea: IdeaPageT) => void;
  /** Called when the person opens a similar idea. */
  onOpenIdea?: (id: string) => void;
  /** Draft slot (default "new-idea"): two forms on a page need two slots. */
  draftKey?: string;
  /** Delay before asking for similar ideas, in ms (default 350). */
  similarDelayMs?: number;
}

function toBody(values: IdeaFormValues) {
  return {
    title: values.title,
    problem: values.problem,
    solution: values.solution,
    concerned: values.concerned,
    scope: values.scope,
    ...(values.theme ? { theme: values.theme } : {}),
    authorship:
      values.mode === "team"
        ? { mode: "team" as const, teamName: values.teamName }
        : { mode: values.mode },
  };
}

/** Maps a JSON pointer of the body to the form field that shows it. */
const fieldOf = (pointer: string) => {
  const parts = pointer.split("/").filter(Boolean);
  if (parts[1] === "authorship") return parts[2] === "teamName" ? "teamName" : "mode";
  return parts[1] ?? "title";
};

/** Post an idea: every field labelled, similar ideas as the title is typed, a draft kept locally. */
export function IdeaForm({
  onPosted,
  onOpenIdea,
  draftKey = "new-idea",
  similarDelayMs = 350,
}: IdeaFormProps) {
  const { store, t, tp, announce, locale } = useIdeaBox();
  const state = useStoreState();
  const id = useId();
  const [values, setValues] = useState<IdeaFormValues>(() => ({
    ...empty,
    ...(store.drafts.load<IdeaFormValues>(draftKey) ?? {}),
  }));
  const [restored] = useState(() => store.drafts.load(draftKey) !== null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<ProblemDetails | null>(null);
  const [similar, setSimilar] = useState<SimilarListT["items"] | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const box = useQuery<BoxDetailsT>(boxKey, (force) => store.fetchBox(force));
  const sending = Boolean(state.pending["create-idea"]);

  useEffect(() => {
    if (restored) announce(t("draftRestored"));
  }, [restored, announce, t]);

  // Default scope once the box is known.
  useEffect(() => {
    const first = box.data?.scopes[0]?.slug;
    if (first && !values.scope) setValues((current) => ({ ...current, scope: first }));
  }, [box.data, values.scope]);

  // Similar ideas: after a pause in typing, the previous request aborted.
  useEffect(() => {
    const title = values.title.trim();
    if (title.length < 3) {
      setSimilar(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const outcome = await store.similar(title, controller.signal);
      if (controller.signal.aborted || !outcome.ok) return;
      setSimilar(outcome.value.items);
      if (outcome.value.items.length > 0) announce(tp("similarFound", outcome.value.items.length));
    }, similarDelayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [values.title, store, similarDelayMs, announce, tp]);

  const change = (patch: Partial<IdeaFormValues>) => {
    setValues((current) => {
      const next = { ...current, ...patch };
      store.drafts.save(draftKey, next);
      return next;
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const parsed = validateIdea(toBody(values));
    if (parsed.issues.length > 0) {
      const formatted = formatProblem({ ...problemShape, errors: parsed.issues }, locale);
      const next: Record<string, string> = {};
      formatted.fields.forEach((field) => {
        const name = fieldOf(field.pointer);
        next[name] ??= field.message;
      });
      setErrors(next);
      setFailure(null);
      announce(tp("fixErrors", Object.keys(next).length), true);
      requestAnimationFrame?.(() => summaryRef.current?.focus());
      return;
    }
    setErrors({});
    const outcome = await store.createIdea(parsed.value, draftKey);
    if (outcome.ok) {
      setFailure(null);
      setValues({ ...empty, scope: values.scope });
      announce(t("posted", { title: outcome.value.title }));
      onPosted?.(outcome.value);
    } else {
      setFailure(outcome.problem);
      const next: Record<string, string> = {};
      formatProblem(outcome.problem, locale).fields.forEach((field) => {
        next[fieldOf(field.pointer)] ??= field.message;
      });
      setErrors(next);
      announce(
        formatProblem(outcome.problem, locale).summary +
          (outcome.offline ? ` ${t("offline")}` : ""),
        true,
      );
    }
  };

  const describedBy = (name: string, hint = false) =>
    [hint ? `${id}-${name}-hint` : "", errors[name] ? `${id}-${name}-error` : ""]
      .filter(Boolean)
      .join(" ") || undefined;
  const errorOf = (name: string) =>
    errors[name] ? (
      <p className="communs-idea-box-error" id={`${id}-${name}-error`}>
        {errors[name]}
      </p>
    ) : null;
  const errorCount = Object.keys(errors).length;

  const supportSimilar = async (ideaId: string) => {
    await store.fetchIdea(ideaId);
    const outcome = await store.toggleSupport(ideaId);
    if (outcome.ok) announce(t("supportDone"));
  };

  return (
    <form
      className="communs-idea-box-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-labelledby={`${id}-h`}
    >
      <h2 id={`${id}-h`} className="communs-idea-box-heading">
        {t("formTitle")}
      </h2>
      {restored && <p className="communs-idea-box-muted">{t("draftRestored")}</p>}
      {!store.drafts.persistent && (
        <p className="communs-idea-box-muted">{t("draftNotPersistent")}</p>
      )}
      <div
        ref={summaryRef}
        tabIndex={-1}
        className={errorCount > 0 || failure ? "communs-idea-box-summary" : undefined}
      >
        {errorCount > 0 && !failure && (
          <>
            <p>{tp("fixErrors", errorCount)}</p>
            <ul>
              {Object.entries(errors).map(([name, message]) => (
                <li key={name}>
                  <a href={`#${id}-${name}`}>{message}</a>
                </li>
              ))}
            </ul>
          </>
        )}
        {failure && <ProblemMessage problem={failure} draftKept />}
      </div>

      <div className="communs-idea-box-field">
        <label htmlFor={`${id}-title`}>{t("title")}</label>
        <p className="communs-idea-box-hint" id={`${id}-title-hint`}>
          {t("titleHint")}
        </p>
        <input
          id={`${id}-title`}
          value={values.title}
          maxLength={140}
          autoComplete="off"
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describedBy("title", true)}
          onChange={(event) => change({ title: event.target.value })}
        />
        {errorOf("title")}
      </div>
      {similar && similar.length > 0 && (
        <section className="communs-idea-box-similar" aria-labelledby={`${id}-similar`}>
          <h3 id={`${id}-similar`}>{t("similarHeading")}</h3>
          <ul>
            {similar.map((idea) => (
              <li key={idea.id}>
                <StatusBadge
                  status={idea.status}
                  label={box.data?.statuses.find((s) => s.key === idea.status)?.label}
                />{" "}
                {onOpenIdea ? (
                  <button
                    type="button"
                    className="communs-idea-box-link"
                    onClick={() => onOpenIdea(idea.id)}
                  >
                    {t("similarOpen", { title: idea.title })}
                  </button>
                ) : (
                  <span>{idea.title}</span>
                )}{" "}
                <button
                  type="button"
                  className="communs-idea-box-button"
                  onClick={() => void supportSimilar(idea.id)}
                >
                  {t("similarSupport", { title: idea.title })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="communs-idea-box-field">
        <label htmlFor={`${id}-problem`}>{t("problem")}</label>
        <p className="communs-idea-box-hint" id={`${id}-problem-hint`}>
          {t("problemHint")}
        </p>
        <textarea
          id={`${id}-problem`}
          rows={5}
          value={values.problem}
          aria-invalid={errors.problem ? true : undefined}
          aria-describedby={describedBy("problem", true)}
          onChange={(event) => change({ problem: event.target.value })}
        />
        {errorOf("problem")}
      </div>
      <div className="communs-idea-box-field">
        <label htmlFor={`${id}-solution`}>
          {t("solution")} <span className="communs-idea-box-muted">{t("optional")}</span>
        </label>
        <textarea
          id={`${id}-solution`}
          rows={4}
          value={values.solution}
          aria-invalid={errors.solution ? true : undefined}
          aria-describedby={describedBy("solution")}
          onChange={(event) => change({ solution: event.target.value })}
        />
        {errorOf("solution")}
      </div>
      <div className="communs-idea-box-field">
        <label htmlFor={`${id}-concerned`}>
          {t("concerned")} <span className="communs-idea-box-muted">{t("optional")}</span>
        </label>
        <p className="communs-idea-box-hint" id={`${id}-concerned-hint`}>
          {t("concernedHint")}
        </p>
        <input
          id={`${id}-concerned`}
          value={values.concerned}
          aria-describedby={describedBy("concerned", true)}
          onChange={(event) => change({ concerned: event.target.value })}
        />
        {errorOf("concerned")}
      </div>
      <div className="communs-idea-box-row">
        <div className="communs-idea-box-field">
          <label htmlFor={`${id}-scope`}>{t("scope")}</label>
          <select
            id={`${id}-scope`}
            value={values.scope}
            aria-invalid={errors.scope ? true : undefined}
            aria-describedby={describedBy("scope")}
            onChange={(event) => change({ scope: event.target.value })}
          >
            {(box.data?.scopes ?? []).map((scope) => (
              <option key={scope.slug} value={scope.slug}>
                {scope.label}
              </option>
            ))}
            {!box.data && values.scope && <option value={values.scope}>{values.scope}</option>}
          </select>
          {errorOf("scope")}
        </div>
        <div className="communs-idea-box-field">
          <label htmlFor={`${id}-theme`}>{t("theme")}</label>
          <select
            id={`${id}-theme`}
            value={values.theme}
            onChange={(event) => change({ theme: event.target.value })}
          >
            <option value="">{t("noTheme")}</option>
            {(box.data?.themes ?? []).map((theme) => (
              <option key={theme.slug} value={theme.slug}>
                {theme.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="communs-idea-box-fieldset">
        <legend>{t("authorship")}</legend>
        {(["named", "team", "anonymous"] as const).map((mode) => (
          <label key={mode} className="communs-idea-box-radio">
            <input
              type="radio"
              name={`${id}-mode`}
              value={mode}
              checked={values.mode === mode}
              onChange={() => change({ mode })}
            />{" "}
            {t(
              mode === "named"
                ? "authorshipNamed"
                : mode === "team"
                  ? "authorshipTeam"
                  : "authorshipAnonymous",
            )}
          </label>
        ))}
        {values.mode === "team" && (
          <div className="communs-idea-box-field">
            <label htmlFor={`${id}-teamName`}>{t("teamName")}</label>
            <input
              id={`${id}-teamName`}
              value={values.teamName}
              aria-invalid={errors.teamName ? true : undefined}
              aria-describedby={describedBy("teamName")}
              onChange={(event) => change({ teamName: event.target.value })}
            />
            {errorOf("teamName")}
          </div>
        )}
      </fieldset>
      <button
        type="submit"
        className="communs-idea-box-button communs-idea-box-button--primary"
        aria-disabled={sending || undefined}
      >
        {sending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}

const problemShape = {
  type: "urn:communs:idea-box:problem:validation",
  title: "Invalid request",
  status: 422,
  code: "validation" as const,
};
