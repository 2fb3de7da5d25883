import { serve, type ServerType } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import type { Server as HttpServer } from "node:http";
import { createApp } from "./app";
import type { ServerConfig } from "./config";
import { openPglite, openPostgres, type Database } from "./db/db";
import { migrate } from "./db/migrations";
import nodemailer from "nodemailer";
import { deliverDue, queueEvent } from "./webhooks";
import { queueNotifications, sendDueNotifications, type MailTransport } from "./notifications";
import type { EventSink } from "./context";
import { mountSonarWorkshops, type Workshops } from "./workshops";
import { purgeExpired } from "./retention";
import { combineErasers, withRequestId, type ErasePerson } from "@communs/server";

export interface IdeaBoxServer {
  /** The Hono app (its `fetch` serves requests without a socket, handy in tests). */
  app: ReturnType<typeof createApp>;
  db: Database;
  config: ServerConfig;
  /** The Sonar workshops mounted on `/sonar` (ADR 0003), or null when off or not installed. */
  workshops: Workshops | null;
  /** Starts listening; resolves with the URL. */
  listen(): Promise<string>;
  /** Graceful shutdown: stops accepting, finishes requests in flight, closes the database. */
  close(): Promise<void>;
}

export type Logger = (
  level: "info" | "error",
  message: string,
  fields?: Record<string, unknown>,
) => void;

export const jsonLogger =
  (minimum: ServerConfig["logLevel"]): Logger =>
  (level, message, fields = {}) => {
    if (minimum === "silent" || (minimum === "error" && level !== "error")) return;
    process.stdout.write(
      `${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`,
    );
  };

export async function openDatabase(
  config: Pick<ServerConfig, "databaseUrl" | "dataDir">,
): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir);
}

/** Opens the database, runs migrations and builds the app. Call `listen()` to serve. */
export async function createServer(
  config: ServerConfig,
  options: {
    db?: Database;
    log?: Logger;
    mailTransport?: MailTransport;
    /** Where `SONAR_WORKSHOPS` and the other `SONAR_*` settings are read (default `process.env`). */
    workshopEnv?: Record<string, string | undefined>;
  } = {},
): Promise<IdeaBoxServer> {
  // Lines written while a request is served carry its id (X-Request-Id).
  const log = withRequestId(options.log ?? jsonLogger(config.logLevel));
  const db = options.db ?? (await openDatabase(config));
  const applied = await migrate(db);
  if (applied.length > 0) log("info", "migrations applied", { versions: applied });
  // E-mail notifications only when SMTP is configured: nothing piles up for a later SMTP_URL.
  const mail =
    options.mailTransport ??
    (config.smtpUrl ? (nodemailer.createTransport(config.smtpUrl) as MailTransport) : null);
  const events: EventSink = mail
    ? async (tx, boxId, event, data, actorId) => {
        await queueEvent(tx, boxId, event, data, actorId);
        await queueNotifications(tx, boxId, event, data, actorId, config.ideaUrl);
      }
    : queueEvent;
  // Filled once the tools are mounted: a person's erasure reaches every tool's data.
  const toolErasers: ErasePerson[] = [];
  const eraseInTools = combineErasers(toolErasers);
  const app = createApp({ db, config, events, log, mail, eraseInTools });
  const workshops = await mountSonarWorkshops(
    app,
    db,
    config,
    log,
    options.workshopEnv ?? process.env,
  );
  if (workshops) toolErasers.push(workshops.erasePerson);
  let server: ServerType | null = null;
  let worker: NodeJS.Timeout | null = null;
  let purger: NodeJS.Timeout | null = null;
  let closing: Promise<void> | null = null;

  return {
    app,
    db,
    config,
    workshops,
    listen() {
      return new Promise((resolve, reject) => {
        server = serve(
          { fetch: app.fetch, port: config.port, hostname: config.host },
          (info: AddressInfo) => {
            const url = `http://${info.address.includes(":") ? `[${info.address}]` : info.address}:${info.port}`;
            resolve(url);
          },
        );
        // Port in use, unknown or foreign HOST: reported to the caller, not thrown later.
        (server as unknown as HttpServer).once("error", (error) => {
          if (worker) clearInterval(worker);
          if (purger) clearInterval(purger);
          server = null;
          reject(error);
        });
        if (config.webhookIntervalMs > 0) {
          worker = setInterval(() => {
            deliverDue(db, { allowedHosts: config.webhookAllowedHosts }).catch((error: unknown) =>
              log("error", "webhook delivery", { error: String(error) }),
            );
            if (mail)
              sendDueNotifications(db, mail, {
                from: config.smtpFrom,
                publicUrl: config.publicUrl,
                sessionSecret: config.sessionSecret,
              }).catch((error: unknown) =>
                log("error", "e-mail notifications", { error: String(error) }),
              );
          }, config.webhookIntervalMs);
          worker.unref();
        }
        // Purges on their own schedule, once at start then every PURGE_INTERVAL_MS.
        if (config.purgeIntervalMs > 0 && !purger) {
          const purge = () =>
            purgeExpired(db, config.retention, new Date(), eraseInTools)
              .then((report) => {
                const counts = Object.entries(report).filter(([, n]) => n > 0);
                if (counts.length > 0) log("info", "retention purge", Object.fromEntries(counts));
              })
              .catch((error: unknown) => log("error", "retention purge", { error: String(error) }));
          void purge();
          purger = setInterval(purge, config.purgeIntervalMs);
          purger.unref();
        }
      });
    },
    close() {
      closing ??= (async () => {
        if (worker) clearInterval(worker);
        if (purger) clearInterval(purger);
        // Board streams never end by themselves: end them so the HTTP server can close.
        await workshops?.close();
        if (server) {
          const http = server as unknown as HttpServer;
          await new Promise<void>((resolve) => {
            http.close(() => resolve());
            http.closeIdleConnections();
            // Requests in flight get a grace period, then remaining keep-alive sockets are cut.
            setTimeout(() => http.closeAllConnections(), 10_000).unref();
          });
        }
        await db.close();
      })();
      return closing;
    },
  };
}
