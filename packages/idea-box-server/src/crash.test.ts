import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createIdeaBoxClient, type IdeaBoxClient } from "@communs/idea-box";
import { buildCli, killHard, startChild, type Child } from "./test/child-server";
import { openTestDatabase } from "./test/harness";
import { demoPassword } from "./seed";

/**
 * Crash safety: concurrent writes, SIGKILL of the server process, restart; every write the
 * server acknowledged must be there. PGlite (in-process, so the database dies too) by default;
 * PostgreSQL when DATABASE_URL is set.
 */
let cli: string;
let dataDir: string;
let databaseUrl: string | undefined;
let drop: () => Promise<void> = async () => undefined;
let child: Child | null = null;

function clientWithJar(url: string): IdeaBoxClient {
  let cookie = "";
  return createIdeaBoxClient({
    baseUrl: url,
    retries: 0,
    timeoutMs: 20_000,
    fetch: (async (input: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      if (cookie) headers.set("cookie", cookie);
      const response = await fetch(input, { ...init, headers });
      const set = response.headers.get("set-cookie");
      if (set) cookie = set.split(";")[0]!;
      return response;
    }) as typeof fetch,
  });
}

beforeAll(async () => {
  cli = await buildCli();
  dataDir = mkdtempSync(path.join(tmpdir(), "idea-box-crash-"));
  if (process.env.DATABASE_URL) {
    const test = await openTestDatabase();
    // The child needs the URL of the fresh database: read it from the pool's connection string.
    const rows = await test.db.query<{ db: string }>("select current_database() as db");
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${rows[0]!.db}`;
    databaseUrl = url.href;
    await test.db.close();
    drop = test.drop;
  }
}, 300_000);

afterAll(async () => {
  if (child) await killHard(child);
  await drop();
  rmSync(dataDir, { recursive: true, force: true });
});

const env = () => ({
  RATE_LIMIT_PER_PERSON: "1000000",
  RATE_LIMIT_PER_ADDRESS: "1000000",
  ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
});

describe("crash safety", () => {
  it("keeps every acknowledged write after SIGKILL and restart", async () => {
    child = await startChild(cli, ["start", "--data", dataDir, "--seed-if-empty"], env());
    const writers = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const client = clientWithJar(child!.url);
        await client.request("login", {
          body: { email: "agent@exemple.fr", password: demoPassword },
        });
        return client;
      }),
    );
    const acknowledged: string[] = [];
    let stop = false;
    let n = 0;
    const loops = writers.map(async (client) => {
      while (!stop) {
        try {
          const idea = await client.request("createIdea", {
            params: { box: "ville-exemple" },
            body: {
              title: `Idée écrite avant la panne ${n++}`,
              problem: "Écrite pendant le test de panne.",
              scope: "daily-work",
            },
          });
          acknowledged.push(idea.id);
        } catch {
          return; // the server died mid-request: that write was not acknowledged
        }
      }
    });
    while (acknowledged.length < 40) await new Promise((resolve) => setTimeout(resolve, 20));
    await killHard(child);
    stop = true;
    await Promise.all(loops);
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);

    child = await startChild(cli, ["start", "--data", dataDir, "--seed-if-empty"], env());
    const reader = clientWithJar(child.url);
    await reader.request("login", { body: { email: "agent@exemple.fr", password: demoPassword } });
    const missing: string[] = [];
    for (const id of acknowledged) {
      try {
        await reader.request("getIdea", { params: { box: "ville-exemple", id } });
      } catch {
        missing.push(id);
      }
    }
    expect(missing).toEqual([]);
    // The demo content was not loaded twice.
    const boxes = await reader.request("listBoxes");
    expect(boxes.items.filter((b) => b.slug === "ville-exemple")).toHaveLength(1);
  }, 600_000);
});
