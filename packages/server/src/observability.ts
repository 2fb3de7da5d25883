import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID, timingSafeEqual } from "node:crypto";
import type { Context, Hono, MiddlewareHandler } from "hono";
import { matchedRoutes } from "hono/route";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { Database } from "./database";

const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/** The id of the request being served, for log lines; undefined outside a request. */
export const currentRequestId = (): string | undefined => requestScope.getStore()?.requestId;

/** An incoming `X-Request-Id` is kept when it is 1 to 128 of these characters, else replaced. */
export const wellFormedRequestId = /^[\w.:@+=/-]{1,128}$/;

const problemType = /^application\/problem\+json\b/i;

/** Sets a header, on a copy when the response's headers are immutable (a fetched response's). */
function withHeader(response: Response, name: string, value: string): Response {
  try {
    response.headers.set(name, value);
    return response;
  } catch {
    const copy = new Response(response.body, response);
    copy.headers.set(name, value);
    return copy;
  }
}

/**
 * Gives each request an id: the caller's `X-Request-Id` when well formed, a new UUID otherwise.
 * It is echoed in the response's `X-Request-Id`, added as `requestId` to every problem details
 * body (RFC 9457 extension member) whichever tool answered, and readable by the logger through
 * `currentRequestId()` for as long as the request is served. Register it before any other.
 */
export function requestIds(): MiddlewareHandler {
  return async (c, next) => {
    const incoming = c.req.header("x-request-id");
    const id = incoming && wellFormedRequestId.test(incoming) ? incoming : randomUUID();
    await requestScope.run({ requestId: id }, next);
    let response = withHeader(c.res, "x-request-id", id);
    if (problemType.test(response.headers.get("content-type") ?? "")) {
      const text = await response.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = null;
      }
      const withId =
        body && typeof body === "object" && !Array.isArray(body)
          ? JSON.stringify({ ...body, requestId: id })
          : text;
      const headers = new Headers(response.headers);
      headers.delete("content-length");
      response = new Response(withId, { status: response.status, headers });
    }
    if (response !== c.res) {
      // Not merged with the old response's headers (its content-length would be wrong).
      c.res = undefined;
      c.res = response;
    }
  };
}

/** The route pattern that answered (`/boxes/:box/ideas/:id`), never the raw path. */
export function routeLabel(c: Context): string {
  const routes = matchedRoutes(c).filter((route) => !route.path.includes("*"));
  return routes.at(-1)?.path ?? "unmatched";
}

/** A gauge read at each scrape: one value, or one per label set. */
export type GaugeReader = () =>
  number | Promise<number> | Promise<Array<{ labels: Record<string, string>; value: number }>>;

export interface Metrics {
  /** The metrics of this server (not prom-client's global registry: one per app). */
  readonly registry: Registry;
  /** Counts requests by method, route pattern and status, their latency, and 429 refusals. */
  readonly middleware: MiddlewareHandler;
  /** Adds a gauge read at each scrape (a queue's depth); its errors fail the scrape. */
  gauge(name: string, help: string, read: GaugeReader, labelNames?: string[]): void;
}

export interface MetricsOptions {
  /** Its pool (or PGlite's single connection) is reported at each scrape. */
  db?: Pick<Database, "kind" | "stats">;
  /** Node's process metrics (memory, CPU, event loop lag, GC). Default true. */
  processMetrics?: boolean;
}

/** Request latency buckets in seconds, from 5 ms to 10 s. */
const latencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The names of the rate-limit policies a 429 announces in its `RateLimit-Policy` field. */
const refusedPolicies = (response: Response): string[] => {
  const field = response.headers.get("ratelimit-policy");
  if (!field) return ["unknown"];
  const names = [...field.matchAll(/"([\w-]{1,40})"/g)].map((match) => match[1]!);
  return names.length > 0 ? names : ["unknown"];
};

