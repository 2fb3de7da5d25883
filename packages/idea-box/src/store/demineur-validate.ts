import {
  checkLimits,
  existsAnswers,
  riskCategories,
  slugPattern,
  useFrequencies,
  wouldUseAnswers,
  type FieldIssue,
} from "@communs/idea-box/client";
import type { AnswerInputT, CheckCreateInput, CheckT } from "./demineur";

/**
 * A check and an answer checked without zod, from the contract's limits, for forms: every
 * problem at once, with the JSON pointer the server would give. The server checks again.
 */

function checkText(
  value: string,
  [min, max]: readonly [number, number],
  pointer: string,
  issues: FieldIssue[],
) {
  const trimmed = value.trim();
  if (trimmed.length < min)
    issues.push({ pointer, code: "too_small", params: { minimum: min, origin: "string" } });
  else if (trimmed.length > max)
    issues.push({ pointer, code: "too_big", params: { maximum: max, origin: "string" } });
  else if (trimmed.includes("\u0000")) issues.push({ pointer, code: "custom" });
}

const choice = (
  value: unknown,
  allowed: readonly string[],
  pointer: string,
  issues: FieldIssue[],
) => {
  if (typeof value !== "string" || !allowed.includes(value))
    issues.push({ pointer, code: "invalid_value" });
};

/** `YYYY-MM-DD` of `time` in Europe/Paris (the server's day). */
export function parisDay(time: number): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Paris",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(time);
}

/** Every problem of a check about to be opened; `today` is the Paris day (decision after it). */
export function validateCheck(
  input: Required<Omit<CheckCreateInput, "ideaId">> & { ideaId?: string },
  today: string,
): { issues: FieldIssue[]; value: CheckCreateInput } {
  const issues: FieldIssue[] = [];
  checkText(input.title, checkLimits.title, "/body/title", issues);
  checkText(input.problem, checkLimits.problem, "/body/problem", issues);
  checkText(input.intendedSolution, checkLimits.intendedSolution, "/body/intendedSolution", issues);
  checkText(input.concerned, checkLimits.concerned, "/body/concerned", issues);
  if (input.services.length > checkLimits.services[1])
    issues.push({
      pointer: "/body/services",
      code: "too_big",
      params: { maximum: checkLimits.services[1] },
    });
  for (const [index, slug] of input.services.entries())
    if (!slugPattern.test(slug))
      issues.push({ pointer: `/body/services/${index}`, code: "invalid_format" });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.decisionDate))
    issues.push({
      pointer: "/body/decisionDate",
      code: "invalid_format",
      params: { format: "date" },
    });
  else if (input.decisionDate <= today)
    issues.push({ pointer: "/body/decisionDate", code: "too_small", params: { minimum: today } });
  const questions = input.questions.map((question) => question.trim()).filter(Boolean);
  if (questions.length > checkLimits.questions[1])
    issues.push({
      pointer: "/body/questions",
      code: "too_big",
      params: { maximum: checkLimits.questions[1] },
    });
  for (const [index, question] of questions.entries())
    checkText(question, checkLimits.question, `/body/questions/${index}`, issues);
  return {
    issues,
    value: {
      title: input.title.trim(),
      problem: input.problem.trim(),
      intendedSolution: input.intendedSolution.trim(),
      services: input.services,
      concerned: input.concerned.trim(),
      decisionDate: input.decisionDate,
      questions,
      ...(input.ideaId ? { ideaId: input.ideaId } : {}),
    },
  };
}

/** What an answer form holds before it becomes an answer (choices may still be empty). */
export interface AnswerDraft {
  mode: "named" | "team" | "anonymous";
  teamName: string;
  exists: string;
  where: string;
  groundToday: string;
  risks: { category: string; text: string }[];
  wouldUse: string;
  frequency: string;
  /** Answers to the team's questions, by question id. */
  questions: Record<string, string>;
}

