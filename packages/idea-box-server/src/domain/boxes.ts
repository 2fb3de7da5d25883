import type { z } from "zod";
import type { BoxCreate, BoxUpdate, MemberUpdate, ThemeCreate } from "@communs/idea-box";
import type { HandlerContext, BoxContext, MemberContext, UserContext } from "../context";
import type { Queryable } from "../db/db";
import { HttpProblem, invalid, notFound } from "../http-problem";
import type { Role } from "../roles";

/** Default statuses of a new box (French labels; keys are stable codes). */
export const defaultStatuses = [
  { key: "submitted", label: "Déposée", requiresReason: false, final: false },
  { key: "under_review", label: "À l’étude", requiresReason: false, final: false },
  { key: "accepted", label: "Retenue", requiresReason: false, final: false },
  { key: "implemented", label: "Réalisée", requiresReason: false, final: true },
  { key: "not_retained", label: "Non retenue", requiresReason: true, final: true },
];
export const defaultScopes = [
  { slug: "public-service", label: "Service public rendu aux usagers" },
  { slug: "daily-work", label: "Travail au quotidien des agents" },
];

/** A box as lists show it, with its count of visible ideas (hidden and merged ones left out). */
interface BoxRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  visibility: "public" | "members";
  idea_count: number;
}
const boxRowSelect = `select b.id, b.slug, b.name, b.description, b.visibility,
    (select count(*)::int from ideas i where i.box_id = b.id and i.hidden_at is null and i.merged_into is null) as idea_count
  from boxes b`;
const toBoxSummary = (row: BoxRow) => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  description: row.description,
  visibility: row.visibility,
  ideaCount: row.idea_count,
});

/** A box's name, description, visibility and idea count (404 when there is no such box). */
export async function boxSummary(db: Queryable, boxId: string) {
  const [row] = await db.query<BoxRow>(`${boxRowSelect} where b.id = $1`, [boxId]);
  if (!row) throw notFound();
  return toBoxSummary(row);
}

export async function boxDetails(db: Queryable, boxId: string, myRole: string | null) {
  const [box, themes, scopes, statuses, services] = await Promise.all([
    boxSummary(db, boxId),
    db.query<{ id: string; slug: string; label: string }>(
      "select id, slug, label from themes where box_id = $1 order by label",
      [boxId],
    ),
    db.query<{ id: string; slug: string; label: string }>(
      "select id, slug, label from scopes where box_id = $1 order by slug",
      [boxId],
    ),
    db.query<{
      key: string;
      label: string;
      requires_reason: boolean;
      final: boolean;
      retired: boolean;
    }>(
      "select key, label, requires_reason, final, retired_at is not null as retired from statuses where box_id = $1 order by position",
      [boxId],
    ),
    db.query<{ id: string; slug: string; label: string }>(
      "select id, slug, label from services where box_id = $1 order by slug",
      [boxId],
    ),
  ]);
  return {
    ...box,
    themes,
    scopes,
    statuses: statuses.map((s) => ({
      key: s.key,
      label: s.label,
      requiresReason: s.requires_reason,
      final: s.final,
      retired: s.retired,
    })),
    myRole: myRole as Role | null,
    services,
  };
}

export async function listBoxes(ctx: HandlerContext) {
  const rows = await ctx.db.query<BoxRow>(
    `${boxRowSelect}
      where b.visibility = 'public' or $2::boolean
         or exists (select 1 from members m where m.box_id = b.id and m.user_id = $1::uuid)
      order by b.name`,
    [ctx.user?.id ?? null, ctx.user?.platformAdmin === true],
  );
  return { items: rows.map(toBoxSummary) };
}

export async function insertBox(
  tx: Queryable,
  body: z.output<typeof BoxCreate>,
  adminId: string | null,
) {
  const existing = await tx.query("select 1 from boxes where slug = $1", [body.slug]);
  if (existing.length > 0) throw invalid("/body/slug", "invalid_value", { values: "already used" });
  const rows = await tx.query<{ id: string }>(
    "insert into boxes (slug, name, description, visibility) values ($1, $2, $3, $4) returning id",
    [body.slug, body.name, body.description, body.visibility],
  );
  const boxId = rows[0]!.id;
  for (const theme of body.themes)
    await tx.query(
      "insert into themes (box_id, slug, label) values ($1, $2, $3) on conflict do nothing",
      [boxId, theme.slug, theme.label],
    );
  for (const scope of body.scopes ?? defaultScopes)
    await tx.query(
      "insert into scopes (box_id, slug, label) values ($1, $2, $3) on conflict do nothing",
      [boxId, scope.slug, scope.label],
    );
  let position = 0;
  for (const status of defaultStatuses)
    await tx.query(
      "insert into statuses (box_id, key, label, position, requires_reason, final) values ($1, $2, $3, $4, $5, $6)",
      [boxId, status.key, status.label, position++, status.requiresReason, status.final],
    );
  if (adminId)
    await tx.query("insert into members (box_id, user_id, role) values ($1, $2, 'admin')", [
      boxId,
      adminId,
    ]);
  return boxId;
}

