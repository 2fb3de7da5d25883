import { createHash } from "node:crypto";
import type { Context, Hono } from "hono";
import { streamSSE, type SSEStreamingApi } from "hono/streaming";
import type { z } from "zod";
import {
  boardPingSeconds,
  normalizeJoinCode,
  workshopProblemContentType,
  workshopRoutes,
  type WorkshopBoard,
  type WorkshopRoute,
  type WorkshopRouteName,
} from "@communs/sonar/workshop";
import { csvMediaType } from "@communs/i18n/csv";
import type { ErasePerson } from "@communs/server";
import type { WorkshopDatabase } from "./db";
import * as domain from "./domain";
import { editionSummaries } from "./editions";
import { createLocalNotifier, createPostgresNotifier, type WorkshopNotifier } from "./notifier";
import { WorkshopHttpError } from "./problem";
import { qrSvg } from "./qr";
import { responsesCsv, summaryCsv } from "./csv";
import {
  fieldIssues,
  JoinBody,
  LocaleQuery,
  ResponseSubmitBody,
  WorkshopCreateBody,
} from "./schemas";
import type { WorkshopSettings } from "./settings";
import { createOpenApiDocument } from "./openapi";
import { joinPage } from "./join-page";

/** A person signed in on the host server, as the workshops see them. */
export interface Facilitator {
  id: string;
  displayName: string;
}

/** What the host server gives the workshops: its database, its sign-in, its rate limits. */
export interface WorkshopDeps {
  db: WorkshopDatabase;
  settings: WorkshopSettings;
  /**
   * Who is calling (the host's session), with the CSRF token their unsafe requests must send in
   * `x-csrf-token` (null: the host vouches for the request otherwise). Null when nobody is.
   */
  identify(c: Context): Promise<{ user: Facilitator; csrfToken: string | null } | null>;
  /**
   * Announces changes across instances. Default: PostgreSQL LISTEN/NOTIFY when `databaseUrl`
   * is given and the database is PostgreSQL, in process otherwise.
   */
  notifier?: WorkshopNotifier;
  databaseUrl?: string;
  /** Counts a hit in a one-minute window (the host's, kept in its database; default in memory). */
  hitRateLimit?(key: string): Promise<{ hits: number; resetSeconds: number }>;
  /** The caller's address for per-address limits (the host knows whether to trust proxies). */
  clientAddress?(c: Context): string;
  log?(level: "info" | "error", message: string, fields?: Record<string, unknown>): void;
}

export interface MountedWorkshops {
  notifier: WorkshopNotifier;
  /** Erases responses past the retention period now (also run every `sweepIntervalMs`). */
  sweep(): Promise<string[]>;
  /**
   * The host's "erase person" hook (ADR 0003): the person's workshops as facilitator and their
   * responses go in the host's erasure transaction; the returned step tells their boards.
   */
  erasePerson: ErasePerson;
  /** Ends board streams, stops the sweep, closes the notifier (call before closing the database). */
  close(): Promise<void>;
}

/** A fixed one-minute window per key, in this process (the host passes its shared one). */
export function memoryRateLimit() {
  const windows = new Map<string, { start: number; hits: number }>();
  return async (key: string) => {
    const now = Date.now();
    const start = now - (now % 60_000);
    let entry = windows.get(key);
    if (!entry || entry.start !== start) {
      if (windows.size > 50_000) windows.clear();
      entry = { start, hits: 0 };
      windows.set(key, entry);
    }
    entry.hits++;
    return {
      hits: entry.hits,
      resetSeconds: Math.max(1, Math.ceil((start + 60_000 - now) / 1000)),
    };
  };
}

const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ":$1");
const sha = (value: string) => createHash("sha256").update(value).digest("base64url");

const problemResponse = (c: Context, error: WorkshopHttpError) =>
  c.body(JSON.stringify({ ...error.problem, instance: c.req.path }), error.problem.status as 400, {
    ...error.headers,
    "content-type": workshopProblemContentType,
  });

type Handler = (c: Context, args: HandlerArgs) => Promise<Response | unknown>;
interface HandlerArgs {
  params: Record<string, string>;
  body: unknown;
  query: Record<string, unknown>;
  facilitator: Facilitator | null;
  participantToken: string | null;
}

/**
 * Board streams of one instance: one reading of the board per change and workshop, whatever
 * the number of boards connected to it; readings coalesce under a burst of answers.
 */
