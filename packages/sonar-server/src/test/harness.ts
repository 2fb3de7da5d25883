import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { Hono } from "hono";
import { serve } from "@hono/node-server";
import { createWorkshopClient, type WorkshopClient } from "@communs/sonar/workshop";
import type { WorkshopDatabase } from "../db";
import { migrateWorkshops } from "../migrations";
import { mountWorkshops, type MountedWorkshops, type WorkshopDeps } from "../http";
import { loadWorkshopSettings, type WorkshopSettings } from "../settings";
import type { WorkshopNotifier } from "../notifier";

pg.types.setTypeParser(20, (value) => Number(value));

export interface TestDatabase {
  db: WorkshopDatabase & { close(): Promise<void> };
  /** The PostgreSQL URL of this test database (undefined on PGlite). */
  url?: string;
  drop(): Promise<void>;
}

function poolDatabase(url: string, max = 10): WorkshopDatabase & { close(): Promise<void> } {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on("error", () => undefined);
  return {
    kind: "postgres",
    query: async <T>(sql: string, params: unknown[] = []) =>
      (await pool.query(sql, params)).rows as T[],
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("begin");
        const result = await fn({
          query: async <T>(sql: string, params: unknown[] = []) =>
            (await client.query(sql, params)).rows as T[],
        });
        await client.query("commit");
        return result;
      } catch (error) {
        await client.query("rollback").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** `DATABASE_URL` set → a fresh PostgreSQL database; otherwise PGlite in memory. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const lite = await PGlite.create({ parsers: { 20: (value: string) => Number(value) } });
    const db: TestDatabase["db"] = {
      kind: "pglite",
      query: async <T>(sql: string, params: unknown[] = []) =>
        (await lite.query<T>(sql, params)).rows,
      transaction: (fn) =>
        lite.transaction((tx) =>
          fn({
            query: async <T>(sql: string, params: unknown[] = []) =>
              (await tx.query<T>(sql, params)).rows,
          }),
        ),
      close: () => lite.close(),
    };
    return { db, drop: async () => undefined };
  }
  const name = `w_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    db: poolDatabase(target.href),
    url: target.href,
    drop: async () => {
      const again = new pg.Client({ connectionString: url });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

/** A second pool on the same PostgreSQL database: what another server instance would open. */
export const openAnotherPool = (url: string) => poolDatabase(url);

export const testSettings = (env: Record<string, string> = {}): WorkshopSettings =>
  loadWorkshopSettings({ SONAR_SWEEP_INTERVAL_MS: "0", ...env }, "http://ateliers.test");

export interface TestInstance {
  url: string;
  mounted: MountedWorkshops;
  /** A client acting as a signed-in facilitator (test sign-in: `x-test-user`), or as nobody. */
  client(user?: string): Promise<WorkshopClient>;
  close(): Promise<void>;
}

/**
 * One server instance: a Hono app with the workshops mounted, listening on a port. Sign-in is
 * the host's job; here the host is this test one, which takes `x-test-user: <id>` as the
 * person and `csrf-<id>` as their CSRF token (the contract is the same: identify + CSRF).
 */
export async function startInstance(
  db: WorkshopDatabase,
  options: {
    settings?: WorkshopSettings;
    databaseUrl?: string;
    notifier?: WorkshopNotifier;
    extra?: Partial<WorkshopDeps>;
  } = {},
): Promise<TestInstance> {
  await migrateWorkshops(db);
  const app = new Hono();
  const mounted = await mountWorkshops(app, {
    db,
    settings: options.settings ?? testSettings(),
    databaseUrl: options.databaseUrl,
    notifier: options.notifier,
    identify: async (c) => {
      const id = c.req.header("x-test-user");
      return id ? { user: { id, displayName: `Person ${id}` }, csrfToken: `csrf-${id}` } : null;
    },
    ...options.extra,
  });
  app.onError((error, c) => {
    console.error(error);
    return c.text("internal", 500);
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    mounted,
    async client(user) {
      const client = createWorkshopClient({
        baseUrl: url,
        retries: 0,
        headers: user ? { "x-test-user": user } : {},
      });
      if (user) await client.request("session");
      return client;
    },
    async close() {
      await mounted.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeAllConnections(): void }).closeAllConnections();
      });
    },
  };
}
