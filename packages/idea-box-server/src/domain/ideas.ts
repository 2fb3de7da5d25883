import type { z } from "zod";
import type {
  IdeaCreate,
  IdeaListQuery,
  IdeaUpdate,
  SimilarQuery,
  StatusChange,
  MergeRequest,
} from "@communs/idea-box";
import type { BoxContext, MemberContext } from "../context";
import type { Queryable } from "../db/db";
import { HttpProblem, invalid, notFound } from "../http-problem";
import { atLeast } from "../roles";
import {
  ideaColumns,
  ideaJoins,
  ideaPage,
  loadIdea,
  publicIdeaPage,
  searchExpression,
  titleNormExpression,
  toIdea,
  type IdeaRow,
} from "./idea-rows";
import { audit } from "./audit";

type Params = { box: string; id: string };

async function slugId(
  db: Queryable,
  table: "themes" | "scopes",
  boxId: string,
  slug: string,
  pointer: string,
) {
  const rows = await db.query<{ id: string }>(
    `select id from ${table} where box_id = $1 and slug = $2`,
    [boxId, slug],
  );
  if (!rows[0]) throw invalid(pointer, "invalid_value", { values: "unknown slug" });
  return rows[0].id;
}

export async function createIdea(ctx: MemberContext, input: { body: z.output<typeof IdeaCreate> }) {
  const box = ctx.box;
  const body = input.body;
  return ctx.db.transaction(async (tx) => {
    const scopeId = await slugId(tx, "scopes", box.id, body.scope, "/body/scope");
    const themeId = body.theme
      ? await slugId(tx, "themes", box.id, body.theme, "/body/theme")
      : null;
    const initial = await tx.query<{ key: string }>(
      "select key from statuses where box_id = $1 order by position limit 1",
      [box.id],
    );
    const status = initial[0]?.key ?? "submitted";
    const rows = await tx.query<{ id: string }>(
      `insert into ideas (box_id, author_id, authorship, team_name, title, problem, solution, concerned, scope_id, theme_id, status, title_norm, search, follower_count)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, ${titleNormExpression("$5")}, ${searchExpression("$5", "$6", "$7")}, 1)
       returning id`,
      [
        box.id,
        ctx.user.id,
        body.authorship.mode,
        body.authorship.mode === "team" ? body.authorship.teamName : null,
        body.title,
        body.problem,
        body.solution,
        body.concerned,
        scopeId,
        themeId,
        status,
      ],
    );
    const id = rows[0]!.id;
    await tx.query("insert into follows (idea_id, user_id) values ($1, $2)", [id, ctx.user.id]);
    await tx.query(
      "insert into status_history (idea_id, status, response, changed_by) values ($1, $2, '', $3)",
      [id, status, ctx.user.id],
    );
    // Webhooks and e-mails get the idea as anybody sees it, not as its author does (`mine`).
    await ctx.events(
      tx,
      box.id,
      "idea.created",
      { idea: await publicIdeaPage(tx, id) },
      ctx.user.id,
    );
    return ideaPage(ctx, tx, id);
  });
}

export async function getIdea(ctx: BoxContext, input: { params: Params }) {
  return ideaPage(ctx, ctx.db, input.params.id);
}

export async function updateIdea(
  ctx: MemberContext,
  input: { params: Params; body: z.output<typeof IdeaUpdate> },
) {
  const body = input.body;
  return ctx.db.transaction(async (tx) => {
    const row = await loadIdea(ctx, tx, input.params.id);
    const isAuthor = row.author_id === ctx.user.id;
    if (!isAuthor && !atLeast(ctx.box.role, "moderator")) throw new HttpProblem("forbidden");
    const themeId =
      body.theme === undefined
        ? undefined
        : body.theme === null
          ? null
          : await slugId(tx, "themes", ctx.box.id, body.theme, "/body/theme");
    await tx.query(
      `update ideas set
         title = coalesce($2, title), problem = coalesce($3, problem), solution = coalesce($4, solution),
         concerned = coalesce($5, concerned),
         theme_id = case when $6::boolean then $7::uuid else theme_id end,
         updated_at = now()
       where id = $1`,
      [
        row.id,
        body.title ?? null,
        body.problem ?? null,
        body.solution ?? null,
        body.concerned ?? null,
        themeId !== undefined,
        themeId ?? null,
      ],
    );
    await tx.query(
      `update ideas set title_norm = ${titleNormExpression("title")}, search = ${searchExpression("title", "problem", "solution")} where id = $1`,
      [row.id],
    );
    return ideaPage(ctx, tx, row.id);
  });
}

