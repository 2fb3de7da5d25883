import {
  decodeShareCode,
  localize,
  type Answers,
  type AnswerValue,
  type Question,
  type SonarDefinition,
  type SonarLocale,
  type SonarResult as SonarResultData,
} from "@communs/sonar";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { fill, messagesFor, type SonarMessages } from "./i18n/messages";
import { QuestionField } from "./question-field";
import { SHARE_PARAMETER, SonarResult } from "./sonar-result";
import { useSonar } from "./use-sonar";

export interface SonarQuizProps {
  definition: SonarDefinition;
  locale?: SonarLocale;
  messages?: Partial<SonarMessages>;
  /** "step": one question at a time (default); "all": every question on one page. */
  mode?: "step" | "all";
  /** Local storage key for resuming; no storage when left out. */
  storageKey?: string;
  /** A share code to open; by default read from the page's `?sonar=` parameter. */
  shareCode?: string | null;
  /** Answers to start from (wins over storage). */
  initialAnswers?: Answers;
  /** Called once when the last question is answered or skipped. */
  onComplete?: (result: SonarResultData, answers: Answers) => void;
  /** Builds share links (see SonarResult). */
  shareUrl?: (code: string) => string;
}

function codeFromLocation(): string | null {
  if (typeof location === "undefined") return null;
  return new URLSearchParams(location.search).get(SHARE_PARAMETER);
}

const initialDraft = (
  question: Question | undefined,
  answers: Answers,
): AnswerValue | undefined => {
  if (!question) return undefined;
  const value = answers[question.id];
  return value === null ? undefined : value;
};

