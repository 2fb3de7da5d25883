#!/usr/bin/env node
// Installs the server as an adopter would and checks that it runs:
//   1. builds it and the workspace packages it depends on (turbo, cached when CI has built);
//   2. `npm pack`s each of them: the dependency tree is read from the package.json files;
//   3. `npm install`s the tarballs into an empty folder (third-party packages from the registry);
//   4. starts the installed `communs-idea-box-server` binary on a throwaway PostgreSQL cluster
//      (scripts/pg-cluster.sh, run as the postgres user when root), with the demo content;
//   5. checks /health (liveness, readiness), /openapi.json and public API reads, then stops it
//      with SIGTERM.
// Each step counts as one test in test-results/packed-install.json (Vitest's JSON field names,
// so scripts/test-summary.mjs adds them up). Exit 1 when a step failed.
// Options: --keep (leave the temporary folder), --no-build (use the dist folders as they are).
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const root = path.resolve(packageDir, "../..");
const keep = process.argv.includes("--keep");
const build = !process.argv.includes("--no-build");
const startTimeoutMs = 90_000;

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));
const server = readJson(path.join(packageDir, "package.json"));

/** name → folder of every workspace package, from the root package.json's `workspaces`. */
function workspacePackages() {
  // Patterns are folders or `folder/*` (fs.globSync needs Node 22).
  const folders = readJson(path.join(root, "package.json")).workspaces.flatMap((pattern) =>
    pattern.endsWith("/*")
      ? readdirSync(path.join(root, pattern.slice(0, -2))).map((name) =>
          path.join(pattern.slice(0, -2), name),
        )
      : [pattern],
  );
  const byName = new Map();
  for (const folder of folders) {
    const file = path.join(root, folder, "package.json");
    if (existsSync(file)) byName.set(readJson(file).name, path.join(root, folder));
  }
  return byName;
}

/**
 * The workspace packages an adopter installs with the server: its dependencies and peer
 * dependencies (optional ones too: Sonar workshops come with @communs/sonar-server), recursively.
 */
export function installSet(start, workspaces) {
  const found = new Set();
  const visit = (name) => {
    if (found.has(name)) return;
    const folder = workspaces.get(name);
    if (!folder) return;
    const manifest = readJson(path.join(folder, "package.json"));
    if (manifest.private)
      throw new Error(`${name} (${folder}) is private: it cannot be installed from npm`);
    found.add(name);
    for (const dependency of Object.keys({
      ...manifest.dependencies,
      ...manifest.peerDependencies,
    }))
      visit(dependency);
  };
  visit(start);
  return [...found];
}

const run = (command, args, options = {}) =>
  execFileSync(command, args, {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    ...options,
  });

/** Runs a command and, when it fails, throws with its output (what npm or turbo said). */
function runOrExplain(what, command, args, options) {
  try {
    return run(command, args, options);
  } catch (error) {
    throw new Error(
      `${what} failed (${command} ${args.join(" ")}):\n${error.stdout ?? ""}${error.stderr ?? ""}`,
      { cause: error },
    );
  }
}

