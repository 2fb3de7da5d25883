import {
  decodeShareCode,
  type Answers,
  type AnswerValue,
  type Question,
  type SonarApi,
  type SonarDefinition,
  type SonarLocale,
  type SonarResult as SonarResultData,
  type SonarState,
} from "@communs/sonar";
import { formatMessage, type Message } from "@communs/i18n";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { sonarTranslator, type SonarMessages, type SonarTranslator } from "./i18n/messages";
import { SHARE_PARAMETER } from "./share-parameter";
import { useSonar } from "./use-sonar";

export interface UseSonarQuizOptions {
  definition: SonarDefinition;
  locale?: SonarLocale;
  /** Overrides some or all of the texts. */
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
}

/** What to tell about the share code the quiz opened with, if anything. */
export type ShareCodeNotice =
  { kind: "refused"; message: string } | { kind: "migrated"; message: string } | null;

/** The props a question's markup needs: `QuestionField` takes them as they are. */
export interface QuestionFieldBindings {
  question: Question;
  value: AnswerValue | null | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  /** Id of the error message, when the question has one. */
  errorId: string | undefined;
  /** The question's heading, which receives focus when the question appears (step mode). */
  headingRef?: (element: HTMLElement | null) => void;
}

export interface UseSonarQuizResult {
  api: SonarApi;
  state: SonarState;
  /** The translator of the quiz's locale, with the integrator's overrides. */
  text: SonarTranslator;
  /** The question on screen in step mode. */
  current: Question | undefined;
  /** The questions on screen in "all" mode (the visible ones, in order). */
  visibleQuestions: Question[];
  /** `Question 3 of 20`, and the numbers behind it. */
  progress: { position: number; total: number; label: string; last: boolean };
  /** Answers were restored from local storage. */
  resumed: boolean;
  shareCodeNotice: ShareCodeNotice;
  /** The error of a question, as a sentence in the quiz's language. */
  errorOf(questionId: string): string | undefined;
  /** Starts again from nothing, forgetting stored answers. */
  restart(): void;
  /** Whether the view should move focus to what it shows next (not on first load). */
  moved: boolean;
  getFormProps(): {
    onSubmit: (event: FormEvent) => void;
    noValidate: true;
    "aria-label": string;
  };
  getProgressLabelProps(): { id: string };
  getProgressProps(): { max: number; value: number; "aria-labelledby": string };
  getQuestionProps(question?: Question): QuestionFieldBindings;
  /** The container of a question in "all" mode: the first invalid one gets focus on submit. */
  getFieldContainerProps(question: Question): { id: string };
  getErrorProps(question?: Question): { id: string; role: "alert" };
  getBackButtonProps(): { type: "button"; onClick: () => void; disabled: boolean };
  getSkipButtonProps(): { type: "button"; onClick: () => void };
  /** "Next", or "See my result" on the last question (step mode); "See my result" in "all" mode. */
  getSubmitButtonProps(): { type: "submit"; children: string };
}

function codeFromLocation(): string | null {
  if (typeof location === "undefined") return null;
  return new URLSearchParams(location.search).get(SHARE_PARAMETER);
}

const savedAnswer = (question: Question | undefined, answers: Answers) => {
  const value = question ? answers[question.id] : undefined;
  return value === null ? undefined : value;
};

// A ranking left untouched is the order shown: submitting it is an answer, not a skip.
const valueToSubmit = (question: Question, value: AnswerValue | null | undefined) =>
  (value === undefined || value === null) && question.kind === "ranking"
    ? question.options.map((option) => option.id)
    : (value ?? undefined);

const fieldId = (question: Question) => `communs-sonar-field-${question.id}`;

/**
 * The behaviour of the Sonar quiz without its markup, in the react-aria manner: state, actions
 * and prop getters, so that a site with its own design system (DSFR, GOV.UK…) keeps the
 * behaviour (drafts, validation sentences, focus moves, resume, share codes, completion) and
 * writes its own components. `SonarQuiz` is the shipped view over it.
 */