/** The Sonar quiz: keyboard-first native controls, progress, back and skip, resume, then the result. */
export function SonarQuiz(props: SonarQuizProps) {
  const {
    definition,
    locale = "fr",
    messages,
    mode = "step",
    storageKey,
    onComplete,
    shareUrl,
  } = props;
  const text = messagesFor(locale, messages);
  const decoded = useMemo(() => {
    const code = props.shareCode === undefined ? codeFromLocation() : props.shareCode;
    return code ? decodeShareCode(definition, code) : null;
    // The code is read once, when the quiz opens.
  }, []);
  const { api, state, resumed } = useSonar(definition, {
    answers: decoded?.ok ? decoded.answers : props.initialAnswers,
    storageKey,
  });
  const current = definition.questions.find((question) => question.id === state.current);
  const [draft, setDraft] = useState<AnswerValue | undefined>(() =>
    initialDraft(current, state.answers),
  );
  const [drafts, setDrafts] = useState<Answers>(() => ({ ...state.answers }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const headingRef = useRef<HTMLElement | null>(null);
  const moved = useRef(false);
  const errorId = useId();
  const completed = useRef(state.complete);

  // New question: its saved answer becomes the draft, and focus goes to its heading.
  useEffect(() => {
    setDraft(initialDraft(current, state.answers));
    setErrors({});
    if (moved.current) headingRef.current?.focus();
  }, [state.current]);

  useEffect(() => {
    if (state.complete && !completed.current) onComplete?.(api.getResult(), state.answers);
    completed.current = state.complete;
  }, [state.complete, state.answers, api, onComplete]);

  const describeError = (
    question: Question,
    code: string,
    params?: Record<string, string | number>,
  ) => {
    const key = `error-${code}` as keyof SonarMessages;
    const template = typeof text[key] === "string" ? (text[key] as string) : text.errorRequired;
    return fill(template, {
      ...params,
      ...(question.kind === "scale" ? { min: question.min, max: question.max } : {}),
    });
  };

  const valueToSubmit = (question: Question, value: AnswerValue | undefined) =>
    value === undefined && question.kind === "ranking"
      ? question.options.map((option) => option.id)
      : value;

  const submitStep = (event: React.FormEvent) => {
    event.preventDefault();
    if (!current) return;
    const value = valueToSubmit(current, draft);
    if (value === undefined) {
      setErrors({ [current.id]: text.errorRequired });
      headingRef.current?.focus();
      return;
    }
    const outcome = api.answer(value);
    if (!outcome.ok) {
      setErrors({ [current.id]: describeError(current, outcome.error.code, outcome.error.params) });
      return;
    }
    moved.current = true;
  };

  const submitAll = (event: React.FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    for (const id of state.visible) {
      const question = definition.questions.find((candidate) => candidate.id === id)!;
      const value = valueToSubmit(question, drafts[id] ?? undefined);
      if (value === undefined) continue;
      const outcome = api.answer(value, id);
      if (!outcome.ok)
        problems[id] = describeError(question, outcome.error.code, outcome.error.params);
    }
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      document
        .getElementById(`communs-sonar-field-${Object.keys(problems)[0]}`)
        ?.querySelector<HTMLElement>("input, button")
        ?.focus();
      return;
    }
    // Walk to the end: unanswered questions count as skipped.
    while (!api.getState().complete) {
      const id = api.getState().current!;
      if (api.getState().answers[id] !== undefined && api.getState().answers[id] !== null)
        api.answer(api.getState().answers[id]!);
      else api.skip();
    }
  };

  const restart = () => {
    moved.current = true;
    setDrafts({});
    api.reset();
    if (storageKey && typeof localStorage !== "undefined") localStorage.removeItem(storageKey);
  };

  const notices = (
    <>
      {decoded && !decoded.ok && (
        <p role="alert" className="communs-sonar-notice communs-sonar-notice--error">
          {fill(text.shareCodeRefused, {
            reason: fill(
              (text[`code-${decoded.error.code}` as keyof SonarMessages] as string | undefined) ??
                decoded.error.code,
              decoded.error.params ?? {},
            ),
          })}
        </p>
      )}
      {decoded?.ok && decoded.migratedFrom && (
        <p role="status" className="communs-sonar-notice">
          {fill(text.codeMigrated, { from: decoded.migratedFrom })}
          {decoded.dropped.length > 0 &&
            ` ${fill(text.codeDropped, { questions: decoded.dropped.join(", ") })}`}
        </p>
      )}
    </>
  );

  if (state.complete) {
    return (
      <div className="communs-sonar" lang={locale}>
        {notices}
        <SonarResult
          definition={definition}
          answers={state.answers}
          locale={locale}
          messages={messages}
          onRestart={restart}
          shareUrl={shareUrl}
          autoFocus={moved.current}
        />
      </div>
    );
  }

  const total = state.visible.length;
  const progressText = fill(text.progress, { current: state.position + 1, total });

  if (mode === "all") {
    return (
      <div className="communs-sonar" lang={locale}>
        {notices}
        <form
          className="communs-sonar-quiz"
          aria-label={text.quizLabel}
          onSubmit={submitAll}
          noValidate
        >
          <h2 className="communs-sonar-quiz__title">
            {localize(definition.edition.title, locale)}
          </h2>
          <p>{localize(definition.edition.intro, locale)}</p>
          {state.visible.map((id) => {
            const question = definition.questions.find((candidate) => candidate.id === id)!;
            return (
              <div key={id} id={`communs-sonar-field-${id}`}>
                <QuestionField
                  question={question}
                  value={drafts[id]}
                  locale={locale}
                  text={text}
                  headingLevel={3}
                  errorId={errors[id] ? `${errorId}-${id}` : undefined}
                  onChange={(value) => {
                    setDrafts((previous) => ({ ...previous, [id]: value as AnswerValue }));
                    if (value !== undefined) api.answer(valueToSubmit(question, value)!, id);
                  }}
                />
                {errors[id] && (
                  <p id={`${errorId}-${id}`} className="communs-sonar-error" role="alert">
                    <span className="communs-sonar-error__prefix">{text.errorPrefix}</span>{" "}
                    {errors[id]}
                  </p>
                )}
              </div>
            );
          })}
          <div className="communs-sonar-actions">
            <button type="submit" className="communs-sonar-button communs-sonar-button--primary">
              {text.submitAll}
            </button>
          </div>
        </form>
      </div>
    );
  }

  const error = current ? errors[current.id] : undefined;
  return (
    <div className="communs-sonar" lang={locale}>
      {notices}
      {resumed && (
        <p role="status" className="communs-sonar-notice">
          {text.resumed}
        </p>
      )}
      <form
        className="communs-sonar-quiz"
        aria-label={text.quizLabel}
        onSubmit={submitStep}
        noValidate
      >
        <p className="communs-sonar-quiz__edition">{localize(definition.edition.title, locale)}</p>
        <div className="communs-sonar-quiz__progress">
          <span id={`${errorId}-progress`}>{progressText}</span>
          <progress max={total} value={state.position} aria-labelledby={`${errorId}-progress`} />
        </div>
        {current && (
          <QuestionField
            key={current.id}
            question={current}
            value={draft}
            locale={locale}
            text={text}
            errorId={error ? errorId : undefined}
            headingRef={(element) => {
              headingRef.current = element;
            }}
            onChange={(value) => {
              setDraft(value);
              setErrors({});
            }}
          />
        )}
        {error && (
          <p id={errorId} className="communs-sonar-error" role="alert">
            <span className="communs-sonar-error__prefix">{text.errorPrefix}</span> {error}
          </p>
        )}
        <div className="communs-sonar-actions">
          <button
            type="button"
            className="communs-sonar-button"
            onClick={() => ((moved.current = true), api.back())}
            disabled={state.history.length === 0}
          >
            {text.back}
          </button>
          <button
            type="button"
            className="communs-sonar-button communs-sonar-button--secondary"
            onClick={() => ((moved.current = true), api.skip())}
          >
            {text.skip}
          </button>
          <button type="submit" className="communs-sonar-button communs-sonar-button--primary">
            {state.position + 1 === total ? text.finish : text.next}
          </button>
        </div>
      </form>
    </div>
  );
}
