import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Hono } from "hono";
import {
  createMetrics,
  currentRequestId,
  mountOperations,
  requestIds,
  withRequestId,
} from "./observability";
import { pendingMigrations, runMigrations, type MigrationSet } from "./migrations";
import { openTestDatabase, type TestDatabase } from "./testing";

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database?.dispose());

const token = "metrics-token-0123456789abcdef-0123";

/** A tool's routes mounted after the shared middleware, as the reference server does. */
function toolApp() {
  const app = new Hono();
  const metrics = createMetrics({ db: database.db, processMetrics: false });
  const logged: Record<string, unknown>[] = [];
  const log = withRequestId((_level: "info" | "error", message, fields = {}) =>
    logged.push({ message, ...fields }),
  );
  app.use("*", requestIds());
  app.use("*", metrics.middleware);
  mountOperations(app, { metrics, metricsToken: token, ready: async () => null });
  app.get("/tool/items/:id", (c) => {
    log("info", "item read");
    return c.json({ id: c.req.param("id"), requestId: currentRequestId() });
  });
  app.post("/tool/items", (c) =>
    c.body(JSON.stringify({ status: 429, code: "rate-limited" }), 429, {
      "content-type": "application/problem+json",
    }),
  );
  // A response whose headers cannot change (as fetch and Response.redirect give).
  app.get("/tool/away", () => Response.redirect("https://example.org/", 302));
  const scrape = async () =>
    (await app.request("/metrics", { headers: { authorization: `Bearer ${token}` } })).text();
  return { app, metrics, logged, scrape };
}

describe("request ids and metrics for a mounted tool", () => {
  it("give each request an id the handler, the logger and the caller all see", async () => {
    const { app, logged } = toolApp();
    const response = await app.request("/tool/items/42", { headers: { "x-request-id": "abc-1" } });
    expect(response.headers.get("x-request-id")).toBe("abc-1");
    expect(await response.json()).toEqual({ id: "42", requestId: "abc-1" });
    expect(logged).toEqual([{ message: "item read", requestId: "abc-1" }]);
    expect(currentRequestId()).toBeUndefined();
  });

  it("add requestId to a tool's own problem details, and count its 429 as a refusal", async () => {
    const { app, scrape } = toolApp();
    const response = await app.request("/tool/items", {
      method: "POST",
      headers: { "x-request-id": "refus-7" },
    });
    expect(response.status).toBe(429);
    expect(await response.json()).toEqual({
      status: 429,
      code: "rate-limited",
      requestId: "refus-7",
    });
    const text = await scrape();
    expect(text).toContain(
      'communs_rate_limit_refusals_total{route="/tool/items",policy="unknown"} 1',
    );
    expect(text).toContain(
      'communs_http_requests_total{method="POST",route="/tool/items",status="429"} 1',
    );
  });

  it("set the id on responses whose headers are immutable", async () => {
    const { app } = toolApp();
    const response = await app.request("/tool/away", { headers: { "x-request-id": "loin" } });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("https://example.org/");
    expect(response.headers.get("x-request-id")).toBe("loin");
  });

  it("label by route pattern, and unknown paths as one `unmatched` series", async () => {
    const { app, scrape } = toolApp();
    await app.request("/tool/items/1");
    await app.request("/tool/items/2");
    await app.request("/no/such/path/3");
    const text = await scrape();
    expect(text).toContain(
      'communs_http_requests_total{method="GET",route="/tool/items/:id",status="200"} 2',
    );
    expect(text).toContain(
      'communs_http_requests_total{method="GET",route="unmatched",status="404"} 1',
    );
    expect(text).not.toMatch(/items\/[12]/);
  });

  it("report the pool of the database it was given", async () => {
    const { scrape } = toolApp();
    const text = await scrape();
    const driver = database.db.kind;
    expect(text).toContain(`communs_db_pool_connections{driver="${driver}"}`);
    expect(text).toContain(`communs_db_pool_waiting_queries{driver="${driver}"} 0`);
  });
});

describe("PGlite's pool figures", () => {
  it("count the running query and the ones queued behind it", async () => {
    if (database.db.kind !== "pglite") return;
    const db = database.db;
    expect(db.stats?.()).toEqual({ total: 1, idle: 1, waiting: 0 });
    const running = [db.query("select pg_sleep(0.05)"), db.query("select 1"), db.query("select 2")];
    expect(db.stats?.()).toEqual({ total: 1, idle: 0, waiting: 2 });
    await Promise.all(running);
    expect(db.stats?.()).toEqual({ total: 1, idle: 1, waiting: 0 });
  });
});

describe("pending migrations", () => {
  it("lists every version before the first run, none after", async () => {
    const set: MigrationSet = {
      table: "probe_schema_migrations",
      lockKey: 1701,
      migrations: [
        { version: 1, name: "one", sql: "create table probe_one (id int);\n" },
        { version: 2, name: "two", sql: "create table probe_two (id int);\n" },
      ],
    };
    expect(await pendingMigrations(database.db, set)).toEqual([1, 2]);
    await runMigrations(database.db, set);
    expect(await pendingMigrations(database.db, set)).toEqual([]);
  });
});
