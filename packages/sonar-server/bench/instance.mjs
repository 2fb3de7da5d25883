// One server instance for the benchmark: the built package mounted on a bare Hono app over a
// PostgreSQL pool (DATABASE_URL), with a bench sign-in (`x-bench-user`). Prints its URL.
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { openPostgres } from "@communs/server";
import { loadWorkshopSettings, migrateWorkshops, mountWorkshops } from "../dist/index.js";

const url = process.env.DATABASE_URL;
const db = await openPostgres(url);
await migrateWorkshops(db);
const app = new Hono();
await mountWorkshops(app, {
  db,
  databaseUrl: url,
  settings: loadWorkshopSettings(
    { SONAR_SWEEP_INTERVAL_MS: "0", ...process.env },
    "http://bench.test",
  ),
  identify: async (c) => {
    const id = c.req.header("x-bench-user");
    return id ? { user: { id, displayName: id }, csrfToken: null } : null;
  },
  log: (level, message, fields) => level === "error" && console.error(message, fields),
});
const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => {
  process.stdout.write(`LISTENING http://127.0.0.1:${info.port}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
