// E-mail notifications to the followers of an idea, through SMTP when SMTP_URL is set.
// Written in the same transaction as the change (an outbox, like webhooks), so a notification
// is never lost nor sent for a change that was rolled back. Each person chooses (`digest`):
// "immediate" (one e-mail per event), "daily" (one e-mail gathering a day of events) or "off".
import type { Queryable, Database } from "./db/db";
import type { EventName } from "./context";
import { unsubscribeHeaders, unsubscribePath, unsubscribeToken } from "./unsubscribe";

/** What the worker needs to send one e-mail; nodemailer's transport fits. */
export interface MailTransport {
  sendMail(message: {
    from: string;
    to: string;
    subject: string;
    text: string;
    headers?: Record<string, string>;
  }): Promise<unknown>;
}

/** The idea's page for people: IDEA_URL with `{box}` and `{id}` filled in. */
export const ideaLink = (template: string, box: string, id: string) =>
  template.replaceAll("{box}", encodeURIComponent(box)).replaceAll("{id}", encodeURIComponent(id));

interface StatusChangedData {
  idea: { id: string; title: string; status: string };
  response: string;
}
interface CommentCreatedData {
  ideaId: string;
  comment: { body: string };
}

/** A notification in both languages: French first, as the server's people read it. */
interface Notice {
  ideaId: string;
  subject: string;
  text: string;
}

const quote = (text: string, max = 400) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

async function noticeOf(
  tx: Queryable,
  boxId: string,
  event: EventName,
  data: unknown,
  ideaUrl: string,
): Promise<Notice | null> {
  const [box] = await tx.query<{ name: string; slug: string }>(
    "select name, slug from boxes where id = $1",
    [boxId],
  );
  if (!box) return null;
  const link = (id: string) => ideaLink(ideaUrl, box.slug, id);
  if (event === "idea.status_changed") {
    const { idea, response } = data as StatusChangedData;
    const [status] = await tx.query<{ label: string }>(
      "select label from statuses where box_id = $1 and key = $2",
      [boxId, idea.status],
    );
    const label = status?.label ?? idea.status;
    return {
      ideaId: idea.id,
      subject: `« ${idea.title} » : ${label}`,
      text: [
        `L’idée « ${idea.title} » que vous suivez dans « ${box.name} » a changé de statut : ${label}.`,
        ...(response ? [`Réponse : ${quote(response)}`] : []),
        `Voir l’idée : ${link(idea.id)}`,
        "",
        `The idea "${idea.title}" you follow in "${box.name}" has a new status: ${label}.`,
        ...(response ? [`Response: ${quote(response)}`] : []),
        `See the idea: ${link(idea.id)}`,
      ].join("\n"),
    };
  }
  if (event === "comment.created") {
    const { ideaId, comment } = data as CommentCreatedData;
    const [idea] = await tx.query<{ title: string }>("select title from ideas where id = $1", [
      ideaId,
    ]);
    if (!idea) return null;
    return {
      ideaId,
      subject: `Nouveau commentaire sur « ${idea.title} »`,
      text: [
        `Nouveau commentaire sur l’idée « ${idea.title} » que vous suivez dans « ${box.name} » :`,
        quote(comment.body),
        `Voir l’idée : ${link(ideaId)}`,
        "",
        `New comment on the idea "${idea.title}" you follow in "${box.name}":`,
        quote(comment.body),
        `See the idea: ${link(ideaId)}`,
      ].join("\n"),
    };
  }
  return null;
}

/**
 * Queues one notification per follower who wants e-mail, except the person who made the change
 * and erased or address-less accounts. Call inside the transaction of the change.
 */
export async function queueNotifications(
  tx: Queryable,
  boxId: string,
  event: EventName,
  data: unknown,
  actorId: string | null,
  /** IDEA_URL: where the e-mail links to the idea. */
  ideaUrl: string,
): Promise<void> {
  const notice = await noticeOf(tx, boxId, event, data, ideaUrl);
  if (!notice) return;
  await tx.query(
    `insert into email_notifications (user_id, mode, event, idea_id, subject, body)
     select u.id, u.digest, $2, $1, $3, $4
       from follows f join users u on u.id = f.user_id
      where f.idea_id = $1 and u.digest in ('immediate', 'daily') and u.email is not null
        and u.erased_at is null and u.id is distinct from $5::uuid`,
    [notice.ideaId, event, notice.subject, notice.text, actorId],
  );
}

const maxAttempts = 6;
/** A person who turned e-mail off or erased their account since gets nothing that was waiting. */
const stillWanted = "digest <> 'off' and erased_at is null and email is not null";
const subjectPrefix = "[Boîte à idées] ";