export function useSonarQuiz(options: UseSonarQuizOptions): UseSonarQuizResult {
  const { definition, locale = "fr", messages, mode = "step", storageKey, onComplete } = options;
  const text = sonarTranslator(locale, messages);
  // The share code is read once, when the quiz opens.
  const [decoded] = useState(() => {
    const code = options.shareCode === undefined ? codeFromLocation() : options.shareCode;
    return code ? decodeShareCode(definition, code) : null;
  });
  const { api, state, resumed } = useSonar(definition, {
    answers: decoded?.ok ? decoded.answers : options.initialAnswers,
    storageKey,
  });
  const byId = (id: string) => definition.questions.find((question) => question.id === id)!;
  const current = state.current === null ? undefined : byId(state.current);

  // The draft of the step on screen; a new step starts from its saved answer, without errors.
  const [step, setStep] = useState(() => ({
    id: state.current,
    draft: savedAnswer(current, state.answers),
  }));
  const [drafts, setDrafts] = useState<Answers>(() => ({ ...state.answers }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  let draft = step.draft;
  if (step.id !== state.current) {
    draft = savedAnswer(current, state.answers);
    setStep({ id: state.current, draft });
    setErrors({});
  }

  const headingRef = useRef<HTMLElement | null>(null);
  const moved = useRef(false);
  const baseId = useId();
  const completed = useRef(state.complete);

  // A new step on screen after a move (not on first load): focus goes to its heading.
  const currentId = state.current;
  useEffect(() => {
    if (moved.current && currentId !== null) headingRef.current?.focus();
  }, [currentId]);

  useEffect(() => {
    if (state.complete && !completed.current) onComplete?.(api.getResult(), state.answers);
    completed.current = state.complete;
  }, [state.complete, state.answers, api, onComplete]);

  const describeError = (
    question: Question,
    code: string,
    params?: Record<string, string | number>,
  ) => {
    const message = text.messages[`error-${code}` as keyof SonarMessages] as Message | undefined;
    return formatMessage(
      message ?? text.messages.errorRequired,
      { ...params, ...(question.kind === "scale" ? { min: question.min, max: question.max } : {}) },
      locale,
    );
  };

  const submitStep = () => {
    if (!current) return;
    const value = valueToSubmit(current, draft);
    if (value === undefined) {
      setErrors({ [current.id]: text.t("errorRequired") });
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

  const submitAll = () => {
    const problems: Record<string, string> = {};
    for (const id of state.visible) {
      const question = byId(id);
      const value = valueToSubmit(question, drafts[id]);
      if (value === undefined) continue;
      const outcome = api.answer(value, id);
      if (!outcome.ok)
        problems[id] = describeError(question, outcome.error.code, outcome.error.params);
    }
    setErrors(problems);
    const firstInvalid = Object.keys(problems)[0];
    if (firstInvalid !== undefined) {
      document
        .getElementById(fieldId(byId(firstInvalid)))
        ?.querySelector<HTMLElement>("input, button")
        ?.focus();
      return;
    }
    // Walk to the end: unanswered questions count as skipped.
    while (!api.getState().complete) {
      const { current: id, answers } = api.getState();
      const answer = answers[id!];
      if (answer !== undefined && answer !== null) api.answer(answer);
      else api.skip();
    }
  };

  const restart = () => {
    moved.current = true;
    setDrafts({});
    api.reset();
    if (storageKey && typeof localStorage !== "undefined") localStorage.removeItem(storageKey);
  };

  let shareCodeNotice: ShareCodeNotice = null;
  if (decoded && !decoded.ok) {
    const reason = text.messages[`code-${decoded.error.code}` as keyof SonarMessages] as
      Message | undefined;
    shareCodeNotice = {
      kind: "refused",
      message: text.t("shareCodeRefused", {
        reason: reason
          ? formatMessage(reason, decoded.error.params ?? {}, locale)
          : decoded.error.code,
      }),
    };
  } else if (decoded?.ok && decoded.migratedFrom) {
    const dropped =
      decoded.dropped.length > 0 ? ` ${text.t("codeDropped", { questions: decoded.dropped })}` : "";
    shareCodeNotice = {
      kind: "migrated",
      message: text.t("codeMigrated", { from: decoded.migratedFrom }) + dropped,
    };
  }

  const total = state.visible.length;
  const errorId = (question: Question) => `${baseId}-error-${question.id}`;
  const progressLabelId = `${baseId}-progress`;
  const last = state.position + 1 === total;

  return {
    api,
    state,
    text,
    current,
    visibleQuestions: state.visible.map(byId),
    progress: {
      position: state.position,
      total,
      last,
      label: text.t("progress", { current: state.position + 1, total }),
    },
    resumed,
    shareCodeNotice,
    errorOf: (id) => errors[id],
    restart,
    moved: moved.current,
    getFormProps: () => ({
      onSubmit: (event) => {
        event.preventDefault();
        if (mode === "all") submitAll();
        else submitStep();
      },
      noValidate: true,
      "aria-label": text.t("quizLabel"),
    }),
    getProgressLabelProps: () => ({ id: progressLabelId }),
    getProgressProps: () => ({
      max: total,
      value: state.position,
      "aria-labelledby": progressLabelId,
    }),
    getQuestionProps: (question = current!) =>
      mode === "all"
        ? {
            question,
            value: drafts[question.id],
            errorId: errors[question.id] ? errorId(question) : undefined,
            onChange: (value) => {
              setDrafts((previous) => ({ ...previous, [question.id]: value ?? null }));
              const submitted = valueToSubmit(question, value);
              if (submitted !== undefined) api.answer(submitted, question.id);
            },
          }
        : {
            question,
            value: draft,
            errorId: errors[question.id] ? errorId(question) : undefined,
            headingRef: (element) => {
              headingRef.current = element;
            },
            onChange: (value) => {
              setStep({ id: state.current, draft: value });
              setErrors({});
            },
          },
    getFieldContainerProps: (question) => ({ id: fieldId(question) }),
    getErrorProps: (question = current!) => ({ id: errorId(question), role: "alert" }),
    getBackButtonProps: () => ({
      type: "button",
      disabled: state.history.length === 0,
      onClick: () => {
        moved.current = true;
        api.back();
      },
    }),
    getSkipButtonProps: () => ({
      type: "button",
      onClick: () => {
        moved.current = true;
        api.skip();
      },
    }),
    getSubmitButtonProps: () => ({
      type: "submit",
      children: mode === "all" ? text.t("submitAll") : text.t(last ? "finish" : "next"),
    }),
  };
}