class BoardHub {
  private readonly hubs = new Map<
    string,
    {
      listeners: Set<(board: WorkshopBoard | null) => void>;
      reading: boolean;
      again: boolean;
      unsubscribe: () => void;
    }
  >();
  constructor(
    private readonly deps: domain.DomainDeps,
    private readonly log: NonNullable<WorkshopDeps["log"]>,
  ) {
    deps.notifier.onResync(() => {
      for (const id of this.hubs.keys()) this.refresh(id);
    });
  }
  subscribe(workshopId: string, listener: (board: WorkshopBoard | null) => void) {
    let hub = this.hubs.get(workshopId);
    if (!hub) {
      hub = {
        listeners: new Set(),
        reading: false,
        again: false,
        unsubscribe: this.deps.notifier.subscribe(workshopId, () => this.refresh(workshopId)),
      };
      this.hubs.set(workshopId, hub);
    }
    hub.listeners.add(listener);
    return () => {
      hub.listeners.delete(listener);
      if (hub.listeners.size === 0) {
        hub.unsubscribe();
        this.hubs.delete(workshopId);
      }
    };
  }
  refresh(workshopId: string) {
    const hub = this.hubs.get(workshopId);
    if (!hub) return;
    if (hub.reading) {
      hub.again = true;
      return;
    }
    hub.reading = true;
    void (async () => {
      do {
        hub.again = false;
        try {
          const board = await domain.readBoard(this.deps, workshopId);
          for (const listener of [...hub.listeners]) listener(board);
        } catch (error) {
          this.log("error", "workshop board", { workshopId, error: String(error) });
        }
      } while (hub.again);
      hub.reading = false;
    })();
  }
}

/**
 * Registers the workshop routes of `@communs/sonar/workshop` on the host's Hono app, plus
 * `GET /sonar/openapi.json` and the join page `GET /sonar/j/{code}`. The tables must exist
 * (`migrateWorkshops`).
 */
