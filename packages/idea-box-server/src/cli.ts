#!/usr/bin/env node
import { parseArgs } from "node:util";
import { lookup } from "node:dns/promises";
import path from "node:path";
import { ConfigError, loadConfig } from "./config";
import { createServer, openDatabase } from "./server";
import { migrate } from "./db/migrations";
import { migrateSonarWorkshops } from "./workshops";
import type { Database } from "./db/db";
import { demoAccounts, demoPassword, isEmpty, seed } from "./seed";
import { demineurDemoAccount } from "./seed-demineur";
import { databaseError, listenError } from "./startup-errors";

const usage = `Usage: communs-idea-box-server <command> [options]

Commands:
  start     migrate, then serve the API (default)
  migrate   apply pending migrations and exit
  seed      load the French demo content into an empty database and exit
  embed-role <box> <agent|moderator|admin>
            the highest role an embed token gets in that box (default agent)

Options:
  --data <dir>        PGlite data folder (IDEA_BOX_DATA_DIR); ignored with DATABASE_URL
  --port <n>          port (PORT, default 8787)
  --seed-if-empty     load the demo content when the database has no box
  -h, --help          this help

Environment: PORT, HOST, DATABASE_URL, IDEA_BOX_DATA_DIR, PUBLIC_URL, ALLOWED_ORIGINS,
SESSION_SECRET, EMBED_SECRET, OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_SCOPES,
SMTP_URL, SMTP_FROM, WEBHOOK_SECRET, WEBHOOK_ALLOWED_HOSTS, RATE_LIMIT_PER_PERSON,
RATE_LIMIT_PER_ADDRESS, TRUST_PROXY, BODY_LIMIT_BYTES, LOG_LEVEL, ALLOW_REGISTRATION.`;

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
  if (!["start", "migrate", "seed", "embed-role"].includes(command)) {
    console.error(`Unknown command "${command}".\n\n${usage}`);
    process.exitCode = 2;
    return;
  }
  const env = { ...process.env };
  if (values.data) env.IDEA_BOX_DATA_DIR = path.resolve(values.data);
  if (values.port) env.PORT = values.port;
  const config = loadConfig(env);
  if (!config.databaseUrl && !config.dataDir) config.dataDir = path.resolve(".data/idea-box");
  const startContext = {
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    dataDirSource: values.data ? "--data" : "IDEA_BOX_DATA_DIR",
  };
  const portSource = values.port ? "--port" : "PORT";
  const open = async (): Promise<Database> => {
    try {
      return await openDatabase(config);
    } catch (error) {
      throw databaseError(error, startContext) ?? error;
    }
  };

  if (command === "embed-role") {
    const [, slug, role] = positionals;
    if (!slug || !["agent", "moderator", "admin"].includes(role ?? ""))
      throw new ConfigError(
        ["embed-role: give a box and a role, e.g. embed-role ville-exemple agent"],
        "Invalid arguments:",
      );
    const db = await open();
    try {
      await migrate(db);
      const rows = await db.query("update boxes set embed_role = $2 where slug = $1 returning id", [
        slug,
        role,
      ]);
      if (rows.length === 0)
        throw new ConfigError([`embed-role: no box "${slug}"`], "Invalid arguments:");
    } finally {
      await db.close();
    }
    console.log(`Embed tokens act at most as ${role} in ${slug}.`);
    return;
  }

  if (command !== "start") {
    const db = await open();
    try {
      await migrate(db);
      if (command === "migrate") await migrateSonarWorkshops(db, process.env);
      if (command === "seed") {
        if (!(await isEmpty(db)))
          throw new ConfigError(
            [
              "seed: the database already has boxes; the demo content goes only into an empty database (start --seed-if-empty loads it once)",
            ],
            "Cannot load the demo content:",
          );
        await seed(db);
      }
    } finally {
      await db.close();
    }
    console.log(command === "seed" ? "Demo content loaded." : "Migrations applied.");
    return;
  }

  // An unknown HOST is told now, not after the database has been opened.
  try {
    await lookup(config.host);
  } catch (error) {
    throw listenError(error, { host: config.host, port: config.port, portSource }) ?? error;
  }
  const db = await open();
  const server = await createServer(config, { db }).catch(async (error: unknown) => {
    await db.close();
    throw error;
  });
  if (values["seed-if-empty"] && (await isEmpty(server.db))) {
    await seed(server.db);
    console.log(
      `Demo content loaded. Accounts (password "${demoPassword}"): ${[...demoAccounts, demineurDemoAccount].map((a) => a.email).join(", ")}`,
    );
  }
  const url = await server.listen().catch(async (error: unknown) => {
    await server.close();
    throw listenError(error, { host: config.host, port: config.port, portSource }) ?? error;
  });
  console.log(
    `Idea box API on ${PUBLIC(url, config.publicUrl)} (${server.db.kind}${config.dataDir && !config.databaseUrl ? `, data in ${config.dataDir}` : ""}); OpenAPI at /openapi.json${server.workshops ? "; Sonar workshops at /sonar (OpenAPI at /sonar/openapi.json)" : ""}`,
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
