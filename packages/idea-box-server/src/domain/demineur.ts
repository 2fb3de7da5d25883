/**
 * The Démineur (issue 16): pre-project checks, a mode of the idea box. A project lead (box role
 * `lead` or above) opens a check and it is sent to the members of the chosen services; agents
 * answer it once each (named, as a team or anonymously, as ideas are), support and comment on
 * answers; the demining report gathers them; the lead records a verdict, which closes the check.
 * The check closes by itself at the start of its decision date (Europe/Paris): answers are
 * refused from then, decided or not. Handlers are spread into `handlers` (see `handlers.ts`).
 */
import type { z } from "zod";
import type {
  AnswerCommentCreate,
  AnswerInput,
  CheckCreate,
  CheckIdeaLink,
  CheckListQuery,
  DecisionInput,
  ReportQuery,
  ServiceCreate,
  SimilarToCheckQuery,
} from "@communs/idea-box";
import type { BoxContext, MemberContext } from "../context";
import type { Queryable } from "../db/db";
import { HttpProblem, invalid } from "../http-problem";
import { ideaLink } from "../notifications";
import { atLeast } from "../roles";
import { searchExpression, titleNormExpression } from "./idea-rows";
import { createIdea } from "./ideas";
import {
  answerCommentSelect,
  answerSelect,
  checkSelect,
  checkState,
  demineurClock,
  loadAnswer,
  loadCheck,
  startOfParisDay,
  todayInParis,
  toAnswer,
  toAnswerComment,
  toCheck,
  type AnswerCommentRow,
  type AnswerRow,
  type CheckRow,
} from "./demineur-rows";
import { buildReport, mailText, reportCsv, reportLocale, reportMarkdown } from "./demineur-report";

type Params = { box: string; id: string };
const viewer = (ctx: BoxContext) => ctx.user?.id ?? null;

export async function createService(
  ctx: MemberContext,
  input: { body: z.output<typeof ServiceCreate> },
) {
  const rows = await ctx.db.query<{ id: string; slug: string; label: string }>(
    "insert into services (box_id, slug, label) values ($1, $2, $3) on conflict (box_id, slug) do nothing returning id, slug, label",
    [ctx.box.id, input.body.slug, input.body.label],
  );
  if (!rows[0])
    throw new HttpProblem("conflict", { detail: `a service "${input.body.slug}" exists already` });
  return rows[0];
}

/** The check `id` of the box as `ctx` sees it. */
const checkView = async (ctx: BoxContext, db: Queryable, id: string) =>
  toCheck(await loadCheck(db, ctx.box.id, id, viewer(ctx)), viewer(ctx), demineurClock.now());

/** As anybody may be told about it (webhooks): no viewer, so no `mine` or `myAnswerId`. */
const publicCheck = async (db: Queryable, boxId: string, id: string) =>
  toCheck(await loadCheck(db, boxId, id, null), null, demineurClock.now());

export async function listChecks(
  ctx: BoxContext,
  input: { query: z.output<typeof CheckListQuery> },
) {
  const now = demineurClock.now();
  const state = input.query.state;
  const where =
    state === "decided"
      ? "c.verdict is not null"
      : state === "closed"
        ? "c.verdict is null and c.closes_at <= $3::timestamptz"
        : state === "open"
          ? "c.verdict is null and c.closes_at > $3::timestamptz"
          : "$3::timestamptz is not null";
  const rows = await ctx.db.query<CheckRow>(
    `${checkSelect} where c.box_id = $2 and ${where} order by c.created_at desc, c.id desc limit $4`,
    [viewer(ctx), ctx.box.id, now.toISOString(), input.query.limit],
  );
  return { items: rows.map((row) => toCheck(row, viewer(ctx), now)) };
}

export const getCheck = (ctx: BoxContext, input: { params: Params }) =>
  checkView(ctx, ctx.db, input.params.id);

