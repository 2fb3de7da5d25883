/**
 * The demining report of a check, from its answers as the API shows them: the one computation
 * the reference server and the in-memory mock (`./testing`) both run. Plain TypeScript, no zod.
 */
import {
  existsAnswers,
  riskCategories,
  useFrequencies,
  wouldUseAnswers,
} from "@communs/idea-box/client";
import type { AnswerT, CheckReportT, CheckT } from "./schemas-demineur";

export type CheckReportLocale = "fr" | "en";

/** The report's words for each kind of answer, risk, verdict and state, in French and English. */
export const checkReportLabels = {
  fr: {
    existsAlready: { yes: "Oui", no: "Non", unsure: "Ne sait pas" },
    wouldUse: { yes: "Oui", maybe: "Peut-être", no: "Non" },
    frequency: {
      daily: "Chaque jour",
      weekly: "Chaque semaine",
      monthly: "Chaque mois",
      rarely: "Rarement",
    },
    risk: {
      cost: "Coût",
      time: "Délais",
      adoption: "Adoption",
      skills: "Compétences",
      technical: "Technique",
      legal: "Juridique",
      other: "Autre",
    },
    verdict: {
      go: "On y va",
      change: "À modifier",
      stop: "On arrête",
      merge: "À fusionner avec l’existant",
    },
    state: { open: "Ouverte", closed: "Close", decided: "Décidée" },
    noService: "Sans service",
  },
  en: {
    existsAlready: { yes: "Yes", no: "No", unsure: "Not sure" },
    wouldUse: { yes: "Yes", maybe: "Maybe", no: "No" },
    frequency: { daily: "Daily", weekly: "Weekly", monthly: "Monthly", rarely: "Rarely" },
    risk: {
      cost: "Cost",
      time: "Time",
      adoption: "Adoption",
      skills: "Skills",
      technical: "Technical",
      legal: "Legal",
      other: "Other",
    },
    verdict: {
      go: "Go ahead",
      change: "Change it",
      stop: "Stop",
      merge: "Merge with an existing project",
    },
    state: { open: "Open", closed: "Closed", decided: "Decided" },
    noService: "No service",
  },
} as const;

export interface CheckReportInput<Check extends Pick<CheckT, "questions" | "decision">> {
  check: Check;
  /** The check's answers as the API shows them (no viewer), oldest first. */
  answers: AnswerT[];
  /**
   * The service an answer counts in. The server counts an anonymous answer in its author's
   * service (a count, never shown beside the answer); without that knowledge, `answer.service`.
   */
  countedService?: (answer: AnswerT) => string | null;
  /** A service's label (the slug when unknown). */
  serviceLabel: (slug: string) => string | undefined;
  locale: CheckReportLocale;
  now: Date;
}

const filled = (text: string) => text.trim() !== "";

/** Counts by service and by answer, existing things, field quotes, risks grouped, the decision. */
export function buildCheckReport<Check extends Pick<CheckT, "questions" | "decision">>(
  input: CheckReportInput<Check>,
) {
  const { check, answers, locale } = input;
  const t = checkReportLabels[locale];
  const countedService = input.countedService ?? ((answer: AnswerT) => answer.service);
  const counts = new Map<string | null, number>();
  for (const answer of answers) {
    const service = countedService(answer);
    counts.set(service, (counts.get(service) ?? 0) + 1);
  }
  const byService = [...counts.entries()]
    .map(([service, count]) => ({
      service,
      label: service === null ? t.noService : (input.serviceLabel(service) ?? service),
      count,
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, locale));
  const tally = <K extends string>(keys: readonly K[], of: (answer: AnswerT) => K | null) =>
    keys.map((key) => ({ key, count: answers.filter((answer) => of(answer) === key).length }));
  const quote = (answer: AnswerT, text: string) => ({
    answerId: answer.id,
    text,
    author: answer.author,
    service: answer.service,
  });
  return {
    locale,
    check,
    answerCount: answers.length,
    byService,
    existsAlready: tally(existsAnswers, (a) => a.existsAlready.answer).map(({ key, count }) => ({
      answer: key,
      label: t.existsAlready[key],
      count,
    })),
    wouldUse: tally(wouldUseAnswers, (a) => a.wouldUse.answer).map(({ key, count }) => ({
      answer: key,
      label: t.wouldUse[key],
      count,
    })),
    frequency: tally(useFrequencies, (a) => a.wouldUse.frequency).map(({ key, count }) => ({
      frequency: key,
      label: t.frequency[key],
      count,
    })),
    existing: answers
      .filter((a) => a.existsAlready.answer !== "no" && filled(a.existsAlready.where))
      .map((a) => ({ ...quote(a, a.existsAlready.where), answer: a.existsAlready.answer })),
    groundToday: answers.filter((a) => filled(a.groundToday)).map((a) => quote(a, a.groundToday)),
    risks: riskCategories
      .map((category) => ({
        category,
        label: t.risk[category],
        items: answers.flatMap((a) =>
          a.failureRisks
            .filter((risk) => risk.category === category)
            .map((risk) => quote(a, risk.text)),
        ),
      }))
      .filter((group) => group.items.length > 0),
    questions: check.questions.map((question) => ({
      questionId: question.id,
      text: question.text,
      answers: answers.flatMap((a) =>
        a.questions
          .filter((x) => x.questionId === question.id && filled(x.answer))
          .map((x) => quote(a, x.answer)),
      ),
    })),
    decision: check.decision,
    generatedAt: input.now.toISOString(),
  } satisfies Omit<CheckReportT, "check"> & { check: Check };
}