interface DueRow {
  id: string;
  user_id: string;
  email: string;
  subject: string;
  body: string;
  attempts: number;
}

/**
 * Takes the due pending notifications of one mode (`alsoWhere` narrows them further), for a
 * minute: another instance skips them, and a crash before sending leaves them due again then.
 */
function claimDue(
  db: Database,
  now: Date,
  limit: number,
  mode: "immediate" | "daily",
  alsoWhere: string,
): Promise<DueRow[]> {
  return db.query<DueRow>(
    `update email_notifications n set next_attempt_at = $2::timestamptz + interval '60 seconds'
      where n.id in (select id from email_notifications
                      where state = 'pending' and mode = $3 and next_attempt_at <= $2::timestamptz
                        and user_id in (select id from users where ${stillWanted})
                        ${alsoWhere}
                      order by created_at limit ${mode === "immediate" ? "$1" : "all"}
                      for update skip locked)
      returning n.id, n.user_id, (select email from users u where u.id = n.user_id) as email,
                n.subject, n.body, n.attempts`,
    [limit, now.toISOString(), mode],
  );
}

interface Due {
  ids: string[];
  userId: string;
  email: string;
  subject: string;
  text: string;
  attempts: number;
}

/** The end of every e-mail: how to stop them, French then English. */
const footer = (settings: UnsubscribeSettings, userId: string) => {
  const page = `${settings.publicUrl}${unsubscribePath}?token=${unsubscribeToken(settings.sessionSecret, userId)}`;
  return `\n\n—\nNe plus recevoir ces courriels : ${page}\nStop these e-mails: ${page}`;
};

/** What the unsubscribe links are made of (the server's PUBLIC_URL and SESSION_SECRET). */
export interface UnsubscribeSettings {
  publicUrl: string;
  sessionSecret: string;
}

/**
 * Sends what is due: immediate notifications at once; a person's daily digest when their oldest
 * waiting item is a day old, gathering everything waiting for them then. Failures are retried
 * with backoff, then marked failed. Several instances may run it (rows are taken with SKIP LOCKED).
 * Each e-mail has a one-click unsubscribe (RFC 8058) for its recipient.
 */
export async function sendDueNotifications(
  db: Database,
  transport: MailTransport,
  options: UnsubscribeSettings & { from: string; now?: Date; limit?: number },
): Promise<number> {
  const now = options.now ?? new Date();
  const limit = options.limit ?? 50;
  const batches: Due[] = [];
  const immediate = await claimDue(db, now, limit, "immediate", "");
  for (const row of immediate)
    batches.push({
      ids: [row.id],
      userId: row.user_id,
      email: row.email,
      subject: `${subjectPrefix}${row.subject}`,
      text: row.body,
      attempts: row.attempts,
    });

  // Everything waiting for the people whose oldest waiting item is a day old.
  const daily = await claimDue(
    db,
    now,
    limit,
    "daily",
    `and user_id in (select user_id from email_notifications
                      where state = 'pending' and mode = 'daily'
                      group by user_id having min(created_at) <= $2::timestamptz - interval '1 day'
                      limit $1)`,
  );
  const byPerson = new Map<string, typeof daily>();
  for (const row of daily) byPerson.set(row.user_id, [...(byPerson.get(row.user_id) ?? []), row]);
  for (const rows of byPerson.values()) {
    batches.push({
      ids: rows.map((row) => row.id),
      userId: rows[0]!.user_id,
      email: rows[0]!.email,
      subject: `${subjectPrefix}${rows.length === 1 ? rows[0]!.subject : `${rows.length} nouvelles sur les idées que vous suivez / ${rows.length} updates on ideas you follow`}`,
      text: rows.map((row) => `— ${row.subject}\n${row.body}`).join("\n\n"),
      attempts: Math.max(...rows.map((row) => row.attempts)),
    });
  }

  for (const batch of batches) {
    let error: string | null = null;
    try {
      await transport.sendMail({
        from: options.from,
        to: batch.email,
        subject: batch.subject,
        text: `${batch.text}${footer(options, batch.userId)}`,
        headers: unsubscribeHeaders(options, batch.userId),
      });
    } catch (failure) {
      error = String((failure as Error).message ?? failure);
    }
    const attempts = batch.attempts + 1;
    await db.query(
      `update email_notifications set attempts = $2::int, last_error = $3::text,
         state = case when $3::text is null then 'sent' when $2::int >= $4::int then 'failed' else 'pending' end,
         sent_at = case when $3::text is null then $5::timestamptz else null end,
         next_attempt_at = $5::timestamptz + ($2::int * $2::int * interval '30 seconds')
       where id = any($1::uuid[])`,
      [batch.ids, attempts, error, maxAttempts, now.toISOString()],
    );
  }
  return batches.length;
}
