import { mkdirSync } from "node:fs";
import pg from "pg";
import { PGlite, type Extensions } from "@electric-sql/pglite";
import { lockDataFolder } from "./data-lock";
import type { PoolStats } from "./observability";

export type Row = Record<string, unknown>;

export interface Queryable {
  query<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
}

/**
 * What a listener is told. `up`: listening (again): anything cached from before may be stale.
 * `down`: the channel is lost (the connection broke): nothing may be trusted until the next `up`.
 */
export interface ListenHandlers {
  message(payload: string): void;
  up(): void;
  down(): void;
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
  /**
   * Listens to `NOTIFY channel` (every instance on the database hears it): `up` once listening,
   * then each payload. On PostgreSQL a dedicated connection listens and, when it breaks, `down`
   * is called and it reconnects (1 s, 2 s, … up to 30 s apart) until `up` again. Stops with
   * the returned function or with `close()`.
   */
  listen?(channel: string, handlers: ListenHandlers): Promise<() => Promise<void>>;
}

/** `LISTEN` takes an identifier: the channel names we use are plain words. */
function checkChannel(channel: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new TypeError(`bad channel name ${channel}`);
  return channel;
}

/** A dedicated `pg` connection that listens to `channel`, reconnecting when it breaks. */
function pgListener(url: string, channel: string, handlers: ListenHandlers) {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let attempt = 0;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    client = next;
    const lost = () => {
      if (client !== next) return;
      client = null;
      next.removeAllListeners();
      next.on("error", () => undefined);
      void next.end().catch(() => undefined);
      if (stopped) return;
      handlers.down();
      attempt += 1;
      retry = setTimeout(
        () => void connect().catch(() => undefined),
        Math.min(30_000, 1000 * 2 ** (attempt - 1)),
      );
      retry.unref();
    };
    next.on("error", lost);
    next.on("end", lost);
    next.on("notification", (notice) => {
      if (notice.channel === channel) handlers.message(notice.payload ?? "");
    });
    try {
      await next.connect();
      await next.query(`listen ${channel}`);
    } catch (error) {
      lost();
      throw error;
    }
    if (stopped || client !== next) return;
    attempt = 0;
    handlers.up();
  };
  return {
    start: connect,
    stop: async () => {
      stopped = true;
      clearTimeout(retry);
      const current = client;
      client = null;
      if (current) {
        current.removeAllListeners();
        current.on("error", () => undefined);
        await current.end().catch(() => undefined);
      }
    },
  };
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
  const listeners = new Set<() => Promise<void>>();
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
    async listen(channel, handlers) {
      const listener = pgListener(url, checkChannel(channel), handlers);
      listeners.add(listener.stop);
      // A first failure is reported through `down` and retried like a later one.
      await listener.start().catch(() => undefined);
      return async () => {
        listeners.delete(listener.stop);
        await listener.stop();
      };
    },
    close: async () => {
      await Promise.all([...listeners].map((stop) => stop()));
      await pool.end();
    },
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
    // One connection in this process: notifications come after the notifying transaction.
    async listen(channel, handlers) {
      const stop = await db.listen(checkChannel(channel), (payload) => handlers.message(payload));
      handlers.up();
      return async () => {
        await stop().catch(() => undefined);
      };
    },
    close: async () => {
      try {
        await db.close();
      } finally {
        unlock();
      }
    },
  };
}
