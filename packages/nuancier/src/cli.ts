#!/usr/bin/env node
import { runMain } from "@communs/i18n/cli";
import { runCli } from "./cli-run";

void runMain(runCli, {});