/** Starts the installed binary; resolves with its URL once it prints it. */
function startServer(bin, cwd, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, "start", "--seed-if-empty"], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(
          `the installed server did not print its URL within ${startTimeoutMs / 1000} s:\n${output}`,
        ),
      );
    }, startTimeoutMs);
    const onData = (chunk) => {
      output += chunk.toString();
      const match = /Idea box API on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1].replace(/[.;,]$/, ""), output: () => output });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the installed server exited (${code}) before serving:\n${output}`));
    });
  });
}

async function getJson(url) {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  const text = await response.text();
  if (response.status !== 200)
    throw new Error(`GET ${url}: ${response.status} ${text.slice(0, 500)}`);
  return JSON.parse(text);
}

const steps = [];
const work = mkdtempSync(path.join(os.tmpdir(), "communs-packed-install-"));
// The postgres user must be able to traverse its cluster's parents: /tmp is fine, mkdtemp's 0700 is not.
const pgBase = path.join(os.tmpdir(), `communs-pg-packed-${process.pid}`);
const pgEnv = { ...process.env, PGBASE: pgBase };
const state = {};
let serverProcess;

const plan = [
  [
    "workspace packages in the server's dependency tree",
    () => {
      state.names = installSet(server.name, workspacePackages());
      state.workspaces = workspacePackages();
      return state.names.join(", ");
    },
  ],
  [
    "build (turbo, the server and its dependencies)",
    () => {
      runOrExplain("build", "npx", [
        "turbo",
        "run",
        "build",
        `--filter=${server.name}...`,
        "--output-logs=errors-only",
      ]);
      for (const name of state.names)
        if (!existsSync(path.join(state.workspaces.get(name), "dist")))
          throw new Error(`${name} has no dist folder after the build`);
      return "built";
    },
  ],
  [
    "npm pack of each package",
    () => {
      const destination = path.join(work, "tarballs");
      mkdirSync(destination);
      const packed = JSON.parse(
        runOrExplain("npm pack", "npm", [
          "pack",
          "--json",
          "--pack-destination",
          destination,
          ...state.names.flatMap((name) => ["-w", name]),
        ]),
      );
      state.tarballs = packed.map((entry) => path.join(destination, entry.filename));
      const missing = state.names.filter((name) => !packed.some((entry) => entry.name === name));
      if (missing.length) throw new Error(`npm pack produced no tarball for ${missing.join(", ")}`);
      return packed
        .map((entry) => `${entry.filename} (${Math.round(entry.size / 1024)} kB)`)
        .join(", ");
    },
  ],
  [
    "npm install of the tarballs into an empty folder",
    () => {
      state.app = path.join(work, "app");
      mkdirSync(state.app);
      writeFileSync(
        path.join(state.app, "package.json"),
        JSON.stringify(
          { name: "adopter", version: "1.0.0", private: true, type: "module" },
          null,
          2,
        ),
      );
      runOrExplain(
        "npm install",
        "npm",
        ["install", "--no-audit", "--no-fund", "--loglevel=error", ...state.tarballs],
        { cwd: state.app },
      );
      for (const name of state.names) {
        const installed = path.join(state.app, "node_modules", name);
        if (!existsSync(installed) || lstatSync(installed).isSymbolicLink())
          throw new Error(
            `${name} is not installed as a copy in ${installed} (missing or a workspace link)`,
          );
        const version = readJson(path.join(installed, "package.json")).version;
        const expected = readJson(path.join(state.workspaces.get(name), "package.json")).version;
        if (version !== expected)
          throw new Error(`${name}: installed ${version}, packed ${expected}`);
      }
      // The systemd unit and the example settings ship with the package (README, "Operations").
      for (const file of ["communs-idea-box-server.service", "idea-box-server.env.example"]) {
        const shipped = path.join(state.app, "node_modules", server.name, "deploy", file);
        if (!existsSync(shipped)) throw new Error(`the package does not ship deploy/${file}`);
      }
      state.bin = path.join(state.app, "node_modules", ".bin", "communs-idea-box-server");
      if (!existsSync(state.bin)) throw new Error(`no binary at ${state.bin}`);
      return `${state.names.length} packages installed, binary ${path.relative(work, state.bin)}, deploy/ shipped`;
    },
  ],
  [
    "throwaway PostgreSQL cluster",
    () => {
      const out = runOrExplain(
        "PostgreSQL cluster start",
        "bash",
        [path.join(packageDir, "scripts/pg-cluster.sh"), "start"],
        {
          env: pgEnv,
        },
      );
      state.databaseUrl = /DATABASE_URL=(\S+)/.exec(out)?.[1];
      if (!state.databaseUrl)
        throw new Error(`pg-cluster.sh start printed no DATABASE_URL:\n${out}`);
      return state.databaseUrl;
    },
  ],
  [
    "installed binary starts (migrations, demo content) on PostgreSQL",
    async () => {
      serverProcess = await startServer(state.bin, state.app, {
        NODE_ENV: "production",
        DATABASE_URL: state.databaseUrl,
        HOST: "127.0.0.1",
        PORT: "0",
        SESSION_SECRET: randomBytes(32).toString("hex"),
        LOG_LEVEL: "error",
      });
      state.url = serverProcess.url;
      return state.url;
    },
  ],
  [
    "GET /health, /health/live, /health/ready",
    async () => {
      const health = await getJson(`${state.url}/health`);
      if (health.status !== "ok" || health.database !== "postgres")
        throw new Error(
          `/health answered ${JSON.stringify(health)}, expected status ok on postgres`,
        );
      // Liveness apart from readiness (the database answers, every migration is applied).
      for (const probe of ["/health/live", "/health/ready"]) {
        const response = await fetch(`${state.url}${probe}`);
        if (response.status !== 200)
          throw new Error(
            `GET ${probe}: ${response.status} ${(await response.text()).slice(0, 300)}`,
          );
      }
      return `${JSON.stringify(health)}; /health/live and /health/ready 200`;
    },
  ],
  [
    "public API reads (OpenAPI, boxes, ideas of a box, Sonar workshops' OpenAPI)",
    async () => {
      const openapi = await getJson(`${state.url}/openapi.json`);
      if (!openapi.openapi?.startsWith("3."))
        throw new Error("/openapi.json is not an OpenAPI 3 document");
      const boxes = await getJson(`${state.url}/boxes`);
      const list = Array.isArray(boxes) ? boxes : boxes.items;
      if (!list?.length)
        throw new Error(`GET /boxes listed no box after --seed-if-empty: ${JSON.stringify(boxes)}`);
      const slug = list[0].slug;
      const ideas = await getJson(`${state.url}/boxes/${slug}/ideas`);
      const count = (Array.isArray(ideas) ? ideas : ideas.items)?.length ?? 0;
      if (count === 0) throw new Error(`GET /boxes/${slug}/ideas listed no idea`);
      // @communs/sonar-server was installed beside it (optional peer): the workshops are mounted.
      const sonar = await getJson(`${state.url}/sonar/openapi.json`);
      if (!sonar.openapi?.startsWith("3."))
        throw new Error("/sonar/openapi.json is not an OpenAPI 3 document");
      return `${list.length} boxes, ${count} ideas in ${slug}, /sonar mounted`;
    },
  ],
  [
    "SIGTERM stops it cleanly",
    () =>
      new Promise((resolve, reject) => {
        const { child } = serverProcess;
        const timer = setTimeout(
          () => reject(new Error("still running 15 s after SIGTERM")),
          15_000,
        );
        child.removeAllListeners("exit");
        child.once("exit", (code, signal) => {
          clearTimeout(timer);
          if (code === 0) resolve("exit code 0");
          else
            reject(
              new Error(`exited with ${code ?? signal} after SIGTERM:\n${serverProcess.output()}`),
            );
        });
        child.kill("SIGTERM");
      }),
  ],
];

// --no-build: the dist folders are used as they are, and the build is not counted as a test.
if (!build)
  plan.splice(
    plan.findIndex(([title]) => title.startsWith("build")),
    1,
  );

const started = Date.now();
let failedAt = -1;
for (const [index, [title, step]] of plan.entries()) {
  const stepStarted = Date.now();
  if (failedAt >= 0) {
    steps.push({
      title,
      status: "failed",
      failureMessages: [`not run: "${plan[failedAt][0]}" failed`],
      duration: 0,
    });
    console.log(`  ✗ ${title} (not run)`);
    continue;
  }
  try {
    const detail = await step();
    const duration = Date.now() - stepStarted;
    steps.push({ title, status: "passed", failureMessages: [], duration });
    console.log(`  ✓ ${title} (${(duration / 1000).toFixed(1)} s): ${detail}`);
  } catch (error) {
    failedAt = index;
    const message = error instanceof Error ? error.message : String(error);
    steps.push({
      title,
      status: "failed",
      failureMessages: [message],
      duration: Date.now() - stepStarted,
    });
    console.log(`  ✗ ${title}: ${message}`);
  }
}

if (
  serverProcess &&
  serverProcess.child.exitCode === null &&
  serverProcess.child.signalCode === null
)
  serverProcess.child.kill("SIGKILL");
try {
  run("bash", [path.join(packageDir, "scripts/pg-cluster.sh"), "stop"], { env: pgEnv });
} catch {
  /* the cluster may never have started */
}
if (keep) console.log(`Kept ${work}`);
else rmSync(work, { recursive: true, force: true });

const passed = steps.filter((s) => s.status === "passed").length;
const failed = steps.length - passed;
const reportDir = path.join(packageDir, "test-results");
mkdirSync(reportDir, { recursive: true });
writeFileSync(
  path.join(reportDir, "packed-install.json"),
  JSON.stringify(
    {
      numTotalTests: steps.length,
      numPassedTests: passed,
      numFailedTests: failed,
      success: failed === 0,
      testResults: [
        {
          name: "scripts/packed-install.mjs",
          status: failed ? "failed" : "passed",
          assertionResults: steps,
        },
      ],
    },
    null,
    2,
  ),
);
console.log(
  `Packed install: ${passed} passed, ${failed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exitCode = failed ? 1 : 0;
