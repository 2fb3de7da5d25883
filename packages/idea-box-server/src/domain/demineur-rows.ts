/**
 * The Démineur's rows as the API shows them: checks, answers and comments on answers, with the
 * clock that closes checks. Authorship follows ideas (`toIdea`): a named answer shows its author's
 * name, a team answer its team name only, an anonymous answer no name and no service, to anybody,
 * moderators and admins included. The author's id stays in the database for "one answer per
 * person", `mine`, editing and erasure; it never leaves these functions.
 */
import type { Queryable } from "../db/db";
import { notFound } from "../http-problem";
import type { AnswerT } from "@communs/idea-box";

/**
 * The Démineur's clock. Handlers read `demineurClock.now()`; tests move it (as retention.test.ts
 * gives its purges a `now`) to check what happens once a decision date has come.
 */
export const demineurClock = { now: (): Date => new Date() };

const iso = (value: Date | string) => new Date(value).toISOString();

const parisDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});
const parisOffset = new Intl.DateTimeFormat("en-US", {
  timeZone: "Europe/Paris",
  timeZoneName: "longOffset",
});

/** Today in Europe/Paris, `YYYY-MM-DD`. */
export const todayInParis = (now: Date) => parisDay.format(now);

/** The start of the day `date` (`YYYY-MM-DD`) in Europe/Paris: when a check closes. */
export function startOfParisDay(date: string): Date {
  const utcMidnight = new Date(`${date}T00:00:00Z`);
  const name = parisOffset.formatToParts(utcMidnight).find((p) => p.type === "timeZoneName")!.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  const minutes = match
    ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]))
    : 0;
  return new Date(utcMidnight.getTime() - minutes * 60_000);
}

export type CheckState = "open" | "closed" | "decided";

/** `decided` once a verdict is recorded; otherwise `closed` from `closesAt` on, `open` before. */
export function checkState(
  check: { verdict: string | null; closes_at: Date | string },
  now: Date,
): CheckState {
  if (check.verdict !== null) return "decided";
  return now.getTime() >= new Date(check.closes_at).getTime() ? "closed" : "open";
}

export interface CheckRow {
  id: string;
  box_id: string;
  box_slug: string;
  lead_id: string | null;
  lead_name: string | null;
  title: string;
  problem: string;
  intended_solution: string;
  concerned: string;
  decision_date: string;
  closes_at: Date | string;
  idea_id: string | null;
  verdict: "go" | "change" | "stop" | "merge" | null;
  reason: string | null;
  merge_with: string | null;
  decided_at: Date | string | null;
  decided_by_name: string | null;
  answer_count: number;
  services: string[];
  questions: { id: string; text: string }[];
  my_answer_id: string | null;
  created_at: Date | string;
}

/** Columns of a check; `$1` is the viewer's id (or null). */
export const checkSelect = `
  select c.id, c.box_id, b.slug as box_slug, c.lead_id,
         case when lu.erased_at is null then lu.display_name end as lead_name,
         c.title, c.problem, c.intended_solution, c.concerned,
         to_char(c.decision_date, 'YYYY-MM-DD') as decision_date, c.closes_at, c.idea_id,
         c.verdict, c.reason, c.merge_with, c.decided_at,
         case when du.erased_at is null then du.display_name end as decided_by_name,
         c.answer_count,
         (select coalesce(json_agg(s.slug order by s.slug), '[]')
            from check_services cs join services s on s.id = cs.service_id
           where cs.check_id = c.id) as services,
         (select coalesce(json_agg(json_build_object('id', q.id, 'text', q.text) order by q.position), '[]')
            from check_questions q where q.check_id = c.id) as questions,
         (select a.id from check_answers a where a.check_id = c.id and a.author_id = $1::uuid) as my_answer_id,
         c.created_at
    from checks c join boxes b on b.id = c.box_id
    left join users lu on lu.id = c.lead_id
    left join users du on du.id = c.decided_by`;

export function toCheck(row: CheckRow, viewerId: string | null, now: Date) {
  return {
    id: row.id,
    box: row.box_slug,
    title: row.title,
    problem: row.problem,
    intendedSolution: row.intended_solution,
    services: row.services,
    concerned: row.concerned,
    decisionDate: row.decision_date,
    closesAt: iso(row.closes_at),
    questions: row.questions,
    state: checkState(row, now),
    decision:
      row.verdict === null
        ? null
        : {
            verdict: row.verdict,
            reason: row.reason ?? "",
            mergeWith: row.merge_with,
            decidedAt: iso(row.decided_at!),
            decidedBy: row.decided_by_name,
          },
    ideaId: row.idea_id,
    lead: { displayName: row.lead_name },
    mine: viewerId !== null && row.lead_id === viewerId,
    answerCount: row.answer_count,
    myAnswerId: viewerId === null ? null : row.my_answer_id,
    createdAt: iso(row.created_at),
  };
}
export type CheckView = ReturnType<typeof toCheck>;

