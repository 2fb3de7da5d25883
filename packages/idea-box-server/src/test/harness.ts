import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import {
  cookieJarFetch,
  openTestDatabase as openSharedTestDatabase,
} from "@communs/server/testing";
import { createIdeaBoxClient, type IdeaBoxClient } from "@communs/idea-box";
import { loadConfig, type ServerConfig } from "../config";
import type { Database } from "../db/db";
import { createServer, type IdeaBoxServer } from "../server";

/** `DATABASE_URL` set → a fresh PostgreSQL database per test file; otherwise PGlite in memory. */
export const openTestDatabase = () => openSharedTestDatabase({ extensions: { pg_trgm, unaccent } });

/** The bearer token of `GET /metrics` in tests. */
export const testMetricsToken = "metrics-token-for-tests-0123456789abcdef";

export const testConfig = (overrides: Partial<ServerConfig> = {}) =>
  loadConfig(
    {
      LOG_LEVEL: "silent",
      PUBLIC_URL: "http://idees.test",
      RATE_LIMIT_PER_PERSON: "100000",
      RATE_LIMIT_PER_ADDRESS: "1000000",
      WEBHOOK_INTERVAL_MS: "0",
      EMBED_SECRET: "embed-secret-for-tests-0123456789abcdef",
      METRICS_TOKEN: testMetricsToken,
    },
    overrides,
  );

/** The password of every test person (`person()` registers them with it). */
export const testPassword = "correct horse battery staple";

/** A JSON `POST` for a `raw` call whose status and headers the test checks. */
export const jsonPost = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});

/** `POST /auth/login` with the test password, for a `raw` call whose status the test checks. */
export const passwordLogin = (email: string) => jsonPost({ email, password: testPassword });

/** A public box with these themes, created by `admin` (a platform administrator). */
export const openPublicBox = (
  admin: TestClient,
  slug: string,
  name: string,
  themes: { slug: string; label: string }[] = [],
) => admin.request("createBox", { body: { slug, name, visibility: "public", themes } });

/** A new idea in `box` with a problem and a scope (`extra` adds or overrides fields). */
export const postIdea = (
  client: TestClient,
  box: string,
  title: string,
  extra: Record<string, unknown> = {},
) =>
  client.request("createIdea", {
    params: { box },
    body: {
      title,
      problem: "Un problème constaté sur le terrain par les agents.",
      scope: "public-service",
      ...extra,
    } as never,
  });

export interface TestHarness {
  server: IdeaBoxServer;
  db: Database;
  /** The PostgreSQL database's URL (undefined on PGlite): for a second instance on it. */
  url?: string;
  /** A client with its own cookie jar, talking to the app in process. */
  client(): TestClient;
  /** Registers (or logs in) a person and returns their client. */
  person(email: string, name?: string): Promise<TestClient>;
  /** The same, then makes them a platform administrator (who may create boxes). */
  platformAdmin(email: string, name?: string): Promise<TestClient>;
  close(): Promise<void>;
}

export type TestClient = IdeaBoxClient & {
  raw: (path: string, init?: RequestInit) => Promise<Response>;
  userId: string | null;
};

export async function startHarness(overrides: Partial<ServerConfig> = {}): Promise<TestHarness> {
  const { db, drop, url } = await openTestDatabase();
  const server = await createServer(testConfig(overrides), { db });
  const makeClient = (): TestClient => {
    const fetchWithJar = cookieJarFetch((request) => server.app.fetch(request));
    const client = createIdeaBoxClient({
      baseUrl: "http://idees.test",
      fetch: fetchWithJar,
      retries: 0,
    }) as TestClient;
    client.raw = (path, init) => fetchWithJar(`http://idees.test${path}`, init);
    client.userId = null;
    return client;
  };
  const person = async (email: string, name = email.split("@")[0]!) => {
    const client = makeClient();
    const password = testPassword;
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
  };
  return {
    server,
    db,
    url,
    client: makeClient,
    person,
    async platformAdmin(email, name) {
      const client = await person(email, name);
      await makePlatformAdmin(db, client.userId!);
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
