import { z } from "zod";
import { Author, Id, IdeaCreate, Slug, StatusKey, Timestamp } from "./schemas";
import {
  checkLimits,
  checkStates,
  existsAnswers,
  riskCategories,
  useFrequencies,
  verdicts,
  wouldUseAnswers,
} from "./limits-demineur";

/**
 * The Démineur's schemas (pre-project checks), spread into the contract's tables. Answers carry
 * the same authorship as ideas (`named`, `team`, `anonymous`) and are shown under the same rules.
 */

/** Trimmed text without NUL characters (PostgreSQL refuses them). */
const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((value) => !value.includes("\u0000"), { message: "no NUL character" });

export const CheckState = z.enum(checkStates);
export const Verdict = z.enum(verdicts);
export const RiskCategory = z.enum(riskCategories);
export const ExistsAnswer = z.enum(existsAnswers);
export const WouldUseAnswer = z.enum(wouldUseAnswers);
export const UseFrequency = z.enum(useFrequencies);
export const ReportLocale = z.enum(["fr", "en"]);

export const ServiceCreate = z.strictObject({ slug: Slug, label: text(1, 80) });

export const CheckQuestion = z.object({ id: Id, text: z.string() });
export const Decision = z.object({
  verdict: Verdict,
  reason: z.string(),
  /** For `merge`: the URL or idea id of what the project merges with; null otherwise. */
  mergeWith: z.string().nullable(),
  decidedAt: Timestamp,
  /** Who recorded it (a lead, moderator or admin of the box); null once their account is erased. */
  decidedBy: z.string().nullable(),
});

