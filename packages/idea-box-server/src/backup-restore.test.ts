import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgres } from "@communs/server";
import { cookieJarFetch } from "@communs/server/testing";
import { createIdeaBoxClient, type IdeaBoxClient } from "@communs/idea-box";
import { buildCli, startChild, type Child } from "./test/child-server";
import { demoPassword } from "./seed";

/**
 * Backups as the README tells operators to take them: data written through the API, `pg_dump
 * --format=custom`, the database dropped and created again, `pg_restore`, then every table
 * compared row by row, the same API reads answered, and the server started again on the restored
 * database without a migration to apply. The server, pg_dump and pg_restore connect as the
 * database's owner, not a superuser, as the README sets it up. PostgreSQL only (`npm run test:pg`).
 */
const clusterUrl = process.env.DATABASE_URL;
const box = "ville-exemple";

/** pg_dump and pg_restore of the newest PostgreSQL installed (the server's major or later). */
function pgTool(name: "pg_dump" | "pg_restore"): string {
  const base = "/usr/lib/postgresql";
  const majors = existsSync(base) ? readdirSync(base).sort((a, b) => Number(b) - Number(a)) : [];
  const found = majors.map((major) => path.join(base, major, "bin", name)).find(existsSync);
  return found ?? name;
}

async function onCluster(sql: string) {
  const admin = await openPostgres(clusterUrl!, 1);
  try {
    await admin.query(sql);
  } finally {
    await admin.close();
  }
}

/** Every row of every table (sorted), and every sequence's value, of the database at `url`. */
async function tableByTable(url: string): Promise<Record<string, unknown>> {
  const db = await openPostgres(url, 1);
  try {
    const tables = await db.query<{ name: string }>(
      `select format('%I.%I', table_schema, table_name) as name from information_schema.tables
        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
        order by 1`,
    );
    const snapshot: Record<string, unknown> = {};
    for (const { name } of tables) {
      const [table] = await db.query<{ rows: unknown[] }>(
        `select coalesce(jsonb_agg(to_jsonb(t) order by to_jsonb(t)::text), '[]') as rows from ${name} t`,
      );
      snapshot[name] = table!.rows;
    }
    const sequences = await db.query<{ name: string; value: string | null }>(
      `select format('%I.%I', schemaname, sequencename) as name, last_value::text as value
         from pg_sequences order by 1`,
    );
    for (const { name, value } of sequences) snapshot[`sequence ${name}`] = value;
    return snapshot;
  } finally {
    await db.close();
  }
}

/** What people see through the API: boxes, every idea of the box with its page and its comments. */
async function apiView(client: IdeaBoxClient) {
  const boxes = await client.request("listBoxes");
  const list = await client.request("listIdeas", { params: { box }, query: { limit: 100 } });
  const pages = [];
  for (const idea of list.items) {
    pages.push({
      idea: await client.request("getIdea", { params: { box, id: idea.id } }),
      comments: await client.request("listComments", { params: { box, id: idea.id } }),
    });
  }
  return { boxes, list, pages };
}

const signedIn = async (url: string, email: string) => {
  const client = createIdeaBoxClient({
    baseUrl: url,
    retries: 0,
    fetch: cookieJarFetch((request) => fetch(request)),
  });
  await client.request("login", { body: { email, password: demoPassword } });
  return client;
};

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });

/** SIGTERM, as systemd stops the service; resolves with the exit code. */
const stop = (child: Child) =>
  new Promise<number | null>((resolve) => {
    if (child.process.exitCode !== null) return resolve(child.process.exitCode);
    child.process.removeAllListeners("exit");
    child.process.once("exit", (code) => resolve(code));
    child.process.kill("SIGTERM");
  });

describe.skipIf(!clusterUrl)(
  `backup and restore${clusterUrl ? "" : " (skipped: PostgreSQL only, run npm run test:pg)"}`,
  () => {
    let cli: string;
    let databaseUrl: string;
    let databaseName: string;
    let owner: string;
    let child: Child | null = null;
    let scratch: string;
    /** The README's `createdb --owner=idea_box … idea_box`, for a fresh or a wiped database. */
    const createDatabase = () =>
      onCluster(
        `create database ${databaseName} owner ${owner} encoding 'UTF8' locale 'C.UTF-8' template template0`,
      );

    beforeAll(async () => {
      cli = await buildCli();
      scratch = mkdtempSync(path.join(tmpdir(), "idea-box-backup-"));
      const suffix = randomBytes(6).toString("hex");
      owner = `idea_box_${suffix}`;
      databaseName = `t_backup_${suffix}`;
      await onCluster(`create role ${owner} login`);
      await createDatabase();
      const url = new URL(clusterUrl!);
      url.username = owner;
      url.pathname = `/${databaseName}`;
      databaseUrl = url.href;
    }, 300_000);

    afterAll(async () => {
      if (child) await stop(child);
      await onCluster(`drop database if exists ${databaseName} with (force)`);
      await onCluster(`drop role if exists ${owner}`);
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    });

    it("restores a pg_dump into a wiped database with every row, the same API answers and no migration to run", async () => {
      const env = {
        DATABASE_URL: databaseUrl,
        PORT: String(await freePort()),
        RATE_LIMIT_PER_PERSON: "100000",
      };
      child = await startChild(cli, ["start", "--seed-if-empty"], env);
      const agent = await signedIn(child.url, "agent@exemple.fr");
      const colleague = await signedIn(child.url, "agente@exemple.fr");
      const moderator = await signedIn(child.url, "moderatrice@exemple.fr");
      for (let n = 1; n <= 5; n++) {
        const idea = await agent.request("createIdea", {
          params: { box },
          body: {
            title: `Sauvegarde ${n} : des casiers pour les agents itinérants`,
            problem: "Les agents itinérants n’ont nulle part où poser leurs affaires.",
            scope: "daily-work",
          },
        });
        await colleague.request("support", { params: { box, id: idea.id } });
        await colleague.request("createComment", {
          params: { box, id: idea.id },
          body: { body: `Oui, au deuxième étage aussi (${n}).` },
        });
        if (n % 2 === 0)
          await moderator.request("changeStatus", {
            params: { box, id: idea.id },
            body: { status: "under_review" },
          });
      }
      const seenBefore = await apiView(agent);
      expect(seenBefore.list.items.filter((i) => i.title.startsWith("Sauvegarde"))).toHaveLength(5);

      expect(await stop(child)).toBe(0);
      child = null;
      const before = await tableByTable(databaseUrl);
      expect((before["public.schema_migrations"] as unknown[]).length).toBeGreaterThan(0);

      // The README's commands: dump, wipe (drop and create the database), restore.
      const dump = path.join(scratch, "idea-box.dump");
      execFileSync(pgTool("pg_dump"), ["--format=custom", `--file=${dump}`, databaseUrl]);
      await onCluster(`drop database ${databaseName} with (force)`);
      await createDatabase();
      expect(Object.keys(await tableByTable(databaseUrl))).toEqual([]);
      execFileSync(pgTool("pg_restore"), [
        "--exit-on-error",
        "--no-owner",
        `--dbname=${databaseUrl}`,
        dump,
      ]);

      expect(await tableByTable(databaseUrl)).toEqual(before);

      // The server starts on the restored database: nothing to migrate, sessions still valid.
      // Same port, so the agent's client (and its session cookie) talks to the new process.
      child = await startChild(cli, ["start"], env);
      expect(await apiView(agent)).toEqual(seenBefore);
      const after = await tableByTable(databaseUrl);
      expect(after["public.schema_migrations"]).toEqual(before["public.schema_migrations"]);
    }, 300_000);
  },
);