/** Ids of the box's services by slug; an unknown slug is a 422 at `pointer/<index>`. */
async function serviceIds(db: Queryable, boxId: string, slugs: string[], pointer: string) {
  const rows = await db.query<{ id: string; slug: string }>(
    "select id, slug from services where box_id = $1 and slug = any($2::text[])",
    [boxId, slugs],
  );
  const bySlug = new Map(rows.map((row) => [row.slug, row.id]));
  return slugs.map((slug, index) => {
    const id = bySlug.get(slug);
    if (!id) throw invalid(`${pointer}/${index}`, "invalid_value", { values: "unknown service" });
    return id;
  });
}

/** An idea of the box that everybody may see (neither hidden nor merged), or a 422 at `pointer`. */
async function visibleIdea(db: Queryable, boxId: string, id: string, pointer: string) {
  const rows = await db.query(
    "select 1 from ideas where id = $1 and box_id = $2 and hidden_at is null and merged_into is null",
    [id, boxId],
  );
  if (rows.length === 0)
    throw invalid(pointer, "invalid_value", { values: "no such idea in this box" });
}

/** The page a check's e-mails link to: IDEA_URL with `/ideas/` turned into `/checks/`. */
const checkLink = (ctx: BoxContext, id: string) =>
  ideaLink(ctx.config.ideaUrl.replace("/ideas/", "/checks/"), ctx.box.slug, id);

/**
 * Queues one e-mail per person in `recipients` (an SQL select of user ids, `$1`..: `params`)
 * who wants e-mail, but `actorId`. Only with SMTP set, like idea notifications (nothing piles up
 * for a later SMTP_URL); the worker of `notifications.ts` sends them, with the unsubscribe link.
 */
async function queueMail(
  ctx: MemberContext,
  tx: Queryable,
  event: string,
  mail: { subject: string; text: string },
  recipients: string,
  params: unknown[],
) {
  if (!ctx.mail) return;
  const n = params.length;
  await tx.query(
    `insert into email_notifications (user_id, mode, event, subject, body)
     select u.id, u.digest, $${n + 1}, $${n + 2}, $${n + 3}
       from users u
      where u.id in (${recipients}) and u.digest in ('immediate', 'daily')
        and u.email is not null and u.erased_at is null and u.id <> $${n + 4}::uuid`,
    [...params, event, mail.subject, mail.text, ctx.user.id],
  );
}

export async function createCheck(
  ctx: MemberContext,
  input: { body: z.output<typeof CheckCreate> },
) {
  const body = input.body;
  const now = demineurClock.now();
  if (body.decisionDate <= todayInParis(now))
    throw invalid("/body/decisionDate", "invalid_value", { values: "a date after today" });
  const duplicate = body.services.findIndex((slug, index) => body.services.indexOf(slug) !== index);
  if (duplicate >= 0)
    throw invalid(`/body/services/${duplicate}`, "invalid_value", { values: "given twice" });
  return ctx.db.transaction(async (tx) => {
    const services = await serviceIds(tx, ctx.box.id, body.services, "/body/services");
    if (body.ideaId) await visibleIdea(tx, ctx.box.id, body.ideaId, "/body/ideaId");
    const [row] = await tx.query<{ id: string }>(
      `insert into checks (box_id, lead_id, title, problem, intended_solution, concerned, decision_date,
                           closes_at, idea_id, title_norm, search)
       values ($1, $2, $3, $4, $5, $6, $7::date, $8::timestamptz, $9, ${titleNormExpression("$3")},
               ${searchExpression("$3", "$4", "$5")})
       returning id`,
      [
        ctx.box.id,
        ctx.user.id,
        body.title,
        body.problem,
        body.intendedSolution,
        body.concerned,
        body.decisionDate,
        startOfParisDay(body.decisionDate).toISOString(),
        body.ideaId ?? null,
      ],
    );
    const id = row!.id;
    for (const serviceId of services)
      await tx.query("insert into check_services (check_id, service_id) values ($1, $2)", [
        id,
        serviceId,
      ]);
    let position = 0;
    for (const text of body.questions)
      await tx.query("insert into check_questions (check_id, position, text) values ($1, $2, $3)", [
        id,
        position++,
        text,
      ]);
    const check = await publicCheck(tx, ctx.box.id, id);
    await ctx.events(tx, ctx.box.id, "check.opened", { check }, ctx.user.id);
    await queueMail(
      ctx,
      tx,
      "check.opened",
      mailText.opened(
        check,
        ctx.box.name,
        check.lead.displayName,
        check.decisionDate,
        checkLink(ctx, id),
      ),
      "select m.user_id from members m join check_services cs on cs.service_id = m.service_id where m.box_id = $1 and cs.check_id = $2",
      [ctx.box.id, id],
    );
    return checkView(ctx, tx, id);
  });
}

