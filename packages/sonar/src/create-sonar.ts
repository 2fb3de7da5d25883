import { checkAnswer, scoreAnswers, visibleQuestions, type SonarResult } from "./scoring";
import type { Answers, AnswerValue, Question, SonarDefinition } from "./types";

export interface SonarState {
  answers: Answers;
  /** The question shown now, or null when the quiz is complete. */
  current: string | null;
  /** Questions already passed, most recent last (what `back` returns to). */
  history: string[];
  /** Visible questions, in order, for these answers. */
  visible: string[];
  /** 0-based position of the current question among the visible ones. */
  position: number;
  complete: boolean;
}

export type AnswerOutcome =
  { ok: true } | { ok: false; error: { code: string; params?: Record<string, string | number> } };

export interface SonarApi {
  readonly definition: SonarDefinition;
  getState(): SonarState;
  /** Answers the current question (or the one named by `questionId`) and moves on. */
  answer(value: AnswerValue, questionId?: string): AnswerOutcome;
  /** Skips the current question: it counts for nothing. */
  skip(): void;
  /** Goes back to the previous question; its answer is kept for editing. */
  back(): void;
  /** Forgets every answer and starts again. */
  reset(): void;
  subscribe(listener: (state: SonarState) => void): () => void;
  getResult(): SonarResult;
}

export interface SonarOptions {
  /** Answers to resume from (e.g. local storage or a decoded share code). */
  answers?: Answers;
}

function nextQuestion(
  definition: SonarDefinition,
  answers: Answers,
  after: string | null,
): string | null {
  const visible = visibleQuestions(definition, answers);
  if (after === null) return visible[0]?.id ?? null;
  const order = definition.questions.findIndex((question) => question.id === after);
  const next = visible.find((question) => definition.questions.indexOf(question) > order);
  return next?.id ?? null;
}

/** Creates a quiz over a definition. Framework-free: subscribe to follow its state. */
export function createSonar(definition: SonarDefinition, options: SonarOptions = {}): SonarApi {
  const initial = (answers: Answers): SonarState => {
    // Resuming: continue at the first visible question with no answer yet.
    const visible = visibleQuestions(definition, answers);
    const history: string[] = [];
    let current: string | null = null;
    for (const question of visible) {
      if (answers[question.id] === undefined) {
        current = question.id;
        break;
      }
      history.push(question.id);
    }
    return build(answers, current, history);
  };
  const build = (answers: Answers, current: string | null, history: string[]): SonarState => {
    const visible = visibleQuestions(definition, answers).map((question) => question.id);
    return {
      answers,
      current,
      history,
      visible,
      position: current === null ? visible.length : Math.max(0, visible.indexOf(current)),
      complete: current === null,
    };
  };

  let state = initial(sanitize(definition, options.answers ?? {}));
  const listeners = new Set<(state: SonarState) => void>();
  const set = (next: SonarState) => {
    state = next;
    for (const listener of listeners) listener(state);
  };
  const find = (id: string | null): Question | undefined =>
    definition.questions.find((question) => question.id === id);
  const moveOn = (answers: Answers) => {
    const from = state.current;
    const next = nextQuestion(definition, answers, from);
    set(build(answers, next, from === null ? state.history : [...state.history, from]));
  };

  return {
    definition,
    getState: () => state,
    answer(value, questionId) {
      const question = find(questionId ?? state.current);
      if (!question)
        return {
          ok: false,
          error: { code: "unknown-question", params: { question: questionId ?? "" } },
        };
      const problem = checkAnswer(question, value);
      if (problem) return { ok: false, error: problem };
      const answers = { ...state.answers, [question.id]: value };
      if (question.id === state.current) moveOn(answers);
      else set(build(answers, state.current, state.history));
      return { ok: true };
    },
    skip() {
      if (state.current === null) return;
      moveOn({ ...state.answers, [state.current]: null });
    },
    back() {
      const previous = state.history.at(-1);
      if (previous === undefined) return;
      set(build(state.answers, previous, state.history.slice(0, -1)));
    },
    reset() {
      set(initial({}));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getResult: () => scoreAnswers(definition, state.answers),
  };
}

/** Keeps only answers that fit the definition (null for skipped), so resumed data cannot break scoring. */
export function sanitize(definition: SonarDefinition, answers: Answers): Answers {
  const clean: Answers = {};
  for (const question of definition.questions) {
    const value = answers[question.id];
    if (value === null) clean[question.id] = null;
    else if (value !== undefined && !checkAnswer(question, value)) {
      // Ticked options carry no order: keep the definition's, so equal answers look equal.
      clean[question.id] =
        question.kind === "multiple"
          ? question.options
              .map((option) => option.id)
              .filter((id) => (value as string[]).includes(id))
          : value;
    }
  }
  return clean;
}
