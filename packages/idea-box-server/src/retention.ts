import type { Database } from "./db/db";
import type { RetentionSettings } from "./config";
import type { ErasePerson } from "@communs/server";
import { erasePerson } from "./domain/identity";

/** What one purge deleted (or erased), by kind: logged, and handy in tests. */
export interface PurgeReport {
  sessions: number;
  rateLimits: number;
  emailVerifications: number;
  passwordResets: number;
  oidcStates: number;
  notifications: number;
  webhookDeliveries: number;
  auditEntries: number;
  resolvedReports: number;
  erasedAccounts: number;
}

const dayMs = 86_400_000;
/** `now` minus `days`, as the SQL parameter the purges compare with. */
const before = (now: Date, days: number) => new Date(now.getTime() - days * dayMs).toISOString();

/**
 * Deletes what has outlived its purpose, as of `now` (a parameter, so tests move the clock
 * instead of waiting). Always: expired sessions, e-mail verification and password reset links,
 * OIDC sign-in and sign-out states, and
 * rate-limit windows. Per setting (`null` keeps): notification e-mails once sent or given up,
 * delivered or failed webhook deliveries, the moderation audit log and resolved reports, and
 * accounts without activity, erased through the same path as `DELETE /me`.
 *
 * Blocks in force are kept whatever their age (lifting one deletes it, and its audit entry goes
 * with the log). Platform administrators' accounts are never erased for inactivity: the
 * platform would lose its last administrator; remove them by hand.
 */
export async function purgeExpired(
  db: Database,
  retention: RetentionSettings,
  now: Date = new Date(),
  /** The mounted tools' part of erasing a person (their data goes with the account). */
  eraseInTools: ErasePerson | null = null,
): Promise<PurgeReport> {
  const at = now.toISOString();
  const count = async (sql: string, params: unknown[]) => (await db.query(sql, params)).length;
  const report: PurgeReport = {
    sessions: await count("delete from sessions where expires_at < $1 returning 1", [at]),
    rateLimits: await count("delete from rate_limits where window_start < $1 returning 1", [
      before(now, 5 / 1440),
    ]),
    emailVerifications: await count(
      "delete from email_verifications where expires_at < $1 returning 1",
      [at],
    ),
    passwordResets: await count("delete from password_resets where expires_at < $1 returning 1", [
      at,
    ]),
    oidcStates:
      (await count("delete from oidc_states where expires_at < $1 returning 1", [at])) +
      (await count("delete from oidc_logouts where expires_at < $1 returning 1", [at])),
    notifications: 0,
    webhookDeliveries: 0,
    auditEntries: 0,
    resolvedReports: 0,
    erasedAccounts: 0,
  };
  if (retention.notificationsDays !== null)
    report.notifications = await count(
      `delete from email_notifications
        where state <> 'pending' and coalesce(sent_at, created_at) < $1 returning 1`,
      [before(now, retention.notificationsDays)],
    );
  if (retention.webhookDeliveriesDays !== null)
    report.webhookDeliveries = await count(
      "delete from webhook_deliveries where state <> 'pending' and created_at < $1 returning 1",
      [before(now, retention.webhookDeliveriesDays)],
    );
  if (retention.moderationDays !== null) {
    const limit = before(now, retention.moderationDays);
    report.auditEntries = await count("delete from audit_log where at < $1 returning 1", [limit]);
    report.resolvedReports = await count(
      "delete from reports where resolved_at is not null and resolved_at < $1 returning 1",
      [limit],
    );
  }
  if (retention.inactiveAccountDays !== null) {
    const limit = before(now, retention.inactiveAccountDays);
    const inactive = await db.query<{ id: string }>(
      `select id from users where erased_at is null and not platform_admin and last_seen_at < $1
        order by last_seen_at limit 500`,
      [limit],
    );
    // One transaction each, checked again inside it: a person signing in meanwhile is kept.
    for (const { id } of inactive)
      if (await erasePerson(db, id, eraseInTools, limit)) report.erasedAccounts += 1;
  }
  return report;
}
