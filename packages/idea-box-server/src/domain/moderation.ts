import type { z } from "zod";
import type { BlockRequest, ModerationReason, ReportCreate } from "@communs/idea-box";
import type { MemberContext } from "../context";
import type { Queryable } from "../db/db";
import { HttpProblem, notFound } from "../http-problem";
import { loadIdea } from "./idea-rows";
import { aboutTarget, audit } from "./audit";

type Params = { box: string; id: string };

async function commentInBox(ctx: MemberContext, db: Queryable, id: string) {
  const rows = await db.query<{
    id: string;
    author_id: string | null;
    hidden_at: Date | null;
    idea_hidden: Date | null;
    idea_author: string | null;
  }>(
    `select c.id, c.author_id, c.hidden_at, i.hidden_at as idea_hidden, i.author_id as idea_author
       from comments c join ideas i on i.id = c.idea_id where c.id = $1 and i.box_id = $2`,
    [id, ctx.box.id],
  );
  if (!rows[0]) throw notFound();
  return rows[0];
}

async function report(
  ctx: MemberContext,
  kind: "idea" | "comment",
  targetId: string,
  body: z.output<typeof ReportCreate>,
) {
  await ctx.db.query(
    "insert into reports (box_id, target_kind, target_id, reporter_id, reason, details) values ($1, $2, $3, $4, $5, $6)",
    [ctx.box.id, kind, targetId, ctx.user.id, body.reason, body.details],
  );
}

export async function reportIdea(
  ctx: MemberContext,
  input: { params: Params; body: z.output<typeof ReportCreate> },
) {
  const idea = await loadIdea(ctx, ctx.db, input.params.id);
  await report(ctx, "idea", idea.id, input.body);
}

export async function reportComment(
  ctx: MemberContext,
  input: { params: Params; body: z.output<typeof ReportCreate> },
) {
  const comment = await commentInBox(ctx, ctx.db, input.params.id);
  if (comment.hidden_at) return;
  await report(ctx, "comment", comment.id, input.body);
}

export async function moderationQueue(ctx: MemberContext) {
  const rows = await ctx.db.query<{
    id: string;
    target_kind: "idea" | "comment";
    target_id: string;
    reason: z.output<typeof ReportCreate>["reason"];
    details: string;
    excerpt: string | null;
    target_hidden: boolean;
    report_count: number;
    created_at: Date;
  }>(
    `select r.id, r.target_kind, r.target_id, r.reason, r.details,
            coalesce(i.title, left(c.body, 200)) as excerpt,
            coalesce(i.hidden_at, c.hidden_at) is not null as target_hidden,
            count(*) over (partition by r.target_id)::int as report_count, r.created_at
       from reports r
       left join ideas i on r.target_kind = 'idea' and i.id = r.target_id
       left join comments c on r.target_kind = 'comment' and c.id = r.target_id
      where r.box_id = $1 and r.resolved_at is null
      order by r.created_at limit 200`,
    [ctx.box.id],
  );
  return {
    items: rows.map((row) => ({
      id: row.id,
      ...aboutTarget(row),
      details: row.details,
      excerpt: row.excerpt ?? "",
      targetHidden: row.target_hidden,
      reportCount: row.report_count,
      createdAt: new Date(row.created_at).toISOString(),
    })),
  };
}

async function setHidden(
  ctx: MemberContext,
  kind: "idea" | "comment",
  id: string,
  hide: boolean,
  reason: string,
) {
  await ctx.db.transaction(async (tx) => {
    const targetId =
      kind === "idea" ? (await loadIdea(ctx, tx, id)).id : (await commentInBox(ctx, tx, id)).id;
    const table = kind === "idea" ? "ideas" : "comments";
    await tx.query(
      `update ${table} set hidden_at = ${hide ? "now()" : "null"}, hidden_reason = $2 where id = $1`,
      [targetId, reason],
    );
    await tx.query(
      "update reports set resolved_at = now(), resolution = $3 where box_id = $1 and target_id = $2 and resolved_at is null",
      [ctx.box.id, targetId, hide ? "hidden" : "restored"],
    );
    await audit(tx, ctx, `${kind}.${hide ? "hidden" : "restored"}`, kind, targetId, reason);
  });
}

type Reason = { params: Params; body: z.output<typeof ModerationReason> };
export const hideIdea = (ctx: MemberContext, input: Reason) =>
  setHidden(ctx, "idea", input.params.id, true, input.body.reason);
export const restoreIdea = (ctx: MemberContext, input: Reason) =>
  setHidden(ctx, "idea", input.params.id, false, input.body.reason);
export const hideComment = (ctx: MemberContext, input: Reason) =>
  setHidden(ctx, "comment", input.params.id, true, input.body.reason);
