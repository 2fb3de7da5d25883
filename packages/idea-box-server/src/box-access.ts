import type { BoxAccess } from "./context";
import type { Queryable } from "./db/db";
import { effectiveRole, roleRank as rank, type Role } from "./roles";

/** A box as one person sees it, as the SQL of `boxAccessColumns` gives it (nulls: no such box). */
export interface BoxAccessRow {
  box_id: string | null;
  box_slug: string;
  box_name: string;
  box_description: string;
  box_visibility: BoxAccess["visibility"];
  box_role: Role | null;
  box_blocked_at: Date | null;
  box_author_blocked: boolean;
  box_embed_role: Role;
}

/**
 * The columns of the box `b` as the person `userId` (an SQL expression, null when anonymous)
 * sees it, to select beside other columns: the session lookup reads its box in the same query.
 * A block through an anonymous idea (author_blocks) stops the person without naming them.
 */
export const boxAccessColumns = (userId: string) => `
  b.id as box_id, b.slug as box_slug, b.name as box_name, b.description as box_description,
  b.visibility as box_visibility, m.role as box_role, m.blocked_at as box_blocked_at,
  b.embed_role as box_embed_role,
  exists (select 1 from author_blocks ab where ab.box_id = b.id and ab.user_id = ${userId}) as box_author_blocked`;

/** Joins the box whose slug is `slug` (SQL), with `userId`'s membership; keeps the row without one. */
export const boxAccessJoins = (slug: string, userId: string) => `
  left join boxes b on b.slug = ${slug}
  left join members m on m.box_id = b.id and m.user_id = ${userId}`;

/** The lower of two roles: an embed token never gives more than the box's `embed_role`. */
const capRole = (role: Role | null, cap: Role): Role | null =>
  role === null || rank[role] <= rank[cap] ? role : cap;

/**
 * The access of a row of `boxAccessColumns`; null when there is no such box. `embedCap` is an
 * embed token's role claim (null: none; the box's embed role caps it too), undefined without a token.
 */
export function toBoxAccess(
  row: BoxAccessRow,
  signedIn: boolean,
  embedCap: Role | null | undefined,
): BoxAccess | null {
  if (row.box_id === null) return null;
  const role = effectiveRole(row.box_role, row.box_visibility, signedIn);
  return {
    id: row.box_id,
    slug: row.box_slug,
    name: row.box_name,
    description: row.box_description,
    visibility: row.box_visibility,
    role:
      embedCap === undefined
        ? role
        : capRole(capRole(role, row.box_embed_role), embedCap ?? "admin"),
    blocked: row.box_blocked_at !== null || row.box_author_blocked,
  };
}

/** The box `slug` as `userId` (null: anonymous) sees it, in one query. */
export async function loadBox(
  db: Queryable,
  slug: string,
  userId: string | null,
  embedCap: Role | null | undefined,
): Promise<BoxAccess | null> {
  const rows = await db.query<BoxAccessRow>(
    `select ${boxAccessColumns("$2::uuid")} from (select 1) one ${boxAccessJoins("$1", "$2::uuid")}`,
    [slug, userId],
  );
  return toBoxAccess(rows[0]!, userId !== null, embedCap);
}
