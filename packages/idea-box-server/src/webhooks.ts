import { createHmac, randomBytes } from "node:crypto";
import type { z } from "zod";
import type { WebhookCreate } from "@communs/idea-box";
import type { Database } from "./db/db";
import type { EventSink, MemberContext } from "./context";
import { checkOutgoingUrl, guardedPost } from "./network-guard";
import { invalid } from "./http-problem";

/** Queues one delivery per matching webhook, inside the caller's transaction (outbox). */
export const queueEvent: EventSink = async (tx, boxId, event, data) => {
  await tx.query(
    `insert into webhook_deliveries (webhook_id, event, payload)
     select id, $2, $3 from webhooks where box_id = $1 and $2 = any(events)`,
    [boxId, event, JSON.stringify({ event, at: new Date().toISOString(), data })],
  );
};

/** A new webhook's secret, as Standard Webhooks writes it: `whsec_` and 24 random bytes in base64. */
export const newWebhookSecret = () => `whsec_${randomBytes(24).toString("base64")}`;

/**
 * The HMAC key of a secret: the bytes after `whsec_`, base64-decoded. A secret made before
 * Standard Webhooks (no prefix) is its own UTF-8 bytes: its Standard Webhooks form is
 * `whsec_` + base64(secret), so receivers of older webhooks need no new secret.
 */
function signingKey(secret: string): Buffer {
  return secret.startsWith("whsec_")
    ? Buffer.from(secret.slice("whsec_".length), "base64")
    : Buffer.from(secret, "utf8");
}

/**
 * The Standard Webhooks headers (https://www.standardwebhooks.com/): `webhook-id` (the delivery,
 * the same on every retry), `webhook-timestamp` (Unix seconds) and
 * `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`.
 */
export function standardWebhookHeaders(
  secret: string,
  id: string,
  timestamp: number,
  body: string,
): Record<string, string> {
  const signature = createHmac("sha256", signingKey(secret))
    .update(`${id}.${timestamp}.${body}`)
    .digest("base64");
  return {
    "webhook-id": id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": `v1,${signature}`,
  };
}

/**
 * Deprecated, sent for one more minor version beside the Standard Webhooks headers:
 * `X-Communs-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`, keyed with the
 * secret string as given.
 */
export function signPayload(secret: string, body: string, timestamp: number) {
  const signature = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `t=${timestamp},v1=${signature}`;
}

const maxAttempts = 6;

/**
 * Sends due deliveries; failures are retried with exponential backoff, then marked failed.
 * Only public addresses are reached, unless the host is in `allowedHosts` (WEBHOOK_ALLOWED_HOSTS).
 */
export async function deliverDue(
  db: Database,
  options: { allowedHosts?: readonly string[]; limit?: number } = {},
) {
  const limit = options.limit ?? 20;
  const due = await db.query<{
    id: string;
    url: string;
    secret: string;
    payload: string;
    attempts: number;
  }>(
    `update webhook_deliveries d set next_attempt_at = now() + interval '60 seconds'
      where d.id in (select id from webhook_deliveries where state = 'pending' and next_attempt_at <= now()
                     order by next_attempt_at limit $1 for update skip locked)
      returning d.id, (select url from webhooks w where w.id = d.webhook_id) as url,
                (select secret from webhooks w where w.id = d.webhook_id) as secret, d.payload, d.attempts`,
    [limit],
  );
  for (const delivery of due) {
    let error: string | null = null;
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const status = await guardedPost({
        url: delivery.url,
        allowedHosts: options.allowedHosts ?? [],
        timeoutMs: 10_000,
        headers: {
          "content-type": "application/json",
          ...standardWebhookHeaders(delivery.secret, delivery.id, timestamp, delivery.payload),
          "x-communs-signature": signPayload(delivery.secret, delivery.payload, timestamp),
          "x-communs-delivery": delivery.id,
        },
        body: delivery.payload,
      });
      if (status < 200 || status > 299) error = `HTTP ${status}`;
    } catch (failure) {
      error = String((failure as Error).message ?? failure);
    }
    const attempts = delivery.attempts + 1;
    await db.query(
      `update webhook_deliveries set attempts = $2::int, last_error = $3::text,
         state = case when $3::text is null then 'delivered' when $2::int >= $4::int then 'failed' else 'pending' end,
         next_attempt_at = now() + ($2::int * $2::int * interval '30 seconds')
       where id = $1`,
      [delivery.id, attempts, error, maxAttempts],
    );
  }
  return due.length;
}

export async function listWebhooks(ctx: MemberContext) {
  const rows = await ctx.db.query<{ id: string; url: string; events: string[]; created_at: Date }>(
    "select id, url, events, created_at from webhooks where box_id = $1 order by created_at",
    [ctx.box.id],
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      url: r.url,
      events: r.events as never,
      secret: null,
      createdAt: new Date(r.created_at).toISOString(),
    })),
  };
}

export async function createWebhook(
  ctx: MemberContext,
  input: { body: z.output<typeof WebhookCreate> },
) {
  const refused = await checkOutgoingUrl(input.body.url, ctx.config.webhookAllowedHosts);
  if (refused)
    throw invalid("/body/url", "invalid_value", {
      reason: refused,
      values: "a public http(s) address (or a host listed in WEBHOOK_ALLOWED_HOSTS)",
    });
  const secret = newWebhookSecret();
  const rows = await ctx.db.query<{ id: string; created_at: Date }>(
    "insert into webhooks (box_id, url, secret, events) values ($1, $2, $3, $4) returning id, created_at",
    [ctx.box.id, input.body.url, secret, input.body.events],
  );
  return {
    id: rows[0]!.id,
    url: input.body.url,
    events: input.body.events,
    secret,
    createdAt: new Date(rows[0]!.created_at).toISOString(),
  };
}

export async function listDeliveries(ctx: MemberContext) {
  const rows = await ctx.db.query<{
    id: string;
    event: string;
    attempts: number;
    state: string;
    last_error: string | null;
    created_at: Date;
  }>(
    `select d.id, d.event, d.attempts, d.state, d.last_error, d.created_at
       from webhook_deliveries d join webhooks w on w.id = d.webhook_id where w.box_id = $1
      order by d.created_at desc limit 200`,
    [ctx.box.id],
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      event: r.event as never,
      attempts: r.attempts,
      state: r.state as never,
      lastError: r.last_error,
      createdAt: new Date(r.created_at).toISOString(),
    })),
  };
}
