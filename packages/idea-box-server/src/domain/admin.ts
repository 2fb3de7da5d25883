import type { z } from "zod";
import type {
  LabelUpdate,
  MemberAdd,
  ScopeCreate,
  StatusCreate,
  StatusUpdate,
} from "@communs/idea-box";
import type { MemberContext } from "../context";
import { HttpProblem, invalid, notFound } from "../http-problem";

/**
 * The admin console's operations (issue 17): figures computed in SQL, themes, scopes and
 * statuses edited without losing an idea (a removal that would is refused with 409), members
 * added by e-mail and removed. Figures are counts only: no author is ever read here.
 */

interface FiguresRow {
  total: number;
  answered: number;
  median_seconds: number | null;
  day: number;
  week: number;
  month: number;
  later: number;
}

export async function boxFigures(ctx: MemberContext) {
  const boxId = ctx.box.id;
  // An idea's first answer: the first history entry that is not its own deposit (a status
  // other than `submitted`, or an official response).
  const [[row], byStatus, byMonth] = await Promise.all([
    ctx.db.query<FiguresRow>(
      `with visible as (
         select i.id, i.created_at from ideas i
          where i.box_id = $1 and i.hidden_at is null and i.merged_into is null
       ), answers as (
         select v.created_at, (
           select min(h.at) from status_history h
            where h.idea_id = v.id and (h.status <> 'submitted' or h.response <> '')
         ) as first_at
         from visible v
       ), delays as (
         -- greatest() skips nulls: unanswered ideas keep a null delay through the case.
         select case when first_at is not null
                     then greatest(0, extract(epoch from first_at - created_at))::float8 end as seconds
           from answers
       )
       select (select count(*)::int from visible) as total,
              count(seconds)::int as answered,
              (percentile_cont(0.5) within group (order by seconds))::float8 as median_seconds,
              count(*) filter (where seconds <= 86400)::int as day,
              count(*) filter (where seconds > 86400 and seconds <= 604800)::int as week,
              count(*) filter (where seconds > 604800 and seconds <= 2592000)::int as month,
              count(*) filter (where seconds > 2592000)::int as later
         from delays`,
      [boxId],
    ),
    ctx.db.query<{ key: string; label: string; count: number }>(
      `select s.key, s.label, count(i.id)::int as count
         from statuses s
         left join ideas i on i.box_id = s.box_id and i.status = s.key
                          and i.hidden_at is null and i.merged_into is null
        where s.box_id = $1
        group by s.key, s.label, s.position order by s.position`,
      [boxId],
    ),
    ctx.db.query<{ month: string; count: number }>(
      `select to_char(m, 'YYYY-MM') as month, count(i.id)::int as count
         from generate_series(date_trunc('month', now() at time zone 'UTC') - interval '11 months',
                              date_trunc('month', now() at time zone 'UTC'), interval '1 month') as m
         left join ideas i on i.box_id = $1 and i.hidden_at is null and i.merged_into is null
                          and i.created_at at time zone 'UTC' >= m
                          and i.created_at at time zone 'UTC' < m + interval '1 month'
        group by m order by m`,
      [boxId],
    ),
  ]);
  const figures = row!;
  return {
    total: figures.total,
    answered: figures.answered,
    byStatus,
    byMonth,
    firstAnswer: {
      medianDays:
        figures.median_seconds === null
          ? null
          : Math.round((Number(figures.median_seconds) / 86400) * 10) / 10,
      bands: (["day", "week", "month", "later"] as const).map((band) => ({
        band,
        count: figures[band],
      })),
    },
  };
}

type Params = { box: string; id: string };
const alreadyUsed = (pointer: string) =>
  invalid(pointer, "invalid_value", { values: "already used" });

async function renameLabelled(
  ctx: MemberContext,
  table: "themes" | "scopes",
  id: string,
  label: string,
) {
  const rows = await ctx.db.query<{ id: string; slug: string; label: string }>(
    `update ${table} set label = $3 where box_id = $1 and id = $2 returning id, slug, label`,
    [ctx.box.id, id, label],
  );
  if (!rows[0]) throw notFound();
  return rows[0];
}

/** Removes a theme or scope unless an idea (even hidden or merged) refers to it. */
async function removeLabelled(ctx: MemberContext, table: "themes" | "scopes", id: string) {
  const column = table === "themes" ? "theme_id" : "scope_id";
  await ctx.db.transaction(async (tx) => {
    const [found] = await tx.query<{ used: number }>(
      `select (select count(*)::int from ideas where ${column} = t.id) as used
         from ${table} t where t.box_id = $1 and t.id = $2 for update`,
      [ctx.box.id, id],
    );
    if (!found) throw notFound();
    if (found.used > 0)
      throw new HttpProblem("conflict", {
        detail: `${found.used} idea(s) use it: rename it instead, or move those ideas first`,
      });
    await tx.query(`delete from ${table} where box_id = $1 and id = $2`, [ctx.box.id, id]);
  });
}

export const updateTheme = (
  ctx: MemberContext,
  input: { params: Params; body: z.output<typeof LabelUpdate> },
) => renameLabelled(ctx, "themes", input.params.id, input.body.label);
export const deleteTheme = (ctx: MemberContext, input: { params: Params }) =>
  removeLabelled(ctx, "themes", input.params.id);
export const updateScope = (
  ctx: MemberContext,
  input: { params: Params; body: z.output<typeof LabelUpdate> },
) => renameLabelled(ctx, "scopes", input.params.id, input.body.label);
export const deleteScope = (ctx: MemberContext, input: { params: Params }) =>
  removeLabelled(ctx, "scopes", input.params.id);

