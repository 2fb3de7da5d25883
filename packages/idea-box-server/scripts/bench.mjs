#!/usr/bin/env node
// Builds the benchmark from source, starts a throwaway PostgreSQL cluster when the machine has
// PostgreSQL binaries (and no DATABASE_URL is given), runs, then removes the cluster.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(dir, "test-results", "bench");
await build({
  entryPoints: [path.join(dir, "src/bench/bench.ts"), path.join(dir, "src/cli.ts")],
  outdir: out,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  outExtension: { ".js": ".mjs" },
  logLevel: "warning",
});

const env = { ...process.env };
let cluster = false;
const hasPg = existsSync("/usr/lib/postgresql") && readdirSync("/usr/lib/postgresql").length > 0;
if (!env.DATABASE_URL && hasPg && process.env.BENCH_PG !== "0") {
  env.PGBASE = `/tmp/communs-pg-idea-box-bench-${process.pid}`;
  const line = execFileSync("bash", [path.join(dir, "scripts/pg-cluster.sh"), "start"], {
    env,
    encoding: "utf8",
  }).trim();
  env.DATABASE_URL = line.split("=").slice(1).join("=");
  cluster = true;
}
const result = spawnSync(
  process.execPath,
  [path.join(out, "bench", "bench.mjs"), path.join(out, "cli.mjs")],
  { env, stdio: "inherit", cwd: dir },
);
if (cluster)
  execFileSync("bash", [path.join(dir, "scripts/pg-cluster.sh"), "stop"], { env, stdio: "ignore" });
process.exit(result.status ?? 1);
