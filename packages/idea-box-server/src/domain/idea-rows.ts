import type { Queryable } from "../db/db";
import type { BoxContext } from "../context";
import { atLeast } from "../roles";
import { notFound } from "../http-problem";

export interface IdeaRow {
  id: string;
  box_slug: string;
  box_id: string;
  author_id: string | null;
  authorship: "named" | "team" | "anonymous";
  team_name: string | null;
  author_name: string | null;
  title: string;
  problem: string;
  solution: string;
  concerned: string;
  scope_slug: string;
  theme_slug: string | null;
  status: string;
  support_count: number;
  comment_count: number;
  follower_count: number;
  supported_by_me: boolean;
  followed_by_me: boolean;
  hidden_at: Date | null;
  merged_into: string | null;
  created_at: Date;
  updated_at: Date;
}

/** Columns of an idea as the API shows it; `$1` is the viewer's id (or null). */
export const ideaColumns = `
  i.id, b.slug as box_slug, i.box_id, i.author_id, i.authorship, i.team_name,
  case when u.erased_at is null then u.display_name end as author_name,
  i.title, i.problem, i.solution, i.concerned, sc.slug as scope_slug, t.slug as theme_slug,
  i.status, i.support_count, i.comment_count, i.follower_count,
  ($1::uuid is not null and exists (select 1 from supports s where s.idea_id = i.id and s.user_id = $1::uuid)) as supported_by_me,
  ($1::uuid is not null and exists (select 1 from follows f where f.idea_id = i.id and f.user_id = $1::uuid)) as followed_by_me,
  i.hidden_at, i.merged_into, i.created_at, i.updated_at`;

export const ideaJoins = `
  from ideas i
  join boxes b on b.id = i.box_id
  join scopes sc on sc.id = i.scope_id
  left join themes t on t.id = i.theme_id
  left join users u on u.id = i.author_id`;

const iso = (value: Date | string) => new Date(value).toISOString();

/**
 * Who sees what: named ideas show the author's name to everyone who can read the box; team
 * ideas show the team name only; anonymous ideas show no name to anybody through the API,
 * moderators and admins included (they act on the author through the idea: block, hide).
 * The server keeps the link for moderation, the author's own view and erasure.
 */
export function toIdea(row: IdeaRow, viewerId: string | null) {
  return {
    id: row.id,
    box: row.box_slug,
    title: row.title,
    problem: row.problem,
    solution: row.solution,
    concerned: row.concerned,
    scope: row.scope_slug,
    theme: row.theme_slug,
    status: row.status,
    author: {
      mode: row.authorship,
      displayName: row.authorship === "named" ? row.author_name : null,
      teamName: row.authorship === "team" ? row.team_name : null,
    },
    mine: viewerId !== null && row.author_id === viewerId,
    supportCount: row.support_count,
    commentCount: row.comment_count,
    followerCount: row.follower_count,
    supportedByMe: row.supported_by_me,
    followedByMe: row.followed_by_me,
    hidden: row.hidden_at !== null,
    mergedInto: row.merged_into,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

/**
 * An idea's status history, as SQL rows of the idea `ideaId` (an SQL expression). The first
 * entry is the submission, made by the author: for an anonymous or team idea it names nobody.
 * Later entries are moderators acting in their role and stay named (even when the moderator
 * wrote the idea: naming them says nothing about authorship, while a blank would tell that the
 * author is a moderator).
 */
const historyEntries = (ideaId: string) => `
  select h.status, h.response, h.at, h.id,
         case when u.erased_at is null
               and not (hi.authorship <> 'named' and h.changed_by = hi.author_id
                        and row_number() over (order by h.at, h.id) = 1)
              then u.display_name end as name
    from status_history h join ideas hi on hi.id = h.idea_id
    left join users u on u.id = h.changed_by
   where h.idea_id = ${ideaId}`;

interface HistoryRow {
  status: string;
  response: string;
  name: string | null;
  at: Date | string;
}

const toHistory = (rows: HistoryRow[]) =>
  rows.map((row) => ({
    status: row.status,
    response: row.response,
    changedBy: row.name,
    at: iso(row.at),
  }));

export async function statusHistory(db: Queryable, ideaId: string) {
  const rows = await db.query<HistoryRow>(
    `select status, response, name, at from (${historyEntries("$1")}) entries order by at, id`,
    [ideaId],
  );
  return toHistory(rows);
}

/** Loads an idea of the current box that the viewer may see (hidden ones: author and moderators). */
export async function loadIdea(ctx: BoxContext, db: Queryable, id: string) {
  return visible(
    ctx,
    await db.query<IdeaRow>(
      `select ${ideaColumns} ${ideaJoins} where i.id = $2 and i.box_id = $3`,
      [ctx.user?.id ?? null, id, ctx.box.id],
    ),
  );
}

function visible<Row extends IdeaRow>(ctx: BoxContext, rows: Row[]): Row {
  const row = rows[0];
  if (!row) throw notFound();
  if (
    row.hidden_at &&
    !atLeast(ctx.box.role, "moderator") &&
    row.author_id !== (ctx.user?.id ?? null)
  )
    throw notFound();
  return row;
}

/** An idea with its history (`history`), in one query: the page is what a box reads most. */
export const ideaPageSql = (where: string) =>
  `select ${ideaColumns},
          (select coalesce(json_agg(json_build_object('status', e.status, 'response', e.response, 'name', e.name, 'at', e.at) order by e.at, e.id), '[]')
             from (${historyEntries("i.id")}) e) as history
   ${ideaJoins} where ${where}`;
type PageRow = IdeaRow & { history: HistoryRow[] };

export async function ideaPage(ctx: BoxContext, db: Queryable, id: string) {
  const viewer = ctx.user?.id ?? null;
  const rows = await db.query<PageRow>(ideaPageSql("i.id = $2 and i.box_id = $3"), [
    viewer,
    id,
    ctx.box.id,
  ]);
  const row = visible(ctx, rows);
  return { ...toIdea(row, viewer), history: toHistory(row.history) };
}

/**
 * An idea as anybody may be told about it, for webhook payloads and other messages that leave
 * the request: no viewer, so no `mine`, `supportedByMe` or `followedByMe` of the person acting.
 */
export async function publicIdeaPage(db: Queryable, id: string) {
  const row = (await db.query<PageRow>(ideaPageSql("i.id = $2"), [null, id]))[0];
  if (!row) throw notFound();
  return { ...toIdea(row, null), history: toHistory(row.history) };
}

/** Search columns are computed by SQL on write (same on PGlite and PostgreSQL). */
export const searchExpression = (title: string, problem: string, solution: string) =>
  `setweight(to_tsvector('french', unaccent(${title})), 'A') ||
   setweight(to_tsvector('french', unaccent(${problem})), 'B') ||
   setweight(to_tsvector('french', unaccent(${solution})), 'C')`;
export const titleNormExpression = (title: string) => `lower(unaccent(${title}))`;
