import type { Hono } from "hono";
import {
  createMetrics,
  mountOperations,
  pendingMigrations,
  requestIds,
  type Metrics,
} from "@communs/server";
import type { AppDeps } from "./context";
import { ideaBoxMigrations } from "./db/migrations";

/**
 * Request ids and request metrics for every route of the app, the idea box's and the mounted
 * tools' alike: call first, before any other middleware, so that both see every answer.
 */
export function observeRequests(app: Hono, deps: Pick<AppDeps, "db">): Metrics {
  const metrics = createMetrics({ db: deps.db });
  app.use("*", requestIds());
  app.use("*", metrics.middleware);
  // The notification queues: e-mails and webhook deliveries not yet sent (or retried).
  metrics.gauge(
    "communs_idea_box_pending_notifications",
    "Notifications queued and not yet sent or given up, by channel (email, webhook)",
    async () => {
      const rows = await deps.db.query<{ channel: string; pending: number }>(
        `select 'email' as channel, count(*) as pending from email_notifications where state = 'pending'
         union all
         select 'webhook', count(*) from webhook_deliveries where state = 'pending'`,
      );
      return rows.map((row) => ({ labels: { channel: row.channel }, value: Number(row.pending) }));
    },
    ["channel"],
  );
  return metrics;
}

/** `/health/live`, `/health/ready` (database answers, migrations applied) and `/metrics`. */
export function mountIdeaBoxOperations(
  app: Hono,
  deps: Pick<AppDeps, "db" | "config" | "log">,
  metrics: Metrics,
): void {
  const { db, config, log } = deps;
  mountOperations(app, {
    metrics,
    metricsToken: config.metricsToken,
    log,
    async ready() {
      await db.query("select 1");
      const pending = await pendingMigrations(db, ideaBoxMigrations);
      return pending.length > 0 ? `migrations not applied: ${pending.join(", ")}` : null;
    },
  });
}
