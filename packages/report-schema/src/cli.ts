#!/usr/bin/env node
import { runMain } from "@communs/i18n/cli";
import { runCli } from "./cli-run";

void runMain(runCli, {
  // A line rewritten in place on a terminal; nothing in a pipe.
  progress: process.stderr.isTTY
    ? (text) => void process.stderr.write(`\r\u001b[K${text}`)
    : undefined,
});
