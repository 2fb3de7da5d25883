#!/usr/bin/env node
import { runMain } from "@communs/i18n/cli";
import { runCli } from "./cli-run";

void runMain(runCli, {
  // Progress lines rewrite themselves ("\r…") and end with a lone "\n": written as they are.
  err: (text) =>
    void process.stderr.write(text.startsWith("\r") || text === "\n" ? text : `${text}\n`),
  interactive: Boolean(process.stderr.isTTY),
});