/** Refuses answers to a check that is closed or decided (409, with when and why). */
function assertOpen(row: CheckRow, now: Date) {
  const state = checkState(row, now);
  if (state === "decided")
    throw new HttpProblem("conflict", {
      detail: "this check is decided: it takes no more answers",
    });
  if (state === "closed")
    throw new HttpProblem("conflict", {
      detail: `this check closed on its decision date (${row.decision_date}): it takes no more answers`,
    });
}

export async function answerCheck(
  ctx: MemberContext,
  input: { params: Params; body: z.output<typeof AnswerInput> },
) {
  const body = input.body;
  return ctx.db.transaction(async (tx) => {
    const check = await loadCheck(tx, ctx.box.id, input.params.id, ctx.user.id);
    assertOpen(check, demineurClock.now());
    const questionIds = new Set(check.questions.map((q) => q.id));
    const seen = new Set<string>();
    body.questions.forEach((answer, index) => {
      if (!questionIds.has(answer.questionId) || seen.has(answer.questionId))
        throw invalid(`/body/questions/${index}/questionId`, "invalid_value", {
          values: seen.has(answer.questionId) ? "answered twice" : "not a question of this check",
        });
      seen.add(answer.questionId);
    });
    const [member] = await tx.query<{ service_id: string | null }>(
      "select service_id from members where box_id = $1 and user_id = $2",
      [ctx.box.id, ctx.user.id],
    );
    const [row] = await tx.query<{ id: string }>(
      `insert into check_answers (check_id, author_id, authorship, team_name, service_id, exists_answer,
                                  exists_where, ground_today, would_use, frequency, risks, question_answers)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12::jsonb)
       on conflict (check_id, author_id) do update set
         authorship = excluded.authorship, team_name = excluded.team_name, service_id = excluded.service_id,
         exists_answer = excluded.exists_answer, exists_where = excluded.exists_where,
         ground_today = excluded.ground_today, would_use = excluded.would_use,
         frequency = excluded.frequency, risks = excluded.risks,
         question_answers = excluded.question_answers, updated_at = now()
       returning id`,
      [
        check.id,
        ctx.user.id,
        body.authorship.mode,
        body.authorship.mode === "team" ? body.authorship.teamName : null,
        member?.service_id ?? null,
        body.existsAlready.answer,
        body.existsAlready.where,
        body.groundToday,
        body.wouldUse.answer,
        body.wouldUse.frequency,
        JSON.stringify(body.failureRisks),
        JSON.stringify(body.questions),
      ],
    );
    await tx.query(
      "update checks set answer_count = (select count(*) from check_answers where check_id = $1) where id = $1",
      [check.id],
    );
    const answer = await loadAnswer(tx, ctx.box.id, row!.id, ctx.user.id);
    // The payload is the answer as anybody sees it: an anonymous one names nobody.
    await ctx.events(
      tx,
      ctx.box.id,
      "check.answered",
      { checkId: check.id, answer: toAnswer(answer, null) },
      ctx.user.id,
    );
    return toAnswer(answer, ctx.user.id);
  });
}

async function answersOf(db: Queryable, checkId: string, viewerId: string | null) {
  return db.query<AnswerRow>(`${answerSelect} where a.check_id = $2 order by a.created_at, a.id`, [
    viewerId,
    checkId,
  ]);
}

export async function listAnswers(ctx: BoxContext, input: { params: Params }) {
  const check = await loadCheck(ctx.db, ctx.box.id, input.params.id, viewer(ctx));
  const rows = await answersOf(ctx.db, check.id, viewer(ctx));
  return { items: rows.map((row) => toAnswer(row, viewer(ctx))) };
}

