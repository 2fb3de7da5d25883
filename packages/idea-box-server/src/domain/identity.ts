import type { z } from "zod";
import type { Login, ProfileUpdate, Register } from "@communs/idea-box";
import type { CurrentUser, HandlerContext, UserContext } from "../context";
import type { ErasePerson } from "@communs/server";
import type { Database, Queryable } from "../db/db";
import { HttpProblem, invalid } from "../http-problem";
import type { Role } from "../roles";
import { eraseDemineurPerson } from "./demineur-erase";
import { demineurPersonalData } from "./demineur-export";
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
      await tx.query("delete from password_resets where user_id = $1", [id]);
    }
    const rows = await tx.query<UserRow>(
      `insert into users (email, display_name, email_verified_at) values (lower($1), $2, now())
       on conflict (email) do update set email = excluded.email, last_seen_at = now()
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
  ctx: UserContext,
  input: { body: z.output<typeof ProfileUpdate> },
) {
  const rows = await ctx.db.query<UserRow>(
    `update users set display_name = coalesce($2, display_name), digest = coalesce($3, digest) where id = $1
     returning ${userColumns}`,
    [ctx.user.id, input.body.displayName ?? null, input.body.digest ?? null],
  );
  return toUser(rows[0]!);
}

const iso = (value: Date | string | null) =>
  value === null ? null : new Date(value).toISOString();

/**
 * Everything the server holds about the person (GDPR access and portability): their account,
 * content, the reports they filed, the status changes they made, their notification e-mails,
 * the moderation actions on their content or account and the blocks that hold them. Who else
 * acted (the moderator, another reporter) is left out: it is not the person's data.
 */
export async function exportMyData(ctx: UserContext) {
  const id = ctx.user.id;
  const [memberships, ideas, comments, supports, follows] = await Promise.all([
    ctx.db.query<{ box: string; role: Role }>(
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
  const [reports, statusChanges, emails, moderation, memberBlocks, authorBlocks] =
    await Promise.all([
      ctx.db.query<{
        box: string;
        target_kind: string;
        target_id: string;
        reason: string;
        details: string;
        created_at: Date;
        resolved_at: Date | null;
        resolution: string | null;
      }>(
        `select b.slug as box, r.target_kind, r.target_id, r.reason, r.details, r.created_at, r.resolved_at, r.resolution
           from reports r join boxes b on b.id = r.box_id where r.reporter_id = $1 order by r.created_at`,
        [id],
      ),
      ctx.db.query<{ idea_id: string; status: string; response: string; at: Date }>(
        "select idea_id, status, response, at from status_history where changed_by = $1 order by at",
        [id],
      ),
      ctx.db.query<{
        event: string;
        idea_id: string | null;
        subject: string;
        body: string;
        state: string;
        created_at: Date;
        sent_at: Date | null;
      }>(
        `select event, idea_id, subject, body, state, created_at, sent_at
           from email_notifications where user_id = $1 order by created_at`,
        [id],
      ),
      ctx.db.query<{
        box: string;
        action: string;
        target_kind: string;
        target_id: string;
        reason: string;
        at: Date;
      }>(
        `select b.slug as box, a.action, a.target_kind, a.target_id, a.reason, a.at
           from audit_log a join boxes b on b.id = a.box_id
          where (a.target_kind = 'idea' and a.target_id in (select id::text from ideas where author_id = $1))
             or (a.target_kind = 'comment' and a.target_id in (select id::text from comments where author_id = $1))
             or (a.target_kind = 'user' and a.target_id = $1::text)
          order by a.at`,
        [id],
      ),
      ctx.db.query<{ box: string; reason: string | null; blocked_at: Date }>(
        `select b.slug as box, m.blocked_reason as reason, m.blocked_at
           from members m join boxes b on b.id = m.box_id where m.user_id = $1 and m.blocked_at is not null`,
        [id],
      ),
      ctx.db.query<{
        box: string;
        target_kind: string;
        target_id: string;
        reason: string;
        blocked_at: Date;
      }>(
        `select b.slug as box, ab.target_kind, ab.target_id, ab.reason, ab.blocked_at
           from author_blocks ab join boxes b on b.id = ab.box_id where ab.user_id = $1 order by ab.blocked_at`,
        [id],
      ),
    ]);
  return {
    user: ctx.user,
    memberships,
    ideas: ideas.map((row) => toIdea(row, id)),
    comments: comments.map((row) => toComment(row, id, true)),
    supports: supports.map((row) => row.idea_id),
    follows: follows.map((row) => row.idea_id),
    ...(await demineurPersonalData(ctx.db, id)),
    reports: reports.map((r) => ({
      box: r.box,
      target: { kind: r.target_kind, id: r.target_id },
      reason: r.reason,
      details: r.details,
      createdAt: iso(r.created_at)!,
      resolvedAt: iso(r.resolved_at),
      resolution: r.resolution,
    })),
    statusChanges: statusChanges.map((r) => ({
      ideaId: r.idea_id,
      status: r.status,
      response: r.response,
      at: iso(r.at)!,
    })),
    notificationEmails: emails.map((r) => ({
      event: r.event,
      ideaId: r.idea_id,
      subject: r.subject,
      body: r.body,
      state: r.state,
      createdAt: iso(r.created_at)!,
      sentAt: iso(r.sent_at),
    })),
    moderation: moderation.map((r) => ({
      box: r.box,
      action: r.action,
      target: { kind: r.target_kind, id: r.target_id },
      reason: r.reason,
      at: iso(r.at)!,
    })),
    blocks: [
      ...memberBlocks.map((r) => ({
        box: r.box,
        through: null,
        reason: r.reason ?? "",
        blockedAt: iso(r.blocked_at)!,
      })),
      ...authorBlocks.map((r) => ({
        box: r.box,
        through: { kind: r.target_kind, id: r.target_id },
        reason: r.reason,
        blockedAt: iso(r.blocked_at)!,
      })),
    ],
  };
}

/** Erasure: personal data removed; ideas and comments stay, shown as anonymous. */
export async function eraseMe(ctx: UserContext) {
  await erasePerson(ctx.db, ctx.user.id, ctx.eraseInTools);
  ctx.setSession(null);
}

/**
 * Erases a person in one transaction: the idea box's part (`eraseUser`), then each mounted
 * tool's (ADR 0003: a facilitator's Sonar workshops and their responses), all or nothing.
 * False when there was nobody to erase (already erased, or active since `inactiveSince`).
 */
export async function erasePerson(
  db: Database,
  id: string,
  eraseInTools: ErasePerson | null,
  inactiveSince?: string,
): Promise<boolean> {
  const afterCommit = await db.transaction(async (tx) => {
    if (!(await eraseUser(tx, id, inactiveSince))) return null;
    return (await eraseInTools?.(tx, id)) ?? (() => {});
  });
  afterCommit?.();
  return afterCommit !== null;
}

/**
 * The one erasure path: a person's own `DELETE /me` and the inactive-account retention both
 * come here. Named ideas become anonymous, sessions, follows, e-mails and links go, the account
 * keeps only its id (so the hidden link of anonymous ideas points to nobody), and the webhook
 * delivery log forgets the name in the payloads of the person's ideas, comments and status changes.
 */
export async function eraseUser(
  tx: Queryable,
  id: string,
  /** Only if the person has not been active since (the inactive-account retention). */
  inactiveSince?: string,
) {
  const [person] = await tx.query<{ display_name: string | null }>(
    `select display_name from users where id = $1 and erased_at is null
        and ($2::timestamptz is null or last_seen_at < $2::timestamptz) for update`,
    [id, inactiveSince ?? null],
  );
  if (!person) return false;
  if (person.display_name) await redactDeliveries(tx, id, person.display_name);
  await eraseDemineurPerson(tx, id, person.display_name);
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
  await tx.query("delete from password_resets where user_id = $1", [id]);
  await tx.query(
    `update users set email = null, display_name = null, password_hash = null, oidc_issuer = null, oidc_sub = null,
            digest = 'off', email_verified_at = null, erased_at = now() where id = $1`,
    [id],
  );
  return true;
}

interface DeliveryPayload {
  data?: {
    idea?: {
      id?: string;
      author?: { displayName?: string | null };
      history?: { changedBy?: string | null }[];
    };
    comment?: { id?: string; author?: { displayName?: string | null } };
  };
}

/**
 * Webhook payloads are kept as sent (the delivery log). Those that carry the person's name,
 * as author of a named idea or comment or as the moderator of a status change, get `null`
 * instead, as the API shows an erased person. Matched by the rows' ids, not by the name alone.
 */
async function redactDeliveries(tx: Queryable, id: string, name: string) {
  const candidates = await tx.query<{ id: string; payload: string }>(
    "select id, payload from webhook_deliveries where strpos(payload, $1) > 0",
    [JSON.stringify(name).slice(1, -1)],
  );
  if (candidates.length === 0) return;
  const [ideas, comments, changes] = await Promise.all([
    tx.query<{ id: string }>("select id from ideas where author_id = $1", [id]),
    tx.query<{ id: string }>("select id from comments where author_id = $1", [id]),
    tx.query<{ idea_id: string }>(
      "select distinct idea_id from status_history where changed_by = $1",
      [id],
    ),
  ]);
  const authored = new Set(ideas.map((row) => row.id));
  const commented = new Set(comments.map((row) => row.id));
  const changed = new Set(changes.map((row) => row.idea_id));
  for (const delivery of candidates) {
    const payload = JSON.parse(delivery.payload) as DeliveryPayload;
    const { idea, comment } = payload.data ?? {};
    if (idea?.id && authored.has(idea.id) && idea.author?.displayName === name)
      idea.author.displayName = null;
    if (idea?.id && changed.has(idea.id))
      for (const entry of idea.history ?? []) if (entry.changedBy === name) entry.changedBy = null;
    if (comment?.id && commented.has(comment.id) && comment.author?.displayName === name)
      comment.author.displayName = null;
    const redacted = JSON.stringify(payload);
    if (redacted !== delivery.payload)
      await tx.query("update webhook_deliveries set payload = $2 where id = $1", [
        delivery.id,
        redacted,
      ]);
  }
}
