import { defineCliBuild, definePackageBuild } from "@communs/config/tsup";
import { defineConfig } from "tsup";

export default defineConfig([
  definePackageBuild({
    entry: {
      index: "src/index.ts",
      sheets: "src/sheets-entry.ts",
      "open-data": "src/open-data-entry.ts",
      "json-schema": "src/json-schema-entry.ts",
      migrate: "src/migrate-entry.ts",
      compare: "src/compare-entry.ts",
      xlsx: "src/xlsx-entry.ts",
      "zod-free": "src/zod-free-entry.ts",
    },
    // zod is a peer dependency: consumers share one copy with their own schemas.
    external: ["zod"],
  }),
  // The CLI is a Node ESM program: one file, no declarations, CJS not needed.
  defineCliBuild({ external: ["zod"] }),
]);
