#!/usr/bin/env node
// A thin, committed entry so that npm can link the command before the package is built.
import "../dist/cli.js";