/** A pre-project check. Its lead is named: a check is not anonymous. */
export const Check = z.object({
  id: Id,
  box: Slug,
  title: z.string(),
  problem: z.string(),
  intendedSolution: z.string(),
  /** Slugs of the box's services it is sent to. */
  services: z.array(Slug),
  /** Free text: the kinds of agents concerned. */
  concerned: z.string(),
  /** `YYYY-MM-DD`: the check closes at the start of this day (Europe/Paris), see `closesAt`. */
  decisionDate: z.iso.date(),
  /** When answers stop being accepted (start of `decisionDate` in Europe/Paris). */
  closesAt: Timestamp,
  questions: z.array(CheckQuestion),
  /** `open` until `closesAt`, then `closed`; `decided` once the lead records a verdict. */
  state: CheckState,
  decision: Decision.nullable(),
  /** The idea it started from, or the idea it became. */
  ideaId: Id.nullable(),
  lead: z.object({ displayName: z.string().nullable() }),
  /** I opened it. */
  mine: z.boolean(),
  answerCount: z.number().int(),
  /** The id of my answer, if I answered. */
  myAnswerId: Id.nullable(),
  createdAt: Timestamp,
});
export const CheckList = z.object({ items: z.array(Check) });
export const CheckListQuery = z.strictObject({
  state: CheckState.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const CheckCreate = z.strictObject({
  title: text(...checkLimits.title),
  problem: text(...checkLimits.problem),
  intendedSolution: text(...checkLimits.intendedSolution).default(""),
  services: z.array(Slug).max(checkLimits.services[1]).default([]),
  concerned: text(...checkLimits.concerned).default(""),
  /** Must be after today (Europe/Paris). */
  decisionDate: z.iso.date(),
  questions: z
    .array(text(...checkLimits.question))
    .max(checkLimits.questions[1])
    .default([]),
  /** The idea of this box the check starts from. */
  ideaId: Id.optional(),
});

/** Same schema and rules as an idea's authorship. */
export const Authorship = IdeaCreate.shape.authorship;

export const AnswerInput = z.strictObject({
  authorship: Authorship,
  existsAlready: z.strictObject({
    answer: ExistsAnswer,
    /** Where it exists: a name, a service, a URL. */
    where: text(...checkLimits.where).default(""),
  }),
  groundToday: text(...checkLimits.groundToday).default(""),
  failureRisks: z
    .array(z.strictObject({ category: RiskCategory, text: text(...checkLimits.risk) }))
    .max(checkLimits.risks[1])
    .default([]),
  wouldUse: z.strictObject({
    answer: WouldUseAnswer,
    frequency: UseFrequency.nullable().default(null),
  }),
  /** One per question of the check at most, by the question's id. */
  questions: z
    .array(z.strictObject({ questionId: Id, answer: text(...checkLimits.questionAnswer) }))
    .max(checkLimits.questions[1])
    .default([]),
});

export const Answer = z.object({
  id: Id,
  checkId: Id,
  /** `displayName` null for anonymous and team answers (and erased accounts); `teamName` for team. */
  author: Author,
  /** The author's service when they answered; null for anonymous answers and members without one. */
  service: Slug.nullable(),
  existsAlready: z.object({ answer: ExistsAnswer, where: z.string() }),
  groundToday: z.string(),
  failureRisks: z.array(z.object({ category: RiskCategory, text: z.string() })),
  wouldUse: z.object({ answer: WouldUseAnswer, frequency: UseFrequency.nullable() }),
  questions: z.array(z.object({ questionId: Id, answer: z.string() })),
  mine: z.boolean(),
  supportCount: z.number().int(),
  supportedByMe: z.boolean(),
  commentCount: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export const AnswerList = z.object({ items: z.array(Answer) });

export const AnswerComment = z.object({
  id: Id,
  answerId: Id,
  parentId: Id.nullable(),
  body: z.string(),
  /** Null when erased, or written by the hidden author of the anonymous or team answer. */
  author: z.object({ displayName: z.string().nullable() }),
  mine: z.boolean(),
  createdAt: Timestamp,
});
export const AnswerCommentList = z.object({ items: z.array(AnswerComment) });
export const AnswerCommentCreate = z.strictObject({
  body: text(1, 5000),
  parentId: Id.optional(),
});

export const DecisionInput = z.strictObject({
  verdict: Verdict,
  reason: text(...checkLimits.reason),
  /** Required for `merge` (URL or idea id), refused otherwise. */
  mergeWith: text(...checkLimits.mergeWith).optional(),
});

export const CheckIdeaLink = z.discriminatedUnion("mode", [
  /** Link to an existing idea of the box. */
  z.strictObject({ mode: z.literal("link"), ideaId: Id }),
  /** Make an idea of the check (title, problem, solution from it; named by the caller). */
  z.strictObject({ mode: z.literal("create"), scope: Slug, theme: Slug.optional() }),
]);

export const SimilarToCheckQuery = z.strictObject({
  title: text(3, 140),
  problem: text(0, 2000).default(""),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});
export const SimilarToCheckItem = z.object({
  kind: z.enum(["idea", "check"]),
  id: Id,
  box: Slug,
  boxName: z.string(),
  title: z.string(),
  /** An idea's status key, or a check's state. */
  status: z.union([StatusKey, CheckState]),
  similarity: z.number(),
  /** Why it matches: the words shared with the title and problem typed (lowercase, unaccented). */
  matchedTerms: z.array(z.string()),
});
export const SimilarToCheckList = z.object({ items: z.array(SimilarToCheckItem) });

export const ReportQuery = z.strictObject({ locale: ReportLocale.optional() });

/** A quote of an answer in the report, with the authorship its author chose. */
const Quote = z.object({
  answerId: Id,
  text: z.string(),
  author: Author,
  service: Slug.nullable(),
});

export const CheckReport = z.object({
  locale: ReportLocale,
  check: Check,
  answerCount: z.number().int(),
  /** Answers per service of their authors (null: no service); anonymous answers counted too. */
  byService: z.array(
    z.object({ service: Slug.nullable(), label: z.string(), count: z.number().int() }),
  ),
  existsAlready: z.array(
    z.object({ answer: ExistsAnswer, label: z.string(), count: z.number().int() }),
  ),
  wouldUse: z.array(
    z.object({ answer: WouldUseAnswer, label: z.string(), count: z.number().int() }),
  ),
  frequency: z.array(
    z.object({ frequency: UseFrequency, label: z.string(), count: z.number().int() }),
  ),
  /** The existing things found: `where` of answers saying yes or unsure, when given. */
  existing: z.array(Quote.extend({ answer: ExistsAnswer })),
  /** Field realities: what happens on the ground today. */
  groundToday: z.array(Quote),
  /** Risks grouped by category (categories without risks left out), in the fixed order. */
  risks: z.array(z.object({ category: RiskCategory, label: z.string(), items: z.array(Quote) })),
  /** The team's questions with their answers. */
  questions: z.array(z.object({ questionId: Id, text: z.string(), answers: z.array(Quote) })),
  decision: Decision.nullable(),
  generatedAt: Timestamp,
});

export type CheckT = z.infer<typeof Check>;
export type AnswerT = z.infer<typeof Answer>;
export type CheckReportT = z.infer<typeof CheckReport>;
export type AnswerInputBody = z.input<typeof AnswerInput>;
export type CheckCreateBody = z.input<typeof CheckCreate>;

/**
 * The Démineur's part of a person's data export (`exportMyData`), optional for servers before
 * it: the checks they lead, their answers (anonymous and team ones included: it is their data),
 * their comments on answers and the answers they support.
 */
export const DemineurPersonalData = z.object({
  checks: z.array(Check).optional(),
  checkAnswers: z.array(Answer).optional(),
  answerComments: z.array(AnswerComment).optional(),
  answerSupports: z.array(Id).optional(),
});
