import { randomBytes } from "node:crypto";
import pg from "pg";
import { createIdeaBoxClient, type IdeaBoxClient } from "@communs/idea-box";
import { loadConfig, type ServerConfig } from "../config";
import { openPglite, openPostgres, type Database } from "../db/db";
import { createServer, type IdeaBoxServer } from "../server";

/** `DATABASE_URL` set → a fresh PostgreSQL database per test file; otherwise PGlite in memory. */
export async function openTestDatabase(): Promise<{ db: Database; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const db = await openPglite();
    return { db, drop: async () => undefined };
  }
  const name = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = await openPostgres(target.href);
  return {
    db,
    drop: async () => {
      const again = new pg.Client({ connectionString: url });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

export const testConfig = (overrides: Partial<ServerConfig> = {}) =>
  loadConfig(
    {
      LOG_LEVEL: "silent",
      PUBLIC_URL: "http://idees.test",
      RATE_LIMIT_PER_PERSON: "100000",
      RATE_LIMIT_PER_ADDRESS: "1000000",
      WEBHOOK_INTERVAL_MS: "0",
      EMBED_SECRET: "embed-secret-for-tests-0123456789abcdef",
    },
    overrides,
  );

export interface TestHarness {
  server: IdeaBoxServer;
  db: Database;
  /** A client with its own cookie jar, talking to the app in process. */
  client(): TestClient;
  /** Registers (or logs in) a person and returns their client. */
  person(email: string, name?: string): Promise<TestClient>;
  close(): Promise<void>;
}

export type TestClient = IdeaBoxClient & {
  raw: (path: string, init?: RequestInit) => Promise<Response>;
  userId: string | null;
};

export async function startHarness(overrides: Partial<ServerConfig> = {}): Promise<TestHarness> {
  const { db, drop } = await openTestDatabase();
  const server = await createServer(testConfig(overrides), { db });
  const makeClient = (): TestClient => {
    let cookie = "";
    const fetchWithJar = async (input: string | URL | Request, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      if (cookie) headers.set("cookie", cookie);
      const response = await server.app.fetch(new Request(String(input), { ...init, headers }));
      const set = response.headers.get("set-cookie");
      if (set) {
        const [pair] = set.split(";");
        cookie = pair!.endsWith("=") ? "" : pair!;
      }
      return response;
    };
    const client = createIdeaBoxClient({
      baseUrl: "http://idees.test",
      fetch: fetchWithJar as typeof fetch,
      retries: 0,
    }) as TestClient;
    client.raw = (path, init) => fetchWithJar(`http://idees.test${path}`, init);
    client.userId = null;
    return client;
  };
  return {
    server,
    db,
    client: makeClient,
    async person(email, name = email.split("@")[0]!) {
      const client = makeClient();
      const password = "correct horse battery staple";
      try {
        const session = await client.request("register", {
          body: { email, password, displayName: name.padEnd(2, "x") },
        });
        client.userId = session.user!.id;
      } catch {
        const session = await client.request("login", { body: { email, password } });
        client.userId = session.user!.id;
      }
      return client;
    },
    async close() {
      await server.close();
      await drop();
    },
  };
}

/** Makes a platform admin of a person (there is no endpoint for it: it is an operator's decision). */
export async function makePlatformAdmin(db: Database, userId: string) {
  await db.query("update users set platform_admin = true where id = $1", [userId]);
}