/** Deciding and linking: the check's own lead, or a moderator or admin of the box. */
function assertLeads(ctx: MemberContext, check: CheckRow) {
  if (check.lead_id !== ctx.user.id && !atLeast(ctx.box.role, "moderator"))
    throw new HttpProblem("forbidden", {
      detail: "only the check's lead, a moderator or an admin may do this",
    });
}

export async function decideCheck(
  ctx: MemberContext,
  input: { params: Params; body: z.output<typeof DecisionInput> },
) {
  const body = input.body;
  if (body.verdict === "merge" && !body.mergeWith)
    throw invalid("/body/mergeWith", "invalid_value", { values: "required for a merge" });
  if (body.verdict !== "merge" && body.mergeWith)
    throw invalid("/body/mergeWith", "invalid_value", { values: "only for a merge" });
  return ctx.db.transaction(async (tx) => {
    const check = await loadCheck(tx, ctx.box.id, input.params.id, ctx.user.id);
    assertLeads(ctx, check);
    if (check.verdict !== null)
      throw new HttpProblem("conflict", { detail: "this check is decided already" });
    await tx.query(
      `update checks set verdict = $2, reason = $3, merge_with = $4, decided_at = $5::timestamptz, decided_by = $6
        where id = $1`,
      [
        check.id,
        body.verdict,
        body.reason,
        body.mergeWith ?? null,
        demineurClock.now().toISOString(),
        ctx.user.id,
      ],
    );
    const decided = await publicCheck(tx, ctx.box.id, check.id);
    await ctx.events(tx, ctx.box.id, "check.decided", { check: decided }, ctx.user.id);
    // Those consulted: who answered, and the members of the services it was sent to.
    await queueMail(
      ctx,
      tx,
      "check.decided",
      mailText.decided(check, ctx.box.name, body.verdict, body.reason, checkLink(ctx, check.id)),
      `select a.author_id from check_answers a where a.check_id = $1
       union select m.user_id from members m join check_services cs on cs.service_id = m.service_id
              where m.box_id = $2 and cs.check_id = $1`,
      [check.id, ctx.box.id],
    );
    return checkView(ctx, tx, check.id);
  });
}

export async function linkCheckIdea(
  ctx: MemberContext,
  input: { params: Params; body: z.output<typeof CheckIdeaLink> },
) {
  const body = input.body;
  const check = await loadCheck(ctx.db, ctx.box.id, input.params.id, ctx.user.id);
  assertLeads(ctx, check);
  let ideaId: string;
  if (body.mode === "link") {
    await visibleIdea(ctx.db, ctx.box.id, body.ideaId, "/body/ideaId");
    ideaId = body.ideaId;
  } else {
    // Named by the person who makes it: the check's lead, or the moderator acting.
    const idea = await createIdea(ctx, {
      body: {
        title: check.title,
        problem: check.problem,
        solution: check.intended_solution,
        concerned: check.concerned,
        scope: body.scope,
        theme: body.theme,
        authorship: { mode: "named" },
      },
    });
    ideaId = idea.id;
  }
  await ctx.db.query("update checks set idea_id = $2 where id = $1", [check.id, ideaId]);
  return checkView(ctx, ctx.db, check.id);
}

async function report(ctx: BoxContext, id: string, locale: "fr" | "en" | undefined) {
  const now = demineurClock.now();
  const check = await loadCheck(ctx.db, ctx.box.id, id, viewer(ctx));
  const [answers, services] = await Promise.all([
    answersOf(ctx.db, check.id, null),
    ctx.db.query<{ slug: string; label: string }>(
      "select slug, label from services where box_id = $1",
      [ctx.box.id],
    ),
  ]);
  const built = buildReport(
    toCheck(check, viewer(ctx), now),
    answers,
    new Map(services.map((s) => [s.slug, s.label])),
    reportLocale(locale, ctx.acceptLanguage ?? null),
    now,
  );
  return { report: built, answers, slug: `${ctx.box.slug}-check-${check.id.slice(0, 8)}` };
}

type ReportInput = { params: Params; query: z.output<typeof ReportQuery> };

export const checkReport = async (ctx: BoxContext, input: ReportInput) =>
  (await report(ctx, input.params.id, input.query.locale)).report;