/** Prometheus metrics of one server: requests, latency, refusals, database pool, and gauges. */
export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics !== false) collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: "communs_http_requests_total",
    help: "HTTP requests answered, by method, route pattern and status",
    labelNames: ["method", "route", "status"],
    registers: [registry],
  });
  const latency = new Histogram({
    name: "communs_http_request_duration_seconds",
    help: "Time to answer an HTTP request (until its headers), by method, route pattern and status",
    labelNames: ["method", "route", "status"],
    buckets: latencyBuckets,
    registers: [registry],
  });
  const refusals = new Counter({
    name: "communs_rate_limit_refusals_total",
    help: "Requests refused by a rate limit (429), by route pattern and policy",
    labelNames: ["route", "policy"],
    registers: [registry],
  });
  const db = options.db;
  if (db) {
    const pool = (help: string, pick: (stats: PoolStats) => number) => ({
      help,
      registers: [registry],
      labelNames: ["driver"] as const,
      collect(this: Gauge<"driver">) {
        const stats = db.stats?.();
        if (stats) this.set({ driver: db.kind }, pick(stats));
      },
    });
    new Gauge({
      name: "communs_db_pool_connections",
      ...pool("Database connections open (PGlite: its one connection)", (s) => s.total),
    });
    new Gauge({
      name: "communs_db_pool_idle_connections",
      ...pool("Database connections open and idle", (s) => s.idle),
    });
    new Gauge({
      name: "communs_db_pool_waiting_queries",
      ...pool(
        "Queries waiting for a connection (PGlite: queued behind the running one)",
        (s) => s.waiting,
      ),
    });
  }
  return {
    registry,
    middleware: async (c, next) => {
      const started = performance.now();
      await next();
      const route = routeLabel(c);
      const labels = { method: c.req.method, route, status: String(c.res.status) };
      requests.inc(labels);
      latency.observe(labels, (performance.now() - started) / 1000);
      if (c.res.status === 429)
        for (const policy of refusedPolicies(c.res)) refusals.inc({ route, policy });
    },
    gauge(name, help, read, labelNames = []) {
      new Gauge({
        name,
        help,
        labelNames,
        registers: [registry],
        async collect() {
          const value = await read();
          this.reset();
          if (typeof value === "number") this.set(value);
          else for (const { labels, value: v } of value) this.set(labels, v);
        },
      });
    },
  };
}

/** What a database pool holds; `Database.stats()` gives it. */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export interface OperationsOptions {
  metrics: Metrics;
  /**
   * The bearer token `/metrics` asks for; without one, `/metrics` answers 404 (metrics are not
   * public by default).
   */
  metricsToken?: string;
  /** Readiness: resolves with null when ready, or with what is not (a sentence); may throw. */
  ready(): Promise<string | null>;
  /** Where readiness failures are logged (their detail is not sent to the caller). */
  log?(level: "error", message: string, fields: Record<string, unknown>): void;
}

const problemBody = (
  status: number,
  code: string,
  title: string,
  detail: string,
  instance: string,
) => JSON.stringify({ type: "about:blank", title, status, code, detail, instance });

function sameSecret(sent: string, expected: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Mounts the operator's routes: `GET /health/live` (the process answers), `GET /health/ready`
 * (the database answers and its migrations are applied; 503 otherwise) and `GET /metrics`
 * (Prometheus text format, behind `Authorization: Bearer <metricsToken>`).
 */
export function mountOperations(app: Hono, options: OperationsOptions): void {
  const { metrics, metricsToken, ready, log } = options;
  const problem = (c: Context, status: number, code: string, title: string, detail: string) =>
    c.body(problemBody(status, code, title, detail, c.req.path), status as 503, {
      "content-type": "application/problem+json",
      "cache-control": "no-store",
    });
  app.get("/health/live", (c) => c.json({ status: "live" }, 200, { "cache-control": "no-store" }));
  app.get("/health/ready", async (c) => {
    let reason: string | null;
    try {
      reason = await ready();
    } catch (error) {
      log?.("error", "readiness check failed", { error: String(error) });
      reason = "the database does not answer";
    }
    if (reason) return problem(c, 503, "not-ready", "Not ready", reason);
    return c.json({ status: "ready" }, 200, { "cache-control": "no-store" });
  });
  app.get("/metrics", async (c) => {
    if (!metricsToken)
      return problem(
        c,
        404,
        "not-found",
        "Not Found",
        "metrics are off: set METRICS_TOKEN to serve them",
      );
    const sent = c.req.header("authorization")?.match(/^Bearer (.+)$/)?.[1] ?? "";
    if (!sameSecret(sent, metricsToken)) {
      c.header("www-authenticate", 'Bearer realm="metrics"');
      return problem(
        c,
        401,
        "unauthenticated",
        "Unauthorized",
        "send Authorization: Bearer <METRICS_TOKEN>",
      );
    }
    return c.body(await metrics.registry.metrics(), 200, {
      "content-type": metrics.registry.contentType,
      "cache-control": "no-store",
    });
  });
}

/** A logger's shape: level, message, fields. */
export type LogFunction<Level extends string = "info" | "error"> = (
  level: Level,
  message: string,
  fields?: Record<string, unknown>,
) => void;

/** Wraps a logger so that each line written while a request is served carries its `requestId`. */
export function withRequestId<Level extends string>(log: LogFunction<Level>): LogFunction<Level> {
  return (level, message, fields = {}) => {
    const requestId = currentRequestId();
    log(level, message, requestId ? { requestId, ...fields } : fields);
  };
}