export async function createBox(ctx: UserContext, input: { body: z.output<typeof BoxCreate> }) {
  return ctx.db.transaction(async (tx) => {
    const boxId = await insertBox(tx, input.body, ctx.user.id);
    return boxDetails(tx, boxId, "admin");
  });
}

export const getBox = (ctx: BoxContext) => boxDetails(ctx.db, ctx.box.id, ctx.box.role);

export async function updateBox(ctx: MemberContext, input: { body: z.output<typeof BoxUpdate> }) {
  const body = input.body;
  await ctx.db.query(
    "update boxes set name = coalesce($2, name), description = coalesce($3, description), visibility = coalesce($4, visibility) where id = $1",
    [ctx.box.id, body.name ?? null, body.description ?? null, body.visibility ?? null],
  );
  return boxDetails(ctx.db, ctx.box.id, ctx.box.role);
}

export async function createTheme(
  ctx: MemberContext,
  input: { body: z.output<typeof ThemeCreate> },
) {
  const rows = await ctx.db.query<{ id: string; slug: string; label: string }>(
    "insert into themes (box_id, slug, label) values ($1, $2, $3) on conflict (box_id, slug) do nothing returning id, slug, label",
    [ctx.box.id, input.body.slug, input.body.label],
  );
  if (!rows[0]) throw invalid("/body/slug", "invalid_value", { values: "already used" });
  return rows[0];
}

/**
 * Members and their roles, then one entry per block recorded against the hidden author of an
 * anonymous or team idea (or of their comment on it): that entry names nobody, its `userId` is
 * the block's own id (give it to unblock) and `anonymousAuthorOf` says which idea or comment it
 * came through. A member blocked that way is still listed by name with `blocked: false`: the two
 * entries are never joined, or the list would say who wrote the idea.
 */
export async function listMembers(ctx: MemberContext) {
  const [rows, authorBlocks] = await Promise.all([
    ctx.db.query<{
      user_id: string;
      name: string | null;
      role: Role;
      service: string | null;
      blocked: boolean;
    }>(
      `select m.user_id, case when u.erased_at is null then u.display_name end as name, m.role,
              (select s.slug from services s where s.id = m.service_id) as service, m.blocked_at is not null as blocked
         from members m join users u on u.id = m.user_id where m.box_id = $1 order by u.display_name, m.user_id`,
      [ctx.box.id],
    ),
    ctx.db.query<{
      id: string;
      target_kind: "idea" | "comment";
      target_id: string;
      idea_id: string | null;
      idea_title: string | null;
    }>(
      `select ab.id, ab.target_kind, ab.target_id, i.id as idea_id, i.title as idea_title
         from author_blocks ab
         left join comments c on ab.target_kind = 'comment' and c.id = ab.target_id
         left join ideas i on i.id = case when ab.target_kind = 'idea' then ab.target_id else c.idea_id end
        where ab.box_id = $1 order by ab.blocked_at, ab.id`,
      [ctx.box.id],
    ),
  ]);
  return {
    items: [
      ...rows.map((r) => ({
        userId: r.user_id,
        displayName: r.name,
        role: r.role,
        service: r.service,
        blocked: r.blocked,
        anonymousAuthorOf: null,
      })),
      ...authorBlocks.map((r) => ({
        userId: r.id,
        displayName: null,
        // Whatever the person's real role: it would narrow down who they are.
        role: "agent" as const,
        service: null,
        blocked: true,
        anonymousAuthorOf: {
          kind: r.target_kind,
          id: r.target_id,
          ideaId: r.idea_id,
          ideaTitle: r.idea_title,
        },
      })),
    ],
  };
}

export async function setMember(
  ctx: MemberContext,
  input: { params: { box: string; userId: string }; body: z.output<typeof MemberUpdate> },
) {
  const { userId } = input.params;
  if (userId === ctx.user.id && input.body.role !== "admin")
    throw new HttpProblem("conflict", { detail: "an admin cannot demote themselves" });
  const users = await ctx.db.query("select 1 from users where id = $1 and erased_at is null", [
    userId,
  ]);
  if (users.length === 0) throw notFound();
  // The member's service (the Démineur's): a slug of the box's services, null for none, or kept.
  const service = input.body.service;
  let serviceId: string | null = null;
  if (service) {
    const found = await ctx.db.query<{ id: string }>(
      "select id from services where box_id = $1 and slug = $2",
      [ctx.box.id, service],
    );
    if (!found[0]) throw invalid("/body/service", "invalid_value", { values: "unknown service" });
    serviceId = found[0].id;
  }
  const rows = await ctx.db.query<{
    role: Role;
    service: string | null;
    blocked: boolean;
    name: string | null;
  }>(
    `insert into members (box_id, user_id, role, service_id) values ($1, $2, $3, $5)
     on conflict (box_id, user_id) do update
       set role = $3, service_id = case when $4::boolean then $5::uuid else members.service_id end
     returning role, (select slug from services s where s.id = service_id) as service,
               blocked_at is not null as blocked, (select display_name from users where id = $2) as name`,
    [ctx.box.id, userId, input.body.role, service !== undefined, serviceId],
  );
  const row = rows[0]!;
  return {
    userId,
    displayName: row.name,
    role: row.role,
    service: row.service,
    blocked: row.blocked,
    anonymousAuthorOf: null,
  };
}