export const exportCheckJson = checkReport;
export async function exportCheckCsv(ctx: BoxContext, input: ReportInput) {
  const { report: built, answers, slug } = await report(ctx, input.params.id, input.query.locale);
  return { csv: reportCsv(built, answers), filename: `${slug}.csv` };
}
export async function exportCheckMarkdown(ctx: BoxContext, input: ReportInput) {
  const { report: built, slug } = await report(ctx, input.params.id, input.query.locale);
  return { markdown: reportMarkdown(built), filename: `${slug}.md` };
}

async function toggleSupport(ctx: MemberContext, id: string, on: boolean) {
  return ctx.db.transaction(async (tx) => {
    const answer = await loadAnswer(tx, ctx.box.id, id, ctx.user.id);
    const changed = on
      ? await tx.query(
          "insert into answer_supports (answer_id, user_id) values ($1, $2) on conflict do nothing returning 1",
          [answer.id, ctx.user.id],
        )
      : await tx.query(
          "delete from answer_supports where answer_id = $1 and user_id = $2 returning 1",
          [answer.id, ctx.user.id],
        );
    if (changed.length > 0)
      await tx.query(
        `update check_answers set support_count = support_count + ${on ? 1 : -1} where id = $1`,
        [answer.id],
      );
    return toAnswer(await loadAnswer(tx, ctx.box.id, id, ctx.user.id), ctx.user.id);
  });
}
export const supportAnswer = (ctx: MemberContext, input: { params: Params }) =>
  toggleSupport(ctx, input.params.id, true);
export const unsupportAnswer = (ctx: MemberContext, input: { params: Params }) =>
  toggleSupport(ctx, input.params.id, false);

export async function listAnswerComments(ctx: BoxContext, input: { params: Params }) {
  const answer = await loadAnswer(ctx.db, ctx.box.id, input.params.id, viewer(ctx));
  const rows = await ctx.db.query<AnswerCommentRow>(
    `${answerCommentSelect} where ac.answer_id = $1 order by ac.created_at, ac.id`,
    [answer.id],
  );
  return { items: rows.map((row) => toAnswerComment(row, viewer(ctx))) };
}

export async function createAnswerComment(
  ctx: MemberContext,
  input: { params: Params; body: z.output<typeof AnswerCommentCreate> },
) {
  return ctx.db.transaction(async (tx) => {
    const answer = await loadAnswer(tx, ctx.box.id, input.params.id, ctx.user.id);
    if (input.body.parentId) {
      const parents = await tx.query<{ parent_id: string | null }>(
        "select parent_id from answer_comments where id = $1 and answer_id = $2",
        [input.body.parentId, answer.id],
      );
      if (!parents[0]) throw invalid("/body/parentId", "invalid_value");
      if (parents[0].parent_id !== null) throw invalid("/body/parentId", "too_big", { maximum: 2 });
    }
    const [row] = await tx.query<{ id: string }>(
      "insert into answer_comments (answer_id, parent_id, author_id, body) values ($1, $2, $3, $4) returning id",
      [answer.id, input.body.parentId ?? null, ctx.user.id, input.body.body],
    );
    await tx.query("update check_answers set comment_count = comment_count + 1 where id = $1", [
      answer.id,
    ]);
    const [created] = await tx.query<AnswerCommentRow>(`${answerCommentSelect} where ac.id = $1`, [
      row!.id,
    ]);
    return toAnswerComment(created!, ctx.user.id);
  });
}

/**
 * Ideas and earlier checks like the one being written, in every box the caller may read: those
 * sharing French stems (stop words dropped, accents ignored) with its title and problem, found
 * through the GIN indexes of `ideas.search` and `checks.search`, ranked by `ts_rank` (shared
 * stems, a title's counting more than a problem's). `similarity` is the share of the typed stems
 * an item shares; `matchedTerms` are the typed words whose stem it shares: why it matches. At
 * most 16 stems are looked for, the title's first.
 */
