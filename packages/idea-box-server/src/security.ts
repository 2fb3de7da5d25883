import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import type { CookieOptions } from "hono/utils/cookie";
import type { Database, Queryable } from "./db/db";
import type { CurrentUser } from "./context";
import type { ServerConfig } from "./config";
import { boxAccessColumns, boxAccessJoins, toBoxAccess, type BoxAccessRow } from "./box-access";

/** Argon2id (memory-hard), OWASP parameters: 19 MiB, 2 passes. */
export const hashPassword = (password: string) =>
  hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  // Hash anyway when there is no account, so timing does not tell which e-mails exist.
  const target = stored ?? (await dummyHash);
  const ok = await verify(target, password).catch(() => false);
  return stored !== null && ok;
}
const dummyHash = hashPassword("not-a-real-password-000");

export const randomToken = (bytes = 32) => randomBytes(bytes).toString("base64url");
export const sha256 = (value: string) => createHash("sha256").update(value).digest("base64url");

export const sessionCookie = "communs_session";
export const sessionDays = 30;

/**
 * The session cookie's options, for every place that sets it (sign-in, registration, OIDC):
 * `SameSite=None` only when other origins embed the box over HTTPS, `Lax` otherwise.
 */
export function sessionCookieOptions(
  config: Pick<ServerConfig, "publicUrl" | "allowedOrigins">,
): CookieOptions {
  const secure = config.publicUrl.startsWith("https://");
  return {
    path: "/",
    httpOnly: true,
    secure,
    sameSite: config.allowedOrigins.length > 0 && secure ? "None" : "Lax",
    maxAge: sessionDays * 86400,
  };
}

/** Creates a server-side session; the cookie holds a random token, the database only its hash. */
/** Records the person's activity now (users.last_seen_at). */
export async function touchUser(db: Queryable, userId: string) {
  await db.query("update users set last_seen_at = now() where id = $1", [userId]);
}

export async function createSession(db: Queryable, userId: string) {
  const token = randomToken();
  const csrfToken = randomToken(24);
  await touchUser(db, userId);
  await db.query(
    `insert into sessions (id_hash, user_id, csrf_token, expires_at) values ($1, $2, $3, now() + interval '${sessionDays} days')`,
    [sha256(token), userId, csrfToken],
  );
  return { token, csrfToken };
}

/**
 * The session of `token` and its person, with the box `boxSlug` as they see it when one is
 * named (null when there is no such box), in one query.
 */
export async function readSession(db: Database, token: string, boxSlug?: string) {
  const rows = await db.query<
    {
      id_hash: string;
      csrf_token: string;
      id: string;
      display_name: string;
      email: string | null;
      platform_admin: boolean;
      digest: CurrentUser["digest"];
      seen_long_ago: boolean;
    } & BoxAccessRow
  >(
    `select s.id_hash, s.csrf_token, u.id, u.display_name, u.email, u.platform_admin, u.digest,
            u.last_seen_at < now() - interval '1 hour' as seen_long_ago, ${boxAccessColumns("u.id")}
       from sessions s join users u on u.id = s.user_id ${boxAccessJoins("$2", "u.id")}
      where s.id_hash = $1 and s.expires_at > now() and u.erased_at is null`,
    [sha256(token), boxSlug ?? null],
  );
  const row = rows[0];
  if (!row) return null;
  // Last activity, for RETENTION_INACTIVE_ACCOUNT_DAYS: written at most once an hour.
  if (row.seen_long_ago) await touchUser(db, row.id);
  return {
    session: { idHash: row.id_hash, csrfToken: row.csrf_token },
    user: {
      id: row.id,
      displayName: row.display_name,
      email: row.email,
      platformAdmin: row.platform_admin,
      digest: row.digest,
    } satisfies CurrentUser,
    box: toBoxAccess(row, true, undefined),
  };
}

export const safeEqual = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/**
 * Counts a hit in a one-minute window kept in the database (holds across instances); returns
 * the hits so far and the whole seconds until the window ends (for `Retry-After`).
 */
export async function hitRateLimit(
  db: Database,
  key: string,
): Promise<{ hits: number; resetSeconds: number }> {
  const rows = await db.query<{ hits: number; reset_seconds: number }>(
    `insert into rate_limits (key, window_start, hits) values ($1, date_trunc('minute', now()), 1)
     on conflict (key, window_start) do update set hits = rate_limits.hits + 1
     returning hits, ceil(extract(epoch from window_start + interval '1 minute' - now()))::int as reset_seconds`,
    [key],
  );
  return { hits: rows[0]!.hits, resetSeconds: Math.max(1, rows[0]!.reset_seconds) };
}