export async function mountWorkshops(app: Hono, deps: WorkshopDeps): Promise<MountedWorkshops> {
  const log = deps.log ?? (() => {});
  const notifier =
    deps.notifier ??
    (deps.db.kind === "postgres" && deps.databaseUrl
      ? await createPostgresNotifier(deps.databaseUrl, (message, fields) =>
          log("error", message, fields),
        )
      : createLocalNotifier());
  const ctx: domain.DomainDeps = { db: deps.db, notifier, settings: deps.settings };
  const hitRateLimit = deps.hitRateLimit ?? memoryRateLimit();
  const clientAddress =
    deps.clientAddress ??
    ((c: Context) =>
      (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming
        ?.socket?.remoteAddress ?? "local");
  const hub = new BoardHub(ctx, log);
  const streams = new Set<() => void>();

  const limit = async (key: string, max: number) => {
    const count = await hitRateLimit(key);
    if (count.hits > max)
      throw new WorkshopHttpError(
        "rate-limited",
        { detail: `at most ${max} per minute` },
        {
          "retry-after": String(count.resetSeconds),
          "ratelimit-policy": `"workshop";q=${max};w=60`,
          ratelimit: `"workshop";r=0;t=${count.resetSeconds}`,
        },
      );
  };
  const codeOf = (params: Record<string, string>) => {
    const code = normalizeJoinCode(params.code ?? "");
    if (!code) throw new WorkshopHttpError("not-found", { detail: "no workshop has this code" });
    return code;
  };
  const owner = (f: Facilitator | null) => f!.id;
  const locale = (query: Record<string, unknown>) => (query.locale as string | undefined) ?? "fr";

  const handlers: Record<WorkshopRouteName, Handler> = {
    session: async (c) => {
      const who = await deps.identify(c);
      return {
        user: who ? { id: who.user.id, displayName: who.user.displayName } : null,
        csrfToken: who?.csrfToken ?? null,
      };
    },
    listEditions: async () => ({ items: editionSummaries() }),
    listWorkshops: async (_c, a) => domain.listWorkshops(ctx, owner(a.facilitator)),
    createWorkshop: async (_c, a) =>
      domain.createWorkshop(
        ctx,
        owner(a.facilitator),
        a.body as z.output<typeof WorkshopCreateBody>,
      ),
    getWorkshop: async (_c, a) => domain.getWorkshop(ctx, owner(a.facilitator), a.params.id!),
    closeWorkshop: async (_c, a) =>
      domain.setStatus(ctx, owner(a.facilitator), a.params.id!, "closed"),
    reopenWorkshop: async (_c, a) =>
      domain.setStatus(ctx, owner(a.facilitator), a.params.id!, "open"),
    deleteWorkshop: async (_c, a) => domain.deleteWorkshop(ctx, owner(a.facilitator), a.params.id!),
    getBoard: async (_c, a) => domain.getBoard(ctx, owner(a.facilitator), a.params.id!),
    boardEvents: async (c, a) => {
      const id = a.params.id!;
      await domain.getWorkshop(ctx, owner(a.facilitator), id);
      // The header (EventSource) or the query parameter (subscribeBoard: no CORS preflight).
      const lastEventId = Number(c.req.header("last-event-id") ?? c.req.query("lastEventId"));
      c.header("x-accel-buffering", "no");
      c.header("cache-control", "no-cache, no-transform");
      return streamSSE(c, (stream) =>
        followBoard(stream, id, Number.isFinite(lastEventId) ? lastEventId : -1),
      );
    },
    qrCode: async (c, a) => {
      const workshop = await domain.getWorkshop(ctx, owner(a.facilitator), a.params.id!);
      return c.body(qrSvg(workshop.joinUrl, `QR code : ${workshop.joinUrl}`), 200, {
        "content-type": "image/svg+xml; charset=utf-8",
        "cache-control": "private, max-age=3600",
      });
    },
    exportJson: async (c, a) => {
      const data = await domain.exportWorkshop(ctx, owner(a.facilitator), a.params.id!);
      c.header("content-disposition", `attachment; filename="atelier-${data.workshop.code}.json"`);
      return data;
    },
    exportResponsesCsv: async (c, a) => {
      const data = await domain.exportWorkshop(ctx, owner(a.facilitator), a.params.id!);
      return c.body(responsesCsv(data, locale(a.query)), 200, {
        "content-type": csvMediaType,
        "content-disposition": `attachment; filename="atelier-${data.workshop.code}-reponses.csv"`,
      });
    },
    exportSummaryCsv: async (c, a) => {
      const data = await domain.exportWorkshop(ctx, owner(a.facilitator), a.params.id!);
      return c.body(summaryCsv(data.definition, data.summary, locale(a.query)), 200, {
        "content-type": csvMediaType,
        "content-disposition": `attachment; filename="atelier-${data.workshop.code}-synthese.csv"`,
      });
    },
    compareWorkshops: async (_c, a) =>
      domain.compareWorkshops(ctx, owner(a.facilitator), a.params.id!, a.params.other!),
    getJoinInfo: async (_c, a) => domain.joinInfo(ctx, codeOf(a.params)),
    join: async (c, a) => {
      const code = codeOf(a.params);
      await limit(`sonar:join:a:${clientAddress(c)}`, deps.settings.joinsPerAddressPerMinute);
      return domain.join(ctx, code, a.body as z.output<typeof JoinBody>);
    },
    getMyResponse: async (_c, a) => domain.getMyResponse(ctx, codeOf(a.params), a.participantToken),
    submitResponse: async (_c, a) => {
      const code = codeOf(a.params);
      if (a.participantToken)
        await limit(
          `sonar:answer:p:${sha(a.participantToken)}`,
          deps.settings.answersPerParticipantPerMinute,
        );
      return domain.submitResponse(
        ctx,
        code,
        a.participantToken,
        a.body as z.output<typeof ResponseSubmitBody>,
      );
    },
    withdrawResponse: async (_c, a) =>
      domain.withdrawResponse(ctx, codeOf(a.params), a.participantToken),
  };

  const bodies: Partial<Record<WorkshopRouteName, z.ZodType>> = {
    createWorkshop: WorkshopCreateBody,
    join: JoinBody,
    submitResponse: ResponseSubmitBody,
  };
  const queries: Partial<Record<WorkshopRouteName, z.ZodType>> = {
    exportResponsesCsv: LocaleQuery,
    exportSummaryCsv: LocaleQuery,
  };

  async function followBoard(stream: SSEStreamingApi, workshopId: string, lastEventId: number) {
    let sent = lastEventId;
    let ended = false;
    let finish: () => void = () => {};
    const done = new Promise<void>((resolve) => (finish = resolve));
    // Writes one after another: a slow client delays only itself.
    let queue = Promise.resolve();
    const write = (message: Parameters<SSEStreamingApi["writeSSE"]>[0]) =>
      (queue = queue.then(() => (ended ? undefined : stream.writeSSE(message))).catch(() => end()));
    const end = () => {
      if (ended) return;
      ended = true;
      unsubscribe();
      clearInterval(pinger);
      streams.delete(end);
      finish();
    };
    const onBoard = (board: WorkshopBoard | null) => {
      if (ended) return;
      if (!board) {
        void write({ event: "deleted", data: JSON.stringify({ workshopId }) }).then(end);
        return;
      }
      if (board.seq <= sent) return;
      sent = board.seq;
      void write({ event: "board", id: String(board.seq), data: JSON.stringify(board) });
    };
    const unsubscribe = hub.subscribe(workshopId, onBoard);
    streams.add(end);
    stream.onAbort(end);
    const ping = async () => {
      const seq = await domain.currentSeq(deps.db, workshopId).catch(() => undefined);
      if (seq === undefined) return; // database unreachable for a moment: try at the next ping
      if (seq === null) return onBoard(null);
      // A notification was missed (connection to PostgreSQL lost): read the board now.
      if (seq > sent) hub.refresh(workshopId);
      void write({
        event: "ping",
        data: JSON.stringify({ seq, time: new Date().toISOString() }),
        retry: 2000,
      });
    };
    const pinger = setInterval(() => void ping(), boardPingSeconds * 1000);
    // First the board (unless Last-Event-ID already names the latest), then a ping with the seq.
    const first = await domain.readBoard(ctx, workshopId).catch(() => undefined);
    if (first !== undefined) onBoard(first);
    await ping();
    await done;
  }

  app.get("/sonar/openapi.json", (c) => c.json(createOpenApiDocument()));
  app.get("/sonar/j/:code", (c) => {
    const code = normalizeJoinCode(c.req.param("code"));
    return c.html(joinPage(code), code ? 200 : 404);
  });

  for (const [name, raw] of Object.entries(workshopRoutes)) {
    const route = raw as WorkshopRoute;
    const routeName = name as WorkshopRouteName;
    const handler = handlers[routeName]!;
    app.on(route.method, honoPath(route.path), async (c) => {
      try {
        const params = c.req.param() as Record<string, string>;
        const unsafe = route.method !== "GET";
        let facilitator: Facilitator | null = null;
        if (route.access === "facilitator") {
          const who = await deps.identify(c);
          if (!who) throw new WorkshopHttpError("unauthenticated");
          if (unsafe && who.csrfToken !== null && c.req.header("x-csrf-token") !== who.csrfToken)
            throw new WorkshopHttpError("csrf");
          facilitator = who.user;
        }
        const authorization = c.req.header("authorization");
        const participantToken =
          route.access === "participant" && authorization?.startsWith("Bearer ")
            ? authorization.slice(7).trim()
            : null;
        const errors = [];
        let query: Record<string, unknown> = {};
        const querySchema = queries[routeName];
        if (querySchema) {
          const parsed = querySchema.safeParse(Object.fromEntries(new URL(c.req.url).searchParams));
          if (parsed.success) query = parsed.data as Record<string, unknown>;
          else errors.push(...fieldIssues(parsed.error, "query"));
        }
        let body: unknown;
        const bodySchema = bodies[routeName];
        if (bodySchema) {
          if (!/^application\/(.+\+)?json\b/i.test(c.req.header("content-type") ?? ""))
            throw new WorkshopHttpError("unsupported-media-type");
          let raw: unknown;
          try {
            raw = JSON.parse(await c.req.text());
          } catch (error) {
            throw new WorkshopHttpError("validation", {
              detail: `the body is not JSON: ${(error as Error).message}`,
              errors: [{ pointer: "/body", code: "invalid_json" }],
            });
          }
          const parsed = bodySchema.safeParse(raw);
          if (parsed.success) body = parsed.data;
          else errors.push(...fieldIssues(parsed.error, "body"));
        }
        if (errors.length > 0) throw new WorkshopHttpError("validation", { errors });
        const result = await handler(c, { params, query, body, facilitator, participantToken });
        if (result instanceof Response) return result;
        if (route.status === 204) return c.body(null, 204);
        return c.json(result as object, route.status);
      } catch (error) {
        if (error instanceof WorkshopHttpError) return problemResponse(c, error);
        throw error;
      }
    });
  }

  let sweeping: Promise<string[]> | null = null;
  const sweep = () =>
    (sweeping ??= domain.eraseExpiredResponses(ctx).finally(() => (sweeping = null)));
  const sweeper =
    deps.settings.sweepIntervalMs > 0
      ? setInterval(
          () =>
            void sweep().then(
              (ids) =>
                ids.length > 0 && log("info", "workshop responses erased", { workshops: ids }),
              (error: unknown) =>
                log("error", "workshop retention sweep", { error: String(error) }),
            ),
          deps.settings.sweepIntervalMs,
        )
      : null;
  sweeper?.unref();

  return {
    notifier,
    sweep,
    async erasePerson(tx, personId) {
      const erased = await domain.eraseFacilitator(tx, personId, notifier);
      return () => erased.forEach((id) => notifier.afterCommit(id));
    },
    async close() {
      if (sweeper) clearInterval(sweeper);
      for (const end of [...streams]) end();
      await sweeping?.catch(() => undefined);
      if (!deps.notifier) await notifier.close();
    },
  };
}