export async function similarToCheck(
  ctx: MemberContext,
  input: { query: z.output<typeof SimilarToCheckQuery> },
) {
  const { title, problem, limit } = input.query;
  const words = await ctx.db.query<{ word: string; lexeme: string | null; from_title: boolean }>(
    `select lower(unaccent(w.word)) as word,
            (tsvector_to_array(to_tsvector('french', lower(unaccent(w.word)))))[1] as lexeme,
            w.from_title
       from (select t.word, true as from_title, t.n
               from regexp_split_to_table($1, '[[:space:][:punct:]’‘«»“”…–—]+') with ordinality t(word, n)
             union all
             select p.word, false, p.n + 100000
               from regexp_split_to_table($2, '[[:space:][:punct:]’‘«»“”…–—]+') with ordinality p(word, n)) w
      order by w.n`,
    [title, problem],
  );
  // Each stem once (its first typed word), the title's first, then the problem's longest.
  const byLexeme = new Map<string, string>();
  const titleStems: string[] = [];
  const problemStems: string[] = [];
  for (const { word, lexeme, from_title } of words) {
    if (!lexeme || lexeme.length < 3 || byLexeme.has(lexeme)) continue;
    byLexeme.set(lexeme, word);
    (from_title ? titleStems : problemStems).push(lexeme);
  }
  problemStems.sort((a, b) => b.length - a.length);
  const stems = [...titleStems, ...problemStems].slice(0, 16);
  if (stems.length === 0) return { items: [] };
  const readable = `(b.visibility = 'public' or $3::boolean
                     or exists (select 1 from members m where m.box_id = b.id and m.user_id = $2::uuid))`;
  const rows = await ctx.db.query<{
    kind: "idea" | "check";
    id: string;
    box: string;
    box_name: string;
    title: string;
    status: string | null;
    verdict: string | null;
    closes_at: Date | string | null;
    matched: string[];
  }>(
    // ts_rank (in C) ranks every match cheaply; the shared stems are listed for the few kept.
    `with q as (select array_to_string(array(select quote_literal(s) from unnest($1::text[]) s), ' | ')::tsquery as query),
     found as (
       select 'idea' as kind, i.id, b.slug as box, b.name as box_name, i.title, i.status,
              null::text as verdict, null::timestamptz as closes_at, i.search,
              ts_rank(i.search, q.query) as rank, i.created_at
         from ideas i join boxes b on b.id = i.box_id, q
        where i.search @@ q.query and i.hidden_at is null and i.merged_into is null and ${readable}
       union all
       select 'check', c.id, b.slug, b.name, c.title, null, c.verdict, c.closes_at, c.search,
              ts_rank(c.search, q.query), c.created_at
         from checks c join boxes b on b.id = c.box_id, q
        where c.search @@ q.query and ${readable})
     select f.kind, f.id, f.box, f.box_name, f.title, f.status, f.verdict, f.closes_at,
            array(select l from unnest(tsvector_to_array(f.search)) l where l = any($1::text[])) as matched
       from (select * from found order by rank desc, created_at desc, id limit $4) f
      order by f.rank desc, f.created_at desc, f.id`,
    [stems, ctx.user.id, ctx.user.platformAdmin, limit],
  );
  const now = demineurClock.now();
  return {
    items: rows.map((row) => ({
      kind: row.kind,
      id: row.id,
      box: row.box,
      boxName: row.box_name,
      title: row.title,
      status:
        row.kind === "idea"
          ? row.status!
          : checkState({ verdict: row.verdict, closes_at: row.closes_at! }, now),
      similarity: Math.round((row.matched.length / stems.length) * 1000) / 1000,
      matchedTerms: stems.filter((s) => row.matched.includes(s)).map((s) => byLexeme.get(s)!),
    })),
  };
}

/** For `handlers.ts`: one handler per Démineur operation. */
export const demineurHandlers = {
  createService,
  similarToCheck,
  listChecks,
  createCheck,
  getCheck,
  answerCheck,
  listAnswers,
  decideCheck,
  linkCheckIdea,
  checkReport,
  exportCheckJson,
  exportCheckCsv,
  exportCheckMarkdown,
  supportAnswer,
  unsupportAnswer,
  listAnswerComments,
  createAnswerComment,
};
