import type { z } from "zod";
import type { Login, ProfileUpdate, Register } from "@communs/idea-box";
import type { CurrentUser, HandlerContext } from "../context";
import type { Database } from "../db/db";
import { HttpProblem, invalid } from "../http-problem";
import { createSession, hashPassword, verifyPassword } from "../security";
import { sendVerificationLink } from "../email-verification";
import { ideaColumns, ideaJoins, toIdea, type IdeaRow } from "./idea-rows";
import { toComment } from "./comments";

interface UserRow {
  id: string;
  display_name: string;
  email: string | null;
  platform_admin: boolean;
  digest: CurrentUser["digest"];
  password_hash: string | null;
  email_verified: boolean;
}
const userColumns =
  "id, display_name, email, platform_admin, digest, password_hash, email_verified_at is not null as email_verified";
const toUser = (row: UserRow): CurrentUser => ({
  id: row.id,
  displayName: row.display_name,
  email: row.email,
  platformAdmin: row.platform_admin,
  digest: row.digest,
});

export async function findOrCreateUserByEmail(
  db: Database,
  email: string,
  name: string,
): Promise<CurrentUser> {
  // The host site vouches for the address: an unverified local account holding it gives it up
  // (its sessions end), as with OIDC, so a pre-registration cannot capture the embed user.
  return db.transaction(async (tx) => {
    const released = await tx.query<{ id: string }>(
      "update users set email = null where email = lower($1) and email_verified_at is null returning id",
      [email],
    );
    for (const { id } of released) {
      await tx.query("delete from sessions where user_id = $1", [id]);
      await tx.query("delete from email_verifications where user_id = $1", [id]);
    }
    const rows = await tx.query<UserRow>(
      `insert into users (email, display_name, email_verified_at) values (lower($1), $2, now())
       on conflict (email) do update set email = excluded.email
       returning ${userColumns}`,
      [email, name],
    );
    return toUser(rows[0]!);
  });
}

export const session = (ctx: HandlerContext) => ({
  user: ctx.user,
  csrfToken: ctx.session?.csrfToken ?? null,
});

/**
 * Sends a verification link when SMTP is set and the address is not verified yet; a mail
 * failure is logged, never fails the sign-in (the next sign-in sends a new link).
 */
async function offerVerification(ctx: HandlerContext, row: UserRow) {
  if (!ctx.mail || row.email_verified || !row.email) return;
  try {
    await sendVerificationLink(ctx.db, ctx.mail, ctx.config, { id: row.id, email: row.email });
  } catch (error) {
    ctx.log("error", "e-mail verification link not sent", { error: String(error) });
  }
}

export async function register(ctx: HandlerContext, input: { body: z.output<typeof Register> }) {
  if (!ctx.config.allowRegistration)
    throw new HttpProblem("forbidden", { detail: "registration is closed" });
  const { email, password, displayName } = input.body;
  const passwordHash = await hashPassword(password);
  const { row, result } = await ctx.db.transaction(async (tx) => {
    const rows = await tx.query<UserRow>(
      `insert into users (email, display_name, password_hash) values (lower($1), $2, $3)
       on conflict (email) do nothing returning ${userColumns}`,
      [email, displayName, passwordHash],
    );
    if (!rows[0]) throw invalid("/body/email", "invalid_value", { values: "already registered" });
    const created = await createSession(tx, rows[0].id);
    ctx.setSession(created.token);
    return { row: rows[0], result: { user: toUser(rows[0]), csrfToken: created.csrfToken } };
  });
  await offerVerification(ctx, row);
  return result;
}

export async function login(ctx: HandlerContext, input: { body: z.output<typeof Login> }) {
  const rows = await ctx.db.query<UserRow>(
    `select ${userColumns} from users where email = lower($1) and erased_at is null`,
    [input.body.email],
  );
  const row = rows[0];
  const ok = await verifyPassword(row?.password_hash ?? null, input.body.password);
  if (!row || !ok) throw new HttpProblem("unauthenticated", { detail: "wrong e-mail or password" });
  const created = await createSession(ctx.db, row.id);
  ctx.setSession(created.token);
  await offerVerification(ctx, row);
  return { user: toUser(row), csrfToken: created.csrfToken };
}

export async function logout(ctx: HandlerContext) {
  if (ctx.session)
    await ctx.db.query("delete from sessions where id_hash = $1", [ctx.session.idHash]);
  ctx.setSession(null);
}

export async function updateProfile(
  ctx: HandlerContext,
  input: { body: z.output<typeof ProfileUpdate> },
) {
  const rows = await ctx.db.query<UserRow>(
    `update users set display_name = coalesce($2, display_name), digest = coalesce($3, digest) where id = $1
     returning ${userColumns}`,
    [ctx.user!.id, input.body.displayName ?? null, input.body.digest ?? null],
  );
  return toUser(rows[0]!);
}

/** Everything the server holds about the person (GDPR access and portability). */
export async function exportMyData(ctx: HandlerContext) {
  const id = ctx.user!.id;
  const [memberships, ideas, comments, supports, follows] = await Promise.all([
    ctx.db.query<{ box: string; role: "agent" | "moderator" | "admin" }>(
      "select b.slug as box, m.role from members m join boxes b on b.id = m.box_id where m.user_id = $1",
      [id],
    ),
    ctx.db.query<IdeaRow>(
      `select ${ideaColumns} ${ideaJoins} where i.author_id = $1 order by i.created_at`,
      [id],
    ),
    ctx.db.query<Parameters<typeof toComment>[0]>(
      `select c.id, c.idea_id, c.parent_id, c.body, c.author_id, u.display_name as author_name, c.hidden_at, c.created_at
         from comments c join users u on u.id = c.author_id where c.author_id = $1 order by c.created_at`,
      [id],
    ),
    ctx.db.query<{ idea_id: string }>("select idea_id from supports where user_id = $1", [id]),
    ctx.db.query<{ idea_id: string }>("select idea_id from follows where user_id = $1", [id]),
  ]);
  return {
    user: ctx.user!,
    memberships,
    ideas: ideas.map((row) => toIdea(row, id)),
    comments: comments.map((row) => toComment(row, id, true)),
    supports: supports.map((row) => row.idea_id),
    follows: follows.map((row) => row.idea_id),
  };
}

/** Erasure: personal data removed; ideas and comments stay, shown as anonymous. */
export async function eraseMe(ctx: HandlerContext) {
  const id = ctx.user!.id;
  await ctx.db.transaction(async (tx) => {
    await tx.query(
      "update ideas set authorship = 'anonymous', team_name = null where author_id = $1",
      [id],
    );
    await tx.query("delete from sessions where user_id = $1", [id]);
    await tx.query(
      `update ideas set follower_count = follower_count - 1 where id in (select idea_id from follows where user_id = $1)`,
      [id],
    );
    await tx.query("delete from follows where user_id = $1", [id]);
    await tx.query("delete from email_notifications where user_id = $1", [id]);
    await tx.query("delete from email_verifications where user_id = $1", [id]);
    await tx.query(
      `update users set email = null, display_name = null, password_hash = null, oidc_issuer = null, oidc_sub = null,
              digest = 'off', email_verified_at = null, erased_at = now() where id = $1`,
      [id],
    );
  });
  ctx.setSession(null);
}
