#!/usr/bin/env node
import { runCli } from "./cli-run";

// A closed pipe (e.g. `| head`) is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
  // npm runs scripts from the package root; paths are relative to where the user typed the command.
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
