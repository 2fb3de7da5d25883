import type { z } from "zod";
import type { CommentCreate } from "@communs/idea-box";
import type { BoxContext, MemberContext } from "../context";
import type { Queryable } from "../db/db";
import { HttpProblem, invalid } from "../http-problem";
import { atLeast } from "../roles";
import { loadIdea } from "./idea-rows";

type Params = { box: string; id: string };

interface CommentRow {
  id: string;
  idea_id: string;
  parent_id: string | null;
  body: string;
  author_id: string | null;
  author_name: string | null;
  hidden_at: Date | null;
  created_at: Date;
  /** True when the comment's author is the hidden author of its anonymous or team idea. */
  by_hidden_author?: boolean;
}

const commentSelect = `
  select c.id, c.idea_id, c.parent_id, c.body, c.author_id,
         case when u.erased_at is null then u.display_name end as author_name, c.hidden_at, c.created_at,
         (i.authorship <> 'named' and c.author_id = i.author_id) as by_hidden_author
    from comments c join ideas i on i.id = c.idea_id left join users u on u.id = c.author_id`;

/**
 * Hidden comments keep their place in the thread with an empty body, except for moderators and
 * their author. The author of an anonymous or team idea who comments on it is named to nobody,
 * moderators and themselves included (their `mine` says it is theirs): the name would tell who
 * wrote the idea.
 */
export function toComment(row: CommentRow, viewerId: string | null, moderator: boolean) {
  const mine = viewerId !== null && row.author_id === viewerId;
  const hidden = row.hidden_at !== null;
  const name = row.by_hidden_author ? null : row.author_name;
  return {
    id: row.id,
    ideaId: row.idea_id,
    parentId: row.parent_id,
    body: hidden && !moderator && !mine ? "" : row.body,
    author: { displayName: hidden && !moderator && !mine ? null : name },
    mine,
    hidden,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export async function commentsOf(db: Queryable, ideaId: string) {
  return db.query<CommentRow>(`${commentSelect} where c.idea_id = $1 order by c.created_at, c.id`, [
    ideaId,
  ]);
}

export async function listComments(ctx: BoxContext, input: { params: Params }) {
  const idea = await loadIdea(ctx, ctx.db, input.params.id);
  const moderator = atLeast(ctx.box.role, "moderator");
  const rows = await commentsOf(ctx.db, idea.id);
  return { items: rows.map((row) => toComment(row, ctx.user?.id ?? null, moderator)) };
}

export async function createComment(
  ctx: MemberContext,
  input: { params: Params; body: z.output<typeof CommentCreate> },
) {
  return ctx.db.transaction(async (tx) => {
    const idea = await loadIdea(ctx, tx, input.params.id);
    if (idea.hidden_at || idea.merged_into)
      throw new HttpProblem("conflict", { detail: "idea closed to comments" });
    if (input.body.parentId) {
      const parents = await tx.query<{ parent_id: string | null }>(
        "select parent_id from comments where id = $1 and idea_id = $2",
        [input.body.parentId, idea.id],
      );
      if (!parents[0]) throw invalid("/body/parentId", "invalid_value");
      // Two levels: answers go to a top-level comment.
      if (parents[0].parent_id !== null) throw invalid("/body/parentId", "too_big", { maximum: 2 });
    }
    const rows = await tx.query<{ id: string }>(
      "insert into comments (idea_id, parent_id, author_id, body) values ($1, $2, $3, $4) returning id",
      [idea.id, input.body.parentId ?? null, ctx.user.id, input.body.body],
    );
    await tx.query("update ideas set comment_count = comment_count + 1 where id = $1", [idea.id]);
    const created = await tx.query<CommentRow>(`${commentSelect} where c.id = $1`, [rows[0]!.id]);
    // The payload is the comment as anybody sees it, without the writer's `mine`.
    await ctx.events(
      tx,
      ctx.box.id,
      "comment.created",
      { ideaId: idea.id, comment: toComment(created[0]!, null, false) },
      ctx.user.id,
    );
    return toComment(created[0]!, ctx.user.id, false);
  });
}
