import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";
import { Hono } from "hono";
import { serve } from "@hono/node-server";
import { openPostgres, requestIds } from "@communs/server";
import { openTestDatabase, type TestDatabase } from "@communs/server/testing";
import { createWorkshopClient, type WorkshopClient } from "@communs/sonar/workshop";
import type { WorkshopDatabase } from "../db";
import { migrateWorkshops } from "../migrations";
import { mountWorkshops, type MountedWorkshops, type WorkshopDeps } from "../http";
import { loadWorkshopSettings, type WorkshopSettings } from "../settings";
import type { WorkshopNotifier } from "../notifier";

/** `DATABASE_URL` set → a fresh PostgreSQL database; otherwise PGlite in memory. */
export { openTestDatabase, type TestDatabase };

/** A second pool on the same PostgreSQL database: what another server instance would open. */
export const openAnotherPool = (url: string) => openPostgres(url);

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
 * Like the reference server, it registers `requestIds()` of @communs/server first.
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
  // As the reference server does: request ids first, so that problems carry theirs.
  app.use("*", requestIds());
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

export interface TestFile {
  database: TestDatabase;
  instance: TestInstance;
  /** Signed in as the facilitator "alice". */
  alice: WorkshopClient;
}

/**
 * A test file's database and server instance, opened before its tests and closed after them.
 * `options` may read the database (its URL, for PostgreSQL notifications).
 */
export function setUpTestFile(
  options: (database: TestDatabase) => Parameters<typeof startInstance>[1] = () => ({}),
): TestFile {
  const file = {} as TestFile;
  beforeAll(async () => {
    file.database = await openTestDatabase();
    file.instance = await startInstance(file.database.db, options(file.database));
    file.alice = await file.instance.client("alice");
  });
  afterAll(async () => {
    await file.instance?.close();
    await file.database?.dispose();
  });
  return file;
}
