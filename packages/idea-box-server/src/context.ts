import type { Access } from "@communs/idea-box";
import type { ErasePerson } from "@communs/server";
import type { Role } from "./roles";
import type { Database, Queryable } from "./db/db";
import type { ServerConfig } from "./config";

export interface CurrentUser {
  id: string;
  displayName: string;
  email: string | null;
  platformAdmin: boolean;
  digest: "off" | "daily" | "immediate";
}

export interface BoxAccess {
  id: string;
  slug: string;
  name: string;
  description: string;
  visibility: "public" | "members";
  role: Role | null;
  blocked: boolean;
}

export interface HandlerContext {
  db: Database;
  config: ServerConfig;
  user: CurrentUser | null;
  box: BoxAccess | null;
  session: { idHash: string; csrfToken: string } | null;
  /** Sets the session cookie (or clears it with null). */
  setSession(token: string | null): void;
  events: EventSink;
  log(level: "info" | "error", message: string, fields?: Record<string, unknown>): void;
  /** SMTP transport when SMTP_URL is set: e-mail verification links go through it. */
  mail: MailSender | null;
  /** The mounted tools' part of erasing a person (ADR 0003), run in the erasure's transaction. */
  eraseInTools: ErasePerson;
  /** The request's `Accept-Language` (the Démineur's report speaks it when no `?locale=`). */
  acceptLanguage?: string | null;
}

/** What sends e-mail (nodemailer's transport has this shape; so does notifications' MailTransport). */
export interface MailSender {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

/** What the HTTP app is built from (the server's database, settings, event sink and logger). */
export interface AppDeps {
  db: Database;
  config: ServerConfig;
  events: EventSink;
  log: HandlerContext["log"];
  mail: MailSender | null;
  eraseInTools: ErasePerson;
}

export type EventName =
  | "idea.created"
  | "idea.status_changed"
  | "comment.created"
  | "check.opened"
  | "check.answered"
  | "check.decided";

/** Queues webhook deliveries and e-mail notifications in the same transaction as the write. */
export type EventSink = (
  tx: Queryable,
  boxId: string,
  event: EventName,
  data: unknown,
  /** The person who made the change: they are not notified of it. */
  actorId: string | null,
) => Promise<void>;

/**
 * The context a handler gets, by the access level of its operation (the contract's `routes`):
 * what `authorise` in app.ts has checked is in the type, so handlers need no `!`.
 * - `public`: anyone; `user` and `box` may be null.
 * - `user`, `platform-admin`: a signed-in person.
 * - `reader`: a box the caller may read; the caller may be anonymous.
 * - `agent`, `moderator`, `admin`: a signed-in person acting in a box.
 */
export type UserContext = HandlerContext & { user: CurrentUser };
export type BoxContext = HandlerContext & { box: BoxAccess };
export type MemberContext = HandlerContext & { user: CurrentUser; box: BoxAccess };
export type ContextFor<A extends Access> = A extends "public"
  ? HandlerContext
  : A extends "user" | "platform-admin"
    ? UserContext
    : A extends "reader"
      ? BoxContext
      : MemberContext;

/**
 * Narrows a context to its operation's access level, once, after `authorise`. A failure here is
 * a server bug (authorise let through what the level excludes), never a caller's mistake.
 */
export function contextFor<A extends Access>(access: A, ctx: HandlerContext): ContextFor<A> {
  const needsUser = access !== "public" && access !== "reader";
  const needsBox = access !== "public" && access !== "user" && access !== "platform-admin";
  if ((needsUser && !ctx.user) || (needsBox && !ctx.box))
    throw new Error(`access "${access}" reached a handler without its user or box`);
  return ctx as ContextFor<A>;
}
