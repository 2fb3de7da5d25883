import pg from "pg";
import type { Queryable } from "./db";

/** The PostgreSQL channel workshop changes are announced on. */
export const workshopChannel = "sonar_workshop";

/**
 * Announces workshop changes to every board, whichever instance they are connected to.
 * - PostgreSQL: `pg_notify` inside the writing transaction (sent at commit, never for a
 *   rolled-back write), received through one dedicated `LISTEN` connection per instance.
 * - PGlite (one process): in process, after the commit.
 */
export interface WorkshopNotifier {
  /** Inside the transaction that changed the workshop. */
  inTransaction(tx: Queryable, workshopId: string): Promise<void>;
  /** After that transaction committed. */
  afterCommit(workshopId: string): void;
  /** Calls `listener` on each change of the workshop; returns the unsubscribe function. */
  subscribe(workshopId: string, listener: () => void): () => void;
  /** Calls `listener` when changes may have been missed (the LISTEN connection came back). */
  onResync(listener: () => void): () => void;
  close(): Promise<void>;
}

class Listeners {
  private readonly byWorkshop = new Map<string, Set<() => void>>();
  readonly resync = new Set<() => void>();
  add(workshopId: string, listener: () => void) {
    let set = this.byWorkshop.get(workshopId);
    if (!set) this.byWorkshop.set(workshopId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.byWorkshop.delete(workshopId);
    };
  }
  emit(workshopId: string) {
    for (const listener of [...(this.byWorkshop.get(workshopId) ?? [])]) listener();
  }
  emitResync() {
    for (const listener of [...this.resync]) listener();
  }
}

/** In-process notifier (PGlite: one process holds the database). */
export function createLocalNotifier(): WorkshopNotifier {
  const listeners = new Listeners();
  return {
    inTransaction: async () => {},
    afterCommit: (workshopId) => queueMicrotask(() => listeners.emit(workshopId)),
    subscribe: (workshopId, listener) => listeners.add(workshopId, listener),
    onResync: (listener) => {
      listeners.resync.add(listener);
      return () => listeners.resync.delete(listener);
    },
    close: async () => {},
  };
}

/**
 * PostgreSQL notifier: `LISTEN sonar_workshop` on a dedicated connection (reconnected with
 * backoff if it drops; boards then reload, since notifications sent meanwhile are lost).
 */
export async function createPostgresNotifier(
  databaseUrl: string,
  log: (message: string, fields?: Record<string, unknown>) => void = () => {},
): Promise<WorkshopNotifier> {
  const listeners = new Listeners();
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (first: boolean): Promise<void> => {
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on("notification", (message) => {
      if (message.channel === workshopChannel && message.payload) listeners.emit(message.payload);
    });
    next.on("error", (error) => {
      log("workshop notifications: connection lost", { error: String(error) });
      reconnect();
    });
    next.on("end", () => reconnect());
    await next.connect();
    await next.query(`listen ${workshopChannel}`);
    if (closed) {
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    if (!first) listeners.emitResync();
  };
  let delay = 250;
  const reconnect = () => {
    if (closed || retry) return;
    const old = client;
    client = null;
    old?.removeAllListeners();
    void old?.end().catch(() => undefined);
    retry = setTimeout(() => {
      retry = undefined;
      connect(false).then(
        () => (delay = 250),
        (error: unknown) => {
          log("workshop notifications: reconnect failed", { error: String(error) });
          delay = Math.min(delay * 2, 10_000);
          reconnect();
        },
      );
    }, delay);
    retry.unref();
  };
  await connect(true);

  return {
    async inTransaction(tx, workshopId) {
      await tx.query("select pg_notify($1, $2)", [workshopChannel, workshopId]);
    },
    afterCommit: () => {},
    subscribe: (workshopId, listener) => listeners.add(workshopId, listener),
    onResync: (listener) => {
      listeners.resync.add(listener);
      return () => listeners.resync.delete(listener);
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      const current = client;
      client = null;
      current?.removeAllListeners();
      await current?.end().catch(() => undefined);
    },
  };
}
