import type { MemberContext } from "../context";
import type { Queryable } from "../db/db";

export async function audit(
  tx: Queryable,
  ctx: MemberContext,
  action: string,
  targetKind: string,
  targetId: string,
  reason: string,
) {
  await tx.query(
    "insert into audit_log (box_id, actor_id, action, target_kind, target_id, reason) values ($1, $2, $3, $4, $5, $6)",
    [ctx.box.id, ctx.user?.id ?? null, action, targetKind, targetId, reason],
  );
}

/** What an audit entry and a report share: what they are about and why, as the API names them. */
export const aboutTarget = <Kind extends string, Reason extends string>(row: {
  target_kind: Kind;
  target_id: string;
  reason: Reason;
}) => ({ targetKind: row.target_kind, targetId: row.target_id, reason: row.reason });

export async function listAudit(ctx: MemberContext) {
  const rows = await ctx.db.query<{
    id: string;
    action: string;
    target_kind: string;
    target_id: string;
    reason: string;
    actor: string | null;
    at: Date;
  }>(
    `select a.id, a.action, a.target_kind, a.target_id, a.reason,
            case when u.erased_at is null then u.display_name end as actor, a.at
       from audit_log a left join users u on u.id = a.actor_id
      where a.box_id = $1 order by a.at desc limit 500`,
    [ctx.box.id],
  );
  return {
    items: rows.map((row) => ({
      id: row.id,
      action: row.action,
      ...aboutTarget(row),
      actor: row.actor,
      at: new Date(row.at).toISOString(),
    })),
  };
}
