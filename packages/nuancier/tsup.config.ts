import { definePackageBuild } from "@communs/config/tsup";
import { defineConfig } from "tsup";

export default defineConfig([
  definePackageBuild({
    entry: {
      index: "src/index.ts",
      content: "src/content/index.ts",
      validation: "src/validation.ts",
      overlay: "src/overlay.ts",
      "json-schema": "src/json-schema.ts",
    },
  }),
  // The CLI is a Node ESM program: one file, no declarations, CJS not needed.
  definePackageBuild({
    entry: { cli: "src/cli.ts" },
    cjs: false,
    dts: false,
    clean: false,
    sourcemap: false,
  }),
]);
