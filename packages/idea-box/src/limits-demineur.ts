/**
 * The Démineur's limits and fixed lists as plain data (zod-free, for forms and the store): the
 * zod schemas (`schemas-demineur.ts`) are built from them.
 */

/** Trimmed length limits of a check's and an answer's texts, and list sizes, `[min, max]`. */
export const checkLimits = {
  title: [5, 140],
  problem: [10, 5000],
  intendedSolution: [0, 5000],
  concerned: [0, 500],
  question: [3, 500],
  questions: [0, 10],
  services: [0, 20],
  reason: [3, 5000],
  mergeWith: [1, 500],
  where: [0, 500],
  groundToday: [0, 5000],
  risk: [3, 2000],
  risks: [0, 5],
  questionAnswer: [0, 2000],
  teamName: [2, 80],
} as const satisfies Record<string, readonly [number, number]>;

/** `open` until the decision date, then `closed`; `decided` once a verdict is recorded. */
export const checkStates = ["open", "closed", "decided"] as const;
/** The lead's verdict: go ahead, change the project, stop it, merge it with an existing one. */
export const verdicts = ["go", "change", "stop", "merge"] as const;
/** Categories of "what would make it fail", in the report's order. */
export const riskCategories = [
  "cost",
  "time",
  "adoption",
  "skills",
  "technical",
  "legal",
  "other",
] as const;
/** "Does this exist already here?" */
export const existsAnswers = ["yes", "no", "unsure"] as const;
/** "Would you use it?" */
export const wouldUseAnswers = ["yes", "maybe", "no"] as const;
/** "How often?" */
export const useFrequencies = ["daily", "weekly", "monthly", "rarely"] as const;