export async function createScope(
  ctx: MemberContext,
  input: { body: z.output<typeof ScopeCreate> },
) {
  const rows = await ctx.db.query<{ id: string; slug: string; label: string }>(
    "insert into scopes (box_id, slug, label) values ($1, $2, $3) on conflict (box_id, slug) do nothing returning id, slug, label",
    [ctx.box.id, input.body.slug, input.body.label],
  );
  if (!rows[0]) throw alreadyUsed("/body/slug");
  return rows[0];
}

interface StatusRow {
  key: string;
  label: string;
  requires_reason: boolean;
  final: boolean;
  retired: boolean;
}
const toStatus = (row: StatusRow) => ({
  key: row.key,
  label: row.label,
  requiresReason: row.requires_reason,
  final: row.final,
  retired: row.retired,
});
const statusColumns = "key, label, requires_reason, final, retired_at is not null as retired";

export async function createStatus(
  ctx: MemberContext,
  input: { body: z.output<typeof StatusCreate> },
) {
  const { key, label, requiresReason, final } = input.body;
  const rows = await ctx.db.query<StatusRow>(
    `insert into statuses (box_id, key, label, position, requires_reason, final)
     values ($1, $2, $3, (select coalesce(max(position), -1) + 1 from statuses where box_id = $1), $4, $5)
     on conflict (box_id, key) do nothing returning ${statusColumns}`,
    [ctx.box.id, key, label, requiresReason, final],
  );
  if (!rows[0]) throw alreadyUsed("/body/key");
  return toStatus(rows[0]);
}

export async function updateStatus(
  ctx: MemberContext,
  input: { params: { box: string; key: string }; body: z.output<typeof StatusUpdate> },
) {
  const { label, requiresReason, final, retired } = input.body;
  if (retired === true && input.params.key === "submitted")
    throw new HttpProblem("conflict", { detail: "every new idea starts as submitted" });
  const rows = await ctx.db.query<StatusRow>(
    `update statuses set label = coalesce($3, label), requires_reason = coalesce($4, requires_reason),
            final = coalesce($5, final),
            retired_at = case when $6::boolean is null then retired_at
                              when $6::boolean then coalesce(retired_at, now()) end
      where box_id = $1 and key = $2 returning ${statusColumns}`,
    [
      ctx.box.id,
      input.params.key,
      label ?? null,
      requiresReason ?? null,
      final ?? null,
      retired ?? null,
    ],
  );
  if (!rows[0]) throw notFound();
  return toStatus(rows[0]);
}

/**
 * Removes a status no idea has now or ever had (its history would lose its label); one that was
 * used can be retired instead (`updateStatus` with `retired: true`).
 */
export async function deleteStatus(
  ctx: MemberContext,
  input: { params: { box: string; key: string } },
) {
  const { key } = input.params;
  await ctx.db.transaction(async (tx) => {
    const [found] = await tx.query<{ used: number }>(
      `select (select count(*)::int from ideas i where i.box_id = s.box_id and i.status = s.key)
            + (select count(*)::int from status_history h join ideas i on i.id = h.idea_id
                where i.box_id = s.box_id and h.status = s.key) as used
         from statuses s where s.box_id = $1 and s.key = $2 for update`,
      [ctx.box.id, key],
    );
    if (!found) throw notFound();
    if (key === "submitted")
      throw new HttpProblem("conflict", { detail: "every new idea starts as submitted" });
    if (found.used > 0)
      throw new HttpProblem("conflict", {
        detail: "ideas have or had this status: retire it or rename it instead",
      });
    await tx.query("delete from statuses where box_id = $1 and key = $2", [ctx.box.id, key]);
  });
}

/** Gives a role to the person with this e-mail address; 404 when nobody has it (or erased). */
export async function addMember(ctx: MemberContext, input: { body: z.output<typeof MemberAdd> }) {
  const { email, role } = input.body;
  const [user] = await ctx.db.query<{ id: string; name: string | null }>(
    "select id, display_name as name from users where lower(email) = lower($1) and erased_at is null",
    [email],
  );
  if (!user) throw notFound("no account has this e-mail address: the person signs in once first");
  if (user.id === ctx.user.id && role !== "admin")
    throw new HttpProblem("conflict", { detail: "an admin cannot demote themselves" });
  const [row] = await ctx.db.query<{ role: "agent" | "moderator" | "admin"; blocked: boolean }>(
    `insert into members (box_id, user_id, role) values ($1, $2, $3)
     on conflict (box_id, user_id) do update set role = $3
     returning role, blocked_at is not null as blocked`,
    [ctx.box.id, user.id, role],
  );
  return {
    userId: user.id,
    displayName: user.name,
    role: row!.role,
    blocked: row!.blocked,
    anonymousAuthorOf: null,
  };
}

export async function removeMember(
  ctx: MemberContext,
  input: { params: { box: string; userId: string } },
) {
  const { userId } = input.params;
  if (userId === ctx.user.id)
    throw new HttpProblem("conflict", { detail: "an admin cannot remove themselves" });
  await ctx.db.transaction(async (tx) => {
    const [member] = await tx.query<{ blocked: boolean }>(
      "select blocked_at is not null as blocked from members where box_id = $1 and user_id = $2 for update",
      [ctx.box.id, userId],
    );
    if (!member) throw notFound();
    // Removing the row would lift the block with it.
    if (member.blocked)
      throw new HttpProblem("conflict", { detail: "this member is blocked: unblock them first" });
    await tx.query("delete from members where box_id = $1 and user_id = $2", [ctx.box.id, userId]);
  });
}
