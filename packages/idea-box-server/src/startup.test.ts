// Start-up as an operator meets it: the CLI run as a real process. Every mistake ends in one
// line naming the setting and what to do (after `Invalid configuration:` or a like heading),
// a non-zero exit code and no stack trace; a PGlite data folder is held by one server at a time.
// Database errors run against PostgreSQL under `npm run test:pg`.
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, killHard, startChild, type Child } from "./test/child-server";
import { openTestDatabase } from "./test/harness";
import { lockFileName } from "@communs/server";

let cli: string;
let scratch: string;
const children: Child[] = [];
const postgres = process.env.DATABASE_URL;

beforeAll(async () => {
  cli = await buildCli();
  scratch = mkdtempSync(path.join(tmpdir(), "idea-box-startup-"));
}, 300_000);
afterAll(async () => {
  for (const child of children)
    if (child.process.exitCode === null && child.process.signalCode === null) await killHard(child);
  rmSync(scratch, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the CLI to its end. `DATABASE_URL` comes only from `env` (PGlite otherwise). */
function run(
  args: string[],
  env: Record<string, string> = {},
  options: { uid?: number; gid?: number } = {},
): Promise<Run> {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  delete base.IDEA_BOX_DATA_DIR;
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: scratch,
      env: { ...base, LOG_LEVEL: "error", HOST: "127.0.0.1", PORT: "0", ...env },
      stdio: ["ignore", "pipe", "pipe"],
      ...options,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`still running after 120 s:\n${stdout}\n${stderr}`));
    }, 120_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** One clear problem: a heading, then one `- NAME: …` line; no stack trace; exit code ≠ 0. */
function expectOneLine(result: Run, name: string, pattern: RegExp) {
  expect(result.code, result.stderr).not.toBe(0);
  expect(result.code).not.toBeNull();
  const lines = result.stderr.trim().split("\n");
  expect(lines, result.stderr).toHaveLength(2);
  expect(lines[0]).toMatch(/^(Invalid configuration|Cannot [a-z ]+):$/);
  expect(lines[1]!.startsWith(`  - ${name}: `), result.stderr).toBe(true);
  expect(lines[1]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/^\s+at /m);
}

const pgUrl = (change: (url: URL) => void) => {
  const url = new URL(postgres!);
  change(url);
  return url.href;
};

describe("configuration mistakes", () => {
  it("OIDC_ISSUER that is not a URL", async () => {
    const result = await run(["start"], {
      OIDC_ISSUER: "not a url",
      OIDC_CLIENT_ID: "id",
      OIDC_CLIENT_SECRET: "secret",
    });
    expectOneLine(result, "OIDC_ISSUER", /https:\/\/ URL/);
  });

  it("SMTP_URL with no host", async () => {
    expectOneLine(await run(["start"], { SMTP_URL: "smtp://" }), "SMTP_URL", /no host/);
  });

  it("an unknown HOST, told before the database is opened", async () => {
    const result = await run(["start", "--data", path.join(scratch, "never-made")], {
      HOST: "no-such-host.invalid",
    });
    expectOneLine(result, "HOST", /unknown host "no-such-host\.invalid"/);
    expect(existsSync(path.join(scratch, "never-made"))).toBe(false);
  });
});

describe("database start-up errors", () => {
  it("a PostgreSQL server that does not answer", async () => {
    const result = await run(["migrate"], {
      DATABASE_URL: "postgres://postgres@127.0.0.1:1/postgres",
    });
    expectOneLine(result, "DATABASE_URL", /nothing answers at 127\.0\.0\.1:1.*start PostgreSQL/);
  });

  it("an unknown database host", async () => {
    const result = await run(["migrate"], {
      DATABASE_URL: "postgres://postgres@no-such-host.invalid:5432/postgres",
    });
    expectOneLine(result, "DATABASE_URL", /unknown host "no-such-host\.invalid"/);
  });

  it.skipIf(!postgres)("a database that does not exist (PostgreSQL)", async () => {
    const result = await run(["start"], {
      DATABASE_URL: pgUrl((url) => (url.pathname = "/no_such_database_here")),
    });
    expectOneLine(result, "DATABASE_URL", /database "no_such_database_here" does not exist/);
  });

  it.skipIf(!postgres)("a role that does not exist (PostgreSQL)", async () => {
    const result = await run(["start"], {
      DATABASE_URL: pgUrl((url) => (url.username = "no_such_role")),
    });
    expectOneLine(result, "DATABASE_URL", /role "no_such_role" does not exist/);
  });

  it("a data folder that is a file", async () => {
    const file = path.join(scratch, "a-file");
    writeFileSync(file, "not a folder");
    expectOneLine(await run(["start", "--data", file]), "--data", /a-file is a file/);
    expectOneLine(
      await run(["migrate"], { IDEA_BOX_DATA_DIR: file }),
      "IDEA_BOX_DATA_DIR",
      /is a file/,
    );
  });

  it("a data folder that is not writable", async () => {
    const folder = path.join(scratch, "read-only");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(folder);
    chmodSync(folder, 0o555);
    // root writes anywhere: run the CLI as nobody then.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    chmodSync(scratch, 0o755);
    const result = await run(["migrate", "--data", folder], {}, asNobody);
    expectOneLine(result, "--data", /read-only is not writable/);
  });

  it.skipIf(!postgres)("seed on a database already seeded (PostgreSQL)", async () => {
    const test = await openTestDatabase();
    const rows = await test.db.query<{ db: string }>("select current_database() as db");
    await test.db.close();
    try {
      const url = pgUrl((u) => (u.pathname = `/${rows[0]!.db}`));
      const first = await run(["seed"], { DATABASE_URL: url });
      expect(first.code, first.stderr).toBe(0);
      const second = await run(["seed"], { DATABASE_URL: url });
      expectOneLine(second, "seed", /already has boxes/);
    } finally {
      await test.drop();
    }
  });

  it.skipIf(!!postgres)("seed on a database already seeded (PGlite)", async () => {
    const folder = path.join(scratch, "seeded");
    const first = await run(["seed", "--data", folder]);
    expect(first.code, first.stderr).toBe(0);
    expectOneLine(await run(["seed", "--data", folder]), "seed", /already has boxes/);
  });
});

describe("listening", () => {
  it("a port in use", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const env: Record<string, string> = postgres
        ? { DATABASE_URL: postgres }
        : { IDEA_BOX_DATA_DIR: path.join(scratch, "port") };
      const result = await run(["start", "--port", String(port)], env);
      expectOneLine(
        result,
        "--port",
        new RegExp(`port ${port} is already in use on 127\\.0\\.0\\.1`),
      );
    } finally {
      blocker.close();
    }
  });
});

