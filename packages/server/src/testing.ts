/**
 * Test helpers for the servers and the tools they mount (`@communs/server/testing`): a
 * throwaway database, PGlite in memory or a fresh PostgreSQL database, and a cookie jar.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openPglite, openPostgres, type Database, type PgliteOptions } from "./database";

export interface TestDatabase {
  db: Database;
  /** The PostgreSQL URL of this test database (undefined on PGlite): for a second instance. */
  url?: string;
  /** Drops the PostgreSQL database (close `db` first, or whatever server owns it). */
  drop(): Promise<void>;
  /** Closes `db`, then drops the database: the usual `afterAll` of a test file. */
  dispose(): Promise<void>;
}

async function onAdmin(url: string, sql: string) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/**
 * `DATABASE_URL` set → a fresh PostgreSQL database on that server, dropped by `drop()`;
 * otherwise PGlite in memory (`extensions` are PGlite's, PostgreSQL has its own).
 */
export async function openTestDatabase(
  options: Pick<PgliteOptions, "extensions"> & { url?: string } = {},
): Promise<TestDatabase> {
  const url = options.url ?? process.env.DATABASE_URL;
  if (!url) {
    const db = await openPglite({ extensions: options.extensions });
    return withDispose({ db, drop: async () => undefined });
  }
  const name = `t_${randomBytes(6).toString("hex")}`;
  await onAdmin(url, `create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  return withDispose({
    db: await openPostgres(target.href),
    url: target.href,
    drop: () => onAdmin(url, `drop database if exists ${name} with (force)`),
  });
}

function withDispose(database: Omit<TestDatabase, "dispose">): TestDatabase {
  return {
    ...database,
    async dispose() {
      await database.db.close();
      await database.drop();
    },
  };
}

/**
 * A `fetch` that keeps one cookie (the session's) from response to request, as a browser would,
 * and hands requests to `serve` (an app's `fetch`, in process, or the global one).
 */
export function cookieJarFetch(
  serve: (request: Request) => Response | Promise<Response>,
): typeof fetch {
  let cookie = "";
  return (async (input: string | URL | Request, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (cookie) headers.set("cookie", cookie);
    const response = await serve(new Request(String(input), { ...init, headers }));
    const set = response.headers.get("set-cookie");
    if (set) {
      const [pair] = set.split(";");
      cookie = pair!.endsWith("=") ? "" : pair!;
    }
    return response;
  }) as typeof fetch;
}

/** The error `promise` rejects with, when it is a `type`; fails the test otherwise. */
export async function rejection<E extends Error>(
  promise: Promise<unknown>,
  type: abstract new (...args: never[]) => E,
): Promise<E> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`expected a ${type.name}, but the promise resolved`);
}