const decodeCursor = (cursor: string | undefined) => {
  if (!cursor) return 0;
  const offset = Number.parseInt(cursor, 10);
  if (
    !Number.isSafeInteger(offset) ||
    offset < 0 ||
    offset > 1_000_000 ||
    String(offset) !== cursor
  )
    throw invalid("/query/cursor", "invalid_format");
  return offset;
};

export async function listIdeas(ctx: BoxContext, input: { query: z.output<typeof IdeaListQuery> }) {
  const query = input.query;
  const offset = decodeCursor(query.cursor);
  const moderator = atLeast(ctx.box.role, "moderator");
  const params: unknown[] = [ctx.user?.id ?? null, ctx.box.id];
  const where = ["i.box_id = $2", "i.merged_into is null"];
  if (!moderator) where.push(`(i.hidden_at is null or i.author_id = $1::uuid)`);
  if (query.status) {
    params.push(query.status);
    where.push(`i.status = $${params.length}`);
  }
  if (query.theme) {
    params.push(query.theme);
    where.push(`t.slug = $${params.length}`);
  }
  if (query.scope) {
    params.push(query.scope);
    where.push(`sc.slug = $${params.length}`);
  }
  if (query.mine) where.push("$1::uuid is not null and i.author_id = $1::uuid");
  if (query.supported)
    where.push("exists (select 1 from supports s where s.idea_id = i.id and s.user_id = $1::uuid)");
  let rank = "";
  let titleMatch = "";
  let searchMatch: string[] = [];
  let joins = ideaJoins;
  if (query.q) {
    params.push(query.q);
    // The searched words once, in FROM: `unaccent` is stable, not immutable, so the same call in
    // WHERE and ORDER BY was parsed again for every matching row (half the query's time).
    joins += ` cross join websearch_to_tsquery('french', unaccent($${params.length})) as words`;
    searchMatch = ["i.search @@ words"];
    rank = "ts_rank(i.search, words) desc, ";
    titleMatch = "to_tsvector('french', i.title_norm) @@ words";
  }
  const order =
    query.sort === "supported"
      ? "i.support_count desc, i.id desc"
      : query.sort === "commented"
        ? "i.comment_count desc, i.id desc"
        : query.sort === "trending"
          ? // The store's trendingScore: (supports + comments / 2) / (age in hours + 2) ^ 1.5.
            `(i.support_count + 0.5 * i.comment_count) / power(greatest(extract(epoch from now() - i.created_at), 0) / 3600 + 2, 1.5) desc, i.created_at desc, i.id desc`
          : query.sort === "relevance" && rank
            ? `${rank}i.created_at desc, i.id desc`
            : "i.created_at desc, i.id desc";
  // `counted`: with the number of rows matching (a window over all of them: never on an
  // index-ordered list, whose LIMIT would then read the whole box).
  const page = (extraWhere: string[], limit: number, from: number, counted = false) =>
    ctx.db.query<IdeaRow & { tier_total?: string }>(
      `select ${ideaColumns}${counted ? ", count(*) over () as tier_total" : ""} ${joins}
        where ${[...where, ...extraWhere].join(" and ")} order by ${order}
        limit $${params.length + 1} offset $${params.length + 2}`,
      [...params, limit, from],
    );
  const wanted = query.limit + 1;
  let rows: IdeaRow[];
  if (query.sort === "relevance" && titleMatch) {
    // Relevance: the ideas whose title has every searched word first, then the others, each
    // part by rank. Ranking every match of a common word was the cost of a search at full scale
    // (2,000 matches, 30 ms); the title matches are fewer and usually fill the page alone.
    // A title with every word is a match (the title is in `search`): one index is enough.
    const inTitle = await page([titleMatch], wanted, offset, true);
    rows = inTitle;
    if (inTitle.length < wanted) {
      const titleTotal =
        inTitle.length > 0
          ? Number(inTitle[0]!.tier_total)
          : Number(
              (
                await ctx.db.query<{ n: string }>(
                  `select count(*) as n ${joins} where ${[...where, titleMatch].join(" and ")}`,
                  params,
                )
              )[0]!.n,
            );
      const rest = await page(
        [...searchMatch, `not (${titleMatch})`],
        wanted - inTitle.length,
        Math.max(0, offset - titleTotal),
      );
      rows = [...inTitle, ...rest];
    }
  } else rows = await page(searchMatch, wanted, offset);
  const more = rows.length > query.limit;
  return {
    items: rows.slice(0, query.limit).map((row) => toIdea(row, ctx.user?.id ?? null)),
    nextCursor: more ? String(offset + query.limit) : null,
  };
}

export async function similarIdeas(
  ctx: BoxContext,
  input: { query: z.output<typeof SimilarQuery> },
) {
  const rows = await ctx.db.query<{
    id: string;
    title: string;
    status: string;
    similarity: number;
  }>(
    // Migration 7's function: close titles from the GIN index, then the nearest from the GiST one.
    "select id, title, status, similarity from similar_ideas($1, $2, $3)",
    [ctx.box.id, input.query.title, input.query.limit],
  );
  return { items: rows.map((row) => ({ ...row, similarity: Number(row.similarity) })) };
}