describe("one server per PGlite data folder", () => {
  it("refuses a second server on the folder at once, and a stale lock after kill -9 does not block", async () => {
    const folder = path.join(scratch, "shared");
    const env = { IDEA_BOX_DATA_DIR: folder };
    const strip = { DATABASE_URL: "" };
    const first = await startChild(cli, ["start"], { ...env, ...strip });
    children.push(first);
    expect(existsSync(path.join(folder, lockFileName))).toBe(true);

    const second = await run(["start"], env);
    expectOneLine(
      second,
      "IDEA_BOX_DATA_DIR",
      new RegExp(`${folder} is in use by another idea box server \\(pid ${first.process.pid}`),
    );
    expect(second.ms).toBeLessThan(10_000);
    const migrateToo = await run(["migrate", "--data", folder]);
    expectOneLine(migrateToo, "--data", /is in use by another idea box server/);

    // kill -9: the lock stays behind, naming a process that is gone; the next start takes it.
    await killHard(first);
    expect(existsSync(path.join(folder, lockFileName))).toBe(true);
    const third = await startChild(cli, ["start"], { ...env, ...strip });
    children.push(third);
    const health = await fetch(`${third.url}/health`);
    expect(health.status).toBe(200);
    // A clean stop gives the folder back.
    third.process.kill("SIGTERM");
    await new Promise((resolve) => third.process.once("exit", resolve));
    expect(existsSync(path.join(folder, lockFileName))).toBe(false);
  });
});
