#!/usr/bin/env node
import { parseArgs } from "node:util";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { ConfigError, loadConfig } from "./config";
import { createServer, openDatabase } from "./server";
import { migrate } from "./db/migrations";
import { demoAccounts, demoPassword, isEmpty, seed } from "./seed";

const usage = `Usage: communs-idea-box-server <command> [options]

Commands:
  start     migrate, then serve the API (default)
  migrate   apply pending migrations and exit
  seed      load the French demo content and exit

Options:
  --data <dir>        PGlite data folder (IDEA_BOX_DATA_DIR); ignored with DATABASE_URL
  --port <n>          port (PORT, default 8787)
  --seed-if-empty     load the demo content when the database has no box
  -h, --help          this help

Environment: PORT, HOST, DATABASE_URL, IDEA_BOX_DATA_DIR, PUBLIC_URL, ALLOWED_ORIGINS,
SESSION_SECRET, EMBED_SECRET, OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_SCOPES,
SMTP_URL, WEBHOOK_SECRET, RATE_LIMIT_PER_PERSON, RATE_LIMIT_PER_ADDRESS, TRUST_PROXY,
BODY_LIMIT_BYTES, LOG_LEVEL, ALLOW_REGISTRATION.`;

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      data: { type: "string" },
      port: { type: "string" },
      "seed-if-empty": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const command = positionals[0] ?? "start";
  if (!["start", "migrate", "seed"].includes(command)) {
    console.error(`Unknown command "${command}".\n\n${usage}`);
    process.exitCode = 2;
    return;
  }
  const env = { ...process.env };
  if (values.data) env.IDEA_BOX_DATA_DIR = path.resolve(values.data);
  if (values.port) env.PORT = values.port;
  const config = loadConfig(env);
  if (!config.databaseUrl && !config.dataDir) config.dataDir = path.resolve(".data/idea-box");
  if (!config.databaseUrl && config.dataDir) mkdirSync(config.dataDir, { recursive: true });

  if (command !== "start") {
    const db = await openDatabase(config);
    await migrate(db);
    if (command === "seed") await seed(db);
    await db.close();
    console.log(command === "seed" ? "Demo content loaded." : "Migrations applied.");
    return;
  }

  const server = await createServer(config);
  if (values["seed-if-empty"] && (await isEmpty(server.db))) {
    await seed(server.db);
    console.log(
      `Demo content loaded. Accounts (password "${demoPassword}"): ${demoAccounts.map((a) => a.email).join(", ")}`,
    );
  }
  const url = await server.listen();
  console.log(
    `Idea box API on ${PUBLIC(url, config.publicUrl)} (${server.db.kind}${config.dataDir && !config.databaseUrl ? `, data in ${config.dataDir}` : ""}); OpenAPI at /openapi.json`,
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing requests in flight…`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

const PUBLIC = (listening: string, publicUrl: string) =>
  publicUrl.includes("127.0.0.1") || publicUrl.includes("localhost") ? listening : publicUrl;

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
