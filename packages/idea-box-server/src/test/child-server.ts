import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Bundles the CLI from source (dependencies stay external) so tests can run it as a real process. */
export async function buildCli(): Promise<string> {
  const outdir = path.join(packageDir, "test-results", "cli-build");
  mkdirSync(outdir, { recursive: true });
  const outfile = path.join(outdir, "cli.mjs");
  await build({
    entryPoints: [path.join(packageDir, "src/cli.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    outfile,
    logLevel: "silent",
  });
  return outfile;
}

export interface Child {
  process: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts the CLI and resolves with its URL once it prints it. */
export function startChild(
  cli: string,
  args: string[],
  env: Record<string, string>,
): Promise<Child> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: packageDir,
      env: { ...process.env, LOG_LEVEL: "error", HOST: "127.0.0.1", PORT: "0", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 240_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Idea box API on (http:\/\/[^\s]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ process: child, url: match[1]!, output: () => output });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}):\n${output}`));
    });
  });
}

export const killHard = (child: Child) =>
  new Promise<void>((resolve) => {
    // A process ended by a signal keeps `exitCode` null: `signalCode` says it is gone too.
    if (child.process.exitCode !== null || child.process.signalCode !== null) return resolve();
    child.process.once("exit", () => resolve());
    child.process.kill("SIGKILL");
  });