/** A check of box `boxId` (404 otherwise), as `viewerId` sees it. */
export async function loadCheck(
  db: Queryable,
  boxId: string,
  id: string,
  viewerId: string | null,
): Promise<CheckRow> {
  const [row] = await db.query<CheckRow>(`${checkSelect} where c.id = $2 and c.box_id = $3`, [
    viewerId,
    id,
    boxId,
  ]);
  if (!row) throw notFound();
  return row;
}

export interface AnswerRow {
  id: string;
  check_id: string;
  author_id: string | null;
  authorship: "named" | "team" | "anonymous";
  team_name: string | null;
  author_name: string | null;
  service_slug: string | null;
  exists_answer: "yes" | "no" | "unsure";
  exists_where: string;
  ground_today: string;
  would_use: "yes" | "maybe" | "no";
  frequency: "daily" | "weekly" | "monthly" | "rarely" | null;
  risks: { category: AnswerT["failureRisks"][number]["category"]; text: string }[];
  question_answers: { questionId: string; answer: string }[];
  support_count: number;
  comment_count: number;
  supported_by_me: boolean;
  created_at: Date | string;
  updated_at: Date | string;
}

/** Columns of an answer; `$1` is the viewer's id (or null). */
export const answerSelect = `
  select a.id, a.check_id, a.author_id, a.authorship, a.team_name,
         case when u.erased_at is null then u.display_name end as author_name,
         s.slug as service_slug, a.exists_answer, a.exists_where, a.ground_today, a.would_use,
         a.frequency, a.risks, a.question_answers, a.support_count, a.comment_count,
         ($1::uuid is not null and exists (select 1 from answer_supports sp
                                            where sp.answer_id = a.id and sp.user_id = $1::uuid)) as supported_by_me,
         a.created_at, a.updated_at
    from check_answers a join checks c on c.id = a.check_id
    left join users u on u.id = a.author_id
    left join services s on s.id = a.service_id`;

/** The author as everybody sees them (see the module's comment). */
export const answerAuthor = (row: AnswerRow) => ({
  mode: row.authorship,
  displayName: row.authorship === "named" ? row.author_name : null,
  teamName: row.authorship === "team" ? row.team_name : null,
});
/** An anonymous answer's service would narrow down its author: it is shown on no answer. */
export const answerService = (row: AnswerRow) =>
  row.authorship === "anonymous" ? null : row.service_slug;

export function toAnswer(row: AnswerRow, viewerId: string | null) {
  return {
    id: row.id,
    checkId: row.check_id,
    author: answerAuthor(row),
    service: answerService(row),
    existsAlready: { answer: row.exists_answer, where: row.exists_where },
    groundToday: row.ground_today,
    failureRisks: row.risks,
    wouldUse: { answer: row.would_use, frequency: row.frequency },
    questions: row.question_answers,
    mine: viewerId !== null && row.author_id === viewerId,
    supportCount: row.support_count,
    supportedByMe: viewerId !== null && row.supported_by_me,
    commentCount: row.comment_count,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

/** An answer to a check of box `boxId` (404 otherwise). */
export async function loadAnswer(
  db: Queryable,
  boxId: string,
  id: string,
  viewerId: string | null,
): Promise<AnswerRow> {
  const [row] = await db.query<AnswerRow>(`${answerSelect} where a.id = $2 and c.box_id = $3`, [
    viewerId,
    id,
    boxId,
  ]);
  if (!row) throw notFound();
  return row;
}

export interface AnswerCommentRow {
  id: string;
  answer_id: string;
  parent_id: string | null;
  body: string;
  author_id: string | null;
  author_name: string | null;
  by_hidden_author: boolean;
  created_at: Date | string;
}

export const answerCommentSelect = `
  select ac.id, ac.answer_id, ac.parent_id, ac.body, ac.author_id,
         case when u.erased_at is null then u.display_name end as author_name,
         (a.authorship <> 'named' and ac.author_id = a.author_id) as by_hidden_author,
         ac.created_at
    from answer_comments ac join check_answers a on a.id = ac.answer_id
    left join users u on u.id = ac.author_id`;

/**
 * A comment on an answer. The author of an anonymous or team answer who comments on it is named
 * to nobody (their `mine` tells them it is theirs): the name would tell who wrote the answer.
 */
export const toAnswerComment = (row: AnswerCommentRow, viewerId: string | null) => ({
  id: row.id,
  answerId: row.answer_id,
  parentId: row.parent_id,
  body: row.body,
  author: { displayName: row.by_hidden_author ? null : row.author_name },
  mine: viewerId !== null && row.author_id === viewerId,
  createdAt: iso(row.created_at),
});
