import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type IdeaBoxServer } from "./server";
import { openTestDatabase, testConfig, testMetricsToken } from "./test/harness";

/** Real HTTP against a listening server, its log lines captured. */
let server: IdeaBoxServer;
let url: string;
const drops: (() => Promise<void>)[] = [];
/** A throwaway database, dropped after the file (PostgreSQL) or simply forgotten (PGlite). */
const freshDatabase = async () => {
  const opened = await openTestDatabase();
  drops.push(opened.drop);
  return opened.db;
};
const lines: { level: string; message: string; fields: Record<string, unknown> }[] = [];

beforeAll(async () => {
  const db = await freshDatabase();
  server = await createServer(
    testConfig({
      port: 0,
      logLevel: "info",
      rateLimit: { perPerson: 100_000, perAddress: 1 },
    }),
    { db, log: (level, message, fields = {}) => lines.push({ level, message, fields }) },
  );
  url = await server.listen();
}, 120_000);
afterAll(async () => {
  await server?.close();
  for (const drop of drops) await drop();
});

const scrape = async () => {
  const response = await fetch(`${url}/metrics`, {
    headers: { authorization: `Bearer ${testMetricsToken}` },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
};

/** The value of one series in Prometheus text (0 when absent). */
const valueOf = (text: string, series: string) => {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
};

describe("metrics", () => {
  it("are refused without the operator's token, and named in WWW-Authenticate", async () => {
    for (const authorization of [undefined, "Bearer wrong", `Basic ${testMetricsToken}`]) {
      const response = await fetch(`${url}/metrics`, {
        headers: authorization ? { authorization } : {},
      });
      expect(response.status, authorization).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe('Bearer realm="metrics"');
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(await response.text()).not.toContain("communs_http_requests_total");
    }
  });

  it("count requests by route pattern and status, never by raw path or id", async () => {
    const series =
      'communs_http_requests_total{method="GET",route="/boxes/:box/ideas/:id",status="404"}';
    const before = valueOf(await scrape(), series);
    const id = "6f1c1a0e-5a53-4a57-9d44-0c2f3a1b2c3d";
    for (let i = 0; i < 3; i += 1)
      expect((await fetch(`${url}/boxes/boite-inconnue/ideas/${id}`)).status).toBe(404);
    const text = await scrape();
    expect(valueOf(text, series)).toBe(before + 3);
    expect(text).not.toContain(id);
    expect(text).not.toContain("boite-inconnue");
    expect(
      valueOf(
        text,
        'communs_http_request_duration_seconds_count{method="GET",route="/boxes/:box/ideas/:id",status="404"}',
      ),
    ).toBeGreaterThanOrEqual(3);
    // A path no route matches is one series, whatever the path.
    await fetch(`${url}/nothing/here/${id}`);
    expect(
      valueOf(
        await scrape(),
        'communs_http_requests_total{method="GET",route="unmatched",status="404"}',
      ),
    ).toBeGreaterThanOrEqual(1);
  });

  it("count a rate-limit refusal (429) by route and policy", async () => {
    const series = 'communs_rate_limit_refusals_total{route="/auth/login",policy="per-address"}';
    const before = valueOf(await scrape(), series);
    const login = () =>
      fetch(`${url}/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "personne@exemple.fr", password: "pas le bon" }),
      });
    // One write per address per minute here: the second is refused.
    await login();
    const refused = await login();
    expect(refused.status).toBe(429);
    expect(valueOf(await scrape(), series)).toBe(before + 1);
  });

  it("report the database pool and the notification queues", async () => {
    const text = await scrape();
    const driver = server.db.kind;
    expect(valueOf(text, `communs_db_pool_connections{driver="${driver}"}`)).toBeGreaterThanOrEqual(
      1,
    );
    expect(text).toContain(`communs_db_pool_idle_connections{driver="${driver}"}`);
    expect(text).toContain(`communs_db_pool_waiting_queries{driver="${driver}"} 0`);
    expect(text).toContain('communs_idea_box_pending_notifications{channel="email"} 0');
    expect(text).toContain('communs_idea_box_pending_notifications{channel="webhook"} 0');
    expect(text).toContain("process_resident_memory_bytes");
  });
});

describe("request ids", () => {
  it("echo a well-formed X-Request-Id, in the header, the problem details and the log line", async () => {
    const id = "req-2026.12.02:abc_123";
    const response = await fetch(`${url}/boxes/inconnue`, { headers: { "x-request-id": id } });
    expect(response.status).toBe(404);
    expect(response.headers.get("x-request-id")).toBe(id);
    expect(await response.json()).toMatchObject({
      code: "not-found",
      instance: "/boxes/inconnue",
      requestId: id,
    });
    const logged = lines.find((line) => line.fields.requestId === id);
    expect(logged).toMatchObject({
      message: "request",
      fields: { requestId: id, path: "/boxes/inconnue", status: 404 },
    });
  });

  it("replace a malformed or missing one with a new UUID, different each time", async () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const seen = new Set<string>();
    for (const sent of [undefined, "has spaces in it", "x".repeat(129), 'quote"d']) {
      const response = await fetch(`${url}/health`, {
        headers: sent ? { "x-request-id": sent } : {},
      });
      const id = response.headers.get("x-request-id") ?? "";
      expect(id, String(sent)).toMatch(uuid);
      seen.add(id);
    }
    expect(seen.size).toBe(4);
  });
});

describe("health", () => {
  it("keeps /health, and says live and ready apart; ready fails (503) when the database is closed", async () => {
    const other = await createServer(testConfig({ port: 0 }), { db: await freshDatabase() });
    const base = await other.listen();
    try {
      expect(await (await fetch(`${base}/health`)).json()).toEqual({
        status: "ok",
        database: other.db.kind,
      });
      expect((await fetch(`${base}/health/live`)).status).toBe(200);
      const ready = await fetch(`${base}/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: "ready" });

      await other.db.close();
      const live = await fetch(`${base}/health/live`);
      expect(live.status).toBe(200);
      expect(await live.json()).toEqual({ status: "live" });
      const notReady = await fetch(`${base}/health/ready`, {
        headers: { "x-request-id": "sonde-1" },
      });
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toMatchObject({
        status: 503,
        code: "not-ready",
        detail: "the database does not answer",
        requestId: "sonde-1",
      });
    } finally {
      // The database is closed already: closing it again may fail, the HTTP server must not stay.
      await other.close().catch(() => undefined);
    }
  });

  it("is not ready while a migration is pending", async () => {
    await server.db.query(
      "delete from schema_migrations where version = (select max(version) from schema_migrations) returning version",
    );
    const response = await fetch(`${url}/health/ready`);
    expect(response.status).toBe(503);
    expect((await response.json()) as { detail: string }).toMatchObject({
      detail: expect.stringMatching(/^migrations not applied: \d+$/),
    });
  });
});

describe("without METRICS_TOKEN", () => {
  it("does not serve metrics (404, saying which setting turns them on)", async () => {
    const response = await server.app.request("/metrics");
    expect(response.status).toBe(401);
    const off = await createServer(testConfig({ metricsToken: undefined }), {
      db: await freshDatabase(),
    });
    try {
      const answer = await off.app.request("/metrics", {
        headers: { authorization: `Bearer ${testMetricsToken}` },
      });
      expect(answer.status).toBe(404);
      expect(await answer.json()).toMatchObject({
        detail: "metrics are off: set METRICS_TOKEN to serve them",
      });
    } finally {
      await off.close();
    }
  });
});
