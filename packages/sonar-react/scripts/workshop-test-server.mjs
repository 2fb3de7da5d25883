// A real Sonar workshop server for sonar-react's tests (jsdom and Chromium): @communs/sonar-server
// mounted on Hono with PGlite in memory. Sign-in is the host's job; this test host takes the
// facilitator from an `x-test-user` header or a `test-user` cookie, with `csrf-<id>` as CSRF token.
// Run alone: `node scripts/workshop-test-server.mjs [port]` prints {"url": …} once listening.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { loadWorkshopSettings, migrateWorkshops, mountWorkshops } from "@communs/sonar-server";

/** Starts the server; `close()` stops it and its database. */
export async function startWorkshopTestServer({ port = 0, origin, staticDir } = {}) {
  const lite = await PGlite.create({ parsers: { 20: (value) => Number(value) } });
  const db = {
    kind: "pglite",
    query: async (sql, params = []) => (await lite.query(sql, params)).rows,
    transaction: (fn) =>
      lite.transaction((tx) =>
        fn({ query: async (sql, params = []) => (await tx.query(sql, params)).rows }),
      ),
  };
  await migrateWorkshops(db);
  const app = new Hono();
  // A page served from another port (TEST_ORIGIN, or "*" for any, e.g. the catalogue): answer
  // its preflights, with cookies.
  app.use("*", async (c, next) => {
    const from = c.req.header("origin");
    if (origin && from && (origin === "*" || from === origin)) {
      c.header("access-control-allow-origin", from);
      c.header("access-control-allow-credentials", "true");
      c.header("vary", "origin");
      if (c.req.method === "OPTIONS") {
        c.header("access-control-allow-methods", "GET,POST,PUT,DELETE");
        c.header(
          "access-control-allow-headers",
          "content-type,x-csrf-token,authorization,last-event-id,accept",
        );
        return c.body(null, 204);
      }
    }
    await next();
  });
  // The browser test's page, from the same origin as the API (so its cookie and CSRF are simple).
  if (staticDir) {
    const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };
    app.get("/app/:file", async (c) => {
      const file = path.join(staticDir, path.basename(c.req.param("file")));
      const body = await readFile(file).catch(() => null);
      if (!body) return c.notFound();
      return c.body(body, 200, {
        "content-type": types[path.extname(file)] ?? "application/octet-stream",
      });
    });
  }
  const mounted = await mountWorkshops(app, {
    db,
    settings: loadWorkshopSettings({ SONAR_SWEEP_INTERVAL_MS: "0" }, "http://127.0.0.1"),
    identify: async (c) => {
      const cookie = /(?:^|;\s*)test-user=([\w-]+)/.exec(c.req.header("cookie") ?? "")?.[1];
      const id = c.req.header("x-test-user") ?? cookie;
      return id
        ? { user: { id, displayName: `Facilitator ${id}` }, csrfToken: `csrf-${id}` }
        : null;
    },
  });
  const server = serve({ fetch: app.fetch, port, hostname: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    async close() {
      await mounted.close();
      await new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await lite.close();
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startWorkshopTestServer({
    port: Number(process.argv[2] ?? 0),
    origin: process.env.TEST_ORIGIN,
    staticDir: process.env.STATIC_DIR,
  });
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
  const stop = () => server.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