export const restoreComment = (ctx: MemberContext, input: Reason) =>
  setHidden(ctx, "comment", input.params.id, false, input.body.reason);

export async function dismissReport(ctx: MemberContext, input: Reason) {
  await ctx.db.transaction(async (tx) => {
    const rows = await tx.query(
      "update reports set resolved_at = now(), resolution = 'dismissed' where id = $1 and box_id = $2 and resolved_at is null returning 1",
      [input.params.id, ctx.box.id],
    );
    if (rows.length === 0) throw notFound();
    await audit(tx, ctx, "report.dismissed", "report", input.params.id, input.body.reason);
  });
}

/**
 * Who a block target points at. An anonymous or team idea, or a comment its hidden author wrote
 * on it, names nobody: the block is then recorded against "the author of X" (author_blocks), so
 * the members list never shows that person as blocked by name.
 */
async function blockTarget(
  ctx: MemberContext,
  tx: Queryable,
  target: z.output<typeof BlockRequest>["target"],
): Promise<{ userId: string | null; hidden: boolean }> {
  if (target.kind === "user") return { userId: target.id, hidden: false };
  if (target.kind === "idea") {
    const idea = await loadIdea(ctx, tx, target.id);
    return { userId: idea.author_id, hidden: idea.authorship !== "named" };
  }
  const rows = await tx.query<{ author_id: string | null; hidden_author: boolean }>(
    `select c.author_id, (i.authorship <> 'named' and c.author_id = i.author_id) as hidden_author
       from comments c join ideas i on i.id = c.idea_id where c.id = $1 and i.box_id = $2`,
    [target.id, ctx.box.id],
  );
  if (!rows[0]) throw notFound();
  return { userId: rows[0].author_id, hidden: rows[0].hidden_author };
}

/** Blocks a person in this box; with an idea or comment as target, its author (anonymity kept). */
export async function block(ctx: MemberContext, input: { body: z.output<typeof BlockRequest> }) {
  const { target, reason } = input.body;
  await ctx.db.transaction(async (tx) => {
    const { userId, hidden } = await blockTarget(ctx, tx, target);
    if (!userId) throw notFound();
    if (userId === ctx.user.id)
      throw new HttpProblem("conflict", { detail: "cannot block yourself" });
    const users = await tx.query("select 1 from users where id = $1", [userId]);
    if (users.length === 0) throw notFound();
    if (hidden) {
      // No role check here: refusing to block a moderator's anonymous idea would tell who wrote
      // it. The block only holds back what agents do (posting, commenting, supporting), and box
      // admins see and lift it in the members list.
      await tx.query(
        `insert into author_blocks (box_id, user_id, target_kind, target_id, reason, blocked_by)
         values ($1, $2, $3, $4, $5, $6)
         on conflict (box_id, target_kind, target_id)
         do update set reason = $5, blocked_by = $6, blocked_at = now()`,
        [ctx.box.id, userId, target.kind, target.id, reason, ctx.user.id],
      );
    } else {
      const roles = await tx.query<{ role: string }>(
        "select role from members where box_id = $1 and user_id = $2",
        [ctx.box.id, userId],
      );
      if (roles[0] && roles[0].role !== "agent" && ctx.box.role !== "admin")
        throw new HttpProblem("forbidden");
      await tx.query(
        `insert into members (box_id, user_id, role, blocked_at, blocked_reason) values ($1, $2, 'agent', now(), $3)
         on conflict (box_id, user_id) do update set blocked_at = now(), blocked_reason = $3`,
        [ctx.box.id, userId, reason],
      );
    }
    await audit(tx, ctx, "user.blocked", target.kind, target.id, reason);
  });
}

/**
 * Unblocks a person by their user id, or the hidden author of an anonymous idea by the idea's
 * (or comment's) id, as it was blocked, or by the id the members list gives that block (its
 * `userId` there is the block's own id, not the person's).
 */
export async function unblock(
  ctx: MemberContext,
  input: { params: { box: string; userId: string } },
) {
  await ctx.db.transaction(async (tx) => {
    const authorBlocks = await tx.query<{ target_kind: string; target_id: string }>(
      `delete from author_blocks where box_id = $2 and (id = $1 or target_id = $1)
       returning target_kind, target_id`,
      [input.params.userId, ctx.box.id],
    );
    if (authorBlocks[0]) {
      const { target_kind, target_id } = authorBlocks[0];
      await audit(tx, ctx, "user.unblocked", target_kind, target_id, "");
      return;
    }
    const rows = await tx.query(
      "update members set blocked_at = null, blocked_reason = null where box_id = $1 and user_id = $2 and blocked_at is not null returning 1",
      [ctx.box.id, input.params.userId],
    );
    if (rows.length === 0) throw notFound();
    await audit(tx, ctx, "user.unblocked", "user", input.params.userId, "");
  });
}