export const emptyAnswerDraft: AnswerDraft = {
  mode: "named",
  teamName: "",
  exists: "",
  where: "",
  groundToday: "",
  risks: [{ category: "other", text: "" }],
  wouldUse: "",
  frequency: "",
  questions: {},
};

/** Every problem of an answer about to be sent; rows of risks left empty are dropped. */
export function validateAnswer(
  draft: AnswerDraft,
  check: Pick<CheckT, "questions">,
): { issues: FieldIssue[]; value: AnswerInputT } {
  const issues: FieldIssue[] = [];
  if (draft.mode === "team")
    checkText(draft.teamName, checkLimits.teamName, "/body/authorship/teamName", issues);
  choice(draft.exists, existsAnswers, "/body/existsAlready/answer", issues);
  checkText(draft.where, checkLimits.where, "/body/existsAlready/where", issues);
  checkText(draft.groundToday, checkLimits.groundToday, "/body/groundToday", issues);
  const risks = draft.risks.filter((risk) => risk.text.trim() !== "");
  if (risks.length > checkLimits.risks[1])
    issues.push({
      pointer: "/body/failureRisks",
      code: "too_big",
      params: { maximum: checkLimits.risks[1] },
    });
  draft.risks.forEach((risk, index) => {
    if (risk.text.trim() === "") return;
    choice(risk.category, riskCategories, `/body/failureRisks/${index}/category`, issues);
    checkText(risk.text, checkLimits.risk, `/body/failureRisks/${index}/text`, issues);
  });
  choice(draft.wouldUse, wouldUseAnswers, "/body/wouldUse/answer", issues);
  if (draft.frequency) choice(draft.frequency, useFrequencies, "/body/wouldUse/frequency", issues);
  const questions = check.questions
    .map((question) => ({
      questionId: question.id,
      answer: (draft.questions[question.id] ?? "").trim(),
    }))
    .filter((entry) => entry.answer !== "");
  check.questions.forEach((question) =>
    checkText(
      draft.questions[question.id] ?? "",
      checkLimits.questionAnswer,
      `/body/questions/${question.id}`,
      issues,
    ),
  );
  return {
    issues,
    value: {
      authorship:
        draft.mode === "team"
          ? { mode: "team", teamName: draft.teamName.trim() }
          : { mode: draft.mode },
      existsAlready: {
        answer: draft.exists as AnswerInputT["existsAlready"]["answer"],
        where: draft.exists === "no" ? "" : draft.where.trim(),
      },
      groundToday: draft.groundToday.trim(),
      failureRisks: risks.map((risk) => ({
        category: risk.category as (typeof riskCategories)[number],
        text: risk.text.trim(),
      })),
      wouldUse: {
        answer: draft.wouldUse as AnswerInputT["wouldUse"]["answer"],
        frequency:
          draft.wouldUse === "no" || !draft.frequency
            ? null
            : (draft.frequency as (typeof useFrequencies)[number]),
      },
      questions,
    },
  };
}

/** A draft from an answer given earlier (to change it). */
export function draftFromAnswer(answer: {
  author: { mode: AnswerDraft["mode"]; teamName: string | null };
  existsAlready: { answer: string; where: string };
  groundToday: string;
  failureRisks: { category: string; text: string }[];
  wouldUse: { answer: string; frequency: string | null };
  questions: { questionId: string; answer: string }[];
}): AnswerDraft {
  return {
    mode: answer.author.mode,
    teamName: answer.author.teamName ?? "",
    exists: answer.existsAlready.answer,
    where: answer.existsAlready.where,
    groundToday: answer.groundToday,
    risks:
      answer.failureRisks.length > 0
        ? answer.failureRisks.map((risk) => ({ ...risk }))
        : [{ category: "other", text: "" }],
    wouldUse: answer.wouldUse.answer,
    frequency: answer.wouldUse.frequency ?? "",
    questions: Object.fromEntries(answer.questions.map((q) => [q.questionId, q.answer])),
  };
}
