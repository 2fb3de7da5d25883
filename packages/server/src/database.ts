import { mkdirSync } from "node:fs";
import pg from "pg";
import { PGlite, type Extensions } from "@electric-sql/pglite";
import { lockDataFolder } from "./data-lock";
import type { PoolStats } from "./observability";

export type Row = Record<string, unknown>;

export interface Queryable {
  query<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** One database for the server and every tool it mounts: PGlite or a PostgreSQL pool. */
export interface Database extends Queryable {
  readonly kind: "postgres" | "pglite";
  /** Runs `fn` in one transaction: all or nothing. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /**
   * Connections now: a PostgreSQL pool's open, idle and waiting counts; PGlite's one connection,
   * idle when no query runs, and the queries queued behind the running one.
   */
  stats?(): PoolStats;
}

// Counts and ids come back as JS numbers on both drivers (int8 is type 20). Set per pool, not
// on `pg.types`, so that other `pg` users in the process keep their own parsers.
const int8AsNumber = (value: string) => Number(value);
const pgTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === 20
      ? int8AsNumber
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** PostgreSQL through a `pg` pool of at most `max` connections. */
export async function openPostgres(url: string, max = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max, types: pgTypes });
  pool.on("error", () => {
    /* a broken idle client is dropped by the pool; queries report their own errors */
  });
  await pool.query("select 1");
  return {
    kind: "postgres",
    async query<T>(sql: string, params: unknown[] = []) {
      return (await pool.query(sql, params)).rows as T[];
    },
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
    stats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
  };
}

export interface PgliteOptions {
  /** A folder to persist in (created if missing); in memory without it. */
  dataDir?: string;
  /** PGlite extensions the migrations `create extension` (the idea box: `pg_trgm`, `unaccent`). */
  extensions?: Extensions;
}

/**
 * Embedded PGlite, in memory or persisted in `dataDir`. A data folder is locked for this
 * process (`DataFolderLockedError` when another server holds it) until `close()`.
 */
export async function openPglite(options: PgliteOptions = {}): Promise<Database> {
  const { dataDir, extensions } = options;
  let unlock = () => {};
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    unlock = lockDataFolder(dataDir);
  }
  let db: PGlite;
  try {
    db = await PGlite.create({
      ...(dataDir ? { dataDir } : {}),
      ...(extensions ? { extensions } : {}),
      parsers: { 20: int8AsNumber },
    });
  } catch (error) {
    unlock();
    throw error;
  }
  // PGlite runs one query at a time: what is started and not finished is running or queued.
  let started = 0;
  const counted = async <T>(work: () => Promise<T>): Promise<T> => {
    started += 1;
    try {
      return await work();
    } finally {
      started -= 1;
    }
  };
  return {
    kind: "pglite",
    query: <T>(sql: string, params: unknown[] = []) =>
      counted(async () => (await db.query<T>(sql, params)).rows),
    transaction: (fn) =>
      counted(() =>
        db.transaction((tx) =>
          fn({
            query: async <T>(sql: string, params: unknown[] = []) =>
              (await tx.query<T>(sql, params)).rows,
          }),
        ),
      ),
    stats: () => ({ total: 1, idle: started === 0 ? 1 : 0, waiting: Math.max(0, started - 1) }),
    close: async () => {
      try {
        await db.close();
      } finally {
        unlock();
      }
    },
  };
}