async function toggle(ctx: MemberContext, id: string, table: "supports" | "follows", on: boolean) {
  const column = table === "supports" ? "support_count" : "follower_count";
  return ctx.db.transaction(async (tx) => {
    const row = await loadIdea(ctx, tx, id);
    if (row.merged_into)
      throw new HttpProblem("conflict", { detail: "merged idea: act on the original" });
    const changed = on
      ? await tx.query(
          `insert into ${table} (idea_id, user_id) values ($1, $2) on conflict do nothing returning 1`,
          [row.id, ctx.user.id],
        )
      : await tx.query(`delete from ${table} where idea_id = $1 and user_id = $2 returning 1`, [
          row.id,
          ctx.user.id,
        ]);
    if (changed.length > 0)
      await tx.query(`update ideas set ${column} = ${column} + $2 where id = $1`, [
        row.id,
        on ? 1 : -1,
      ]);
    return ideaPage(ctx, tx, row.id);
  });
}

export const support = (ctx: MemberContext, input: { params: Params }) =>
  toggle(ctx, input.params.id, "supports", true);
export const unsupport = (ctx: MemberContext, input: { params: Params }) =>
  toggle(ctx, input.params.id, "supports", false);
export const follow = (ctx: MemberContext, input: { params: Params }) =>
  toggle(ctx, input.params.id, "follows", true);
export const unfollow = (ctx: MemberContext, input: { params: Params }) =>
  toggle(ctx, input.params.id, "follows", false);

export async function changeStatus(
  ctx: MemberContext,
  input: { params: Params; body: z.output<typeof StatusChange> },
) {
  const { status, response } = input.body;
  return ctx.db.transaction(async (tx) => {
    const row = await loadIdea(ctx, tx, input.params.id);
    const statuses = await tx.query<{ requires_reason: boolean; retired: boolean }>(
      "select requires_reason, retired_at is not null as retired from statuses where box_id = $1 and key = $2",
      [ctx.box.id, status],
    );
    const found = statuses[0];
    // A retired status (admin console) is no longer given; ideas that have it keep it.
    if (!found || found.retired) throw invalid("/body/status", "invalid_value");
    if (found.requires_reason && response.length < 10)
      throw invalid("/body/response", "required_reason", { minimum: 10 });
    await tx.query("update ideas set status = $2, updated_at = now() where id = $1", [
      row.id,
      status,
    ]);
    await tx.query(
      "insert into status_history (idea_id, status, response, changed_by) values ($1, $2, $3, $4)",
      [row.id, status, response, ctx.user.id],
    );
    await ctx.events(
      tx,
      ctx.box.id,
      "idea.status_changed",
      { idea: await publicIdeaPage(tx, row.id), response },
      ctx.user.id,
    );
    return ideaPage(ctx, tx, row.id);
  });
}

/** Moves supports and followers of a duplicate to the original, marks it merged, audits it. */
export async function mergeIdea(
  ctx: MemberContext,
  input: { params: Params; body: z.output<typeof MergeRequest> },
) {
  const { into, reason } = input.body;
  if (into === input.params.id) throw invalid("/body/into", "invalid_value");
  return ctx.db.transaction(async (tx) => {
    const duplicate = await loadIdea(ctx, tx, input.params.id);
    const originals = await tx.query<{ id: string; merged_into: string | null }>(
      "select id, merged_into from ideas where id = $1 and box_id = $2 for update",
      [into, ctx.box.id],
    );
    const original = originals[0];
    if (!original) throw invalid("/body/into", "invalid_value");
    if (original.merged_into || duplicate.merged_into)
      throw new HttpProblem("conflict", { detail: "already merged" });
    for (const table of ["supports", "follows"] as const) {
      await tx.query(
        `insert into ${table} (idea_id, user_id) select $2, user_id from ${table} where idea_id = $1 on conflict do nothing`,
        [duplicate.id, original.id],
      );
      await tx.query(`delete from ${table} where idea_id = $1`, [duplicate.id]);
    }
    await tx.query(
      `update ideas set
         support_count = (select count(*) from supports where idea_id = ideas.id),
         follower_count = (select count(*) from follows where idea_id = ideas.id),
         merged_into = case when id = $1 then $2::uuid else merged_into end,
         updated_at = now()
       where id in ($1, $2)`,
      [duplicate.id, original.id],
    );
    await audit(tx, ctx, "idea.merged", "idea", duplicate.id, `${reason} → ${original.id}`);
    return ideaPage(ctx, tx, duplicate.id);
  });
}

export { notFound };
