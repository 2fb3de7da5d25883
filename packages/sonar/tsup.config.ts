import { defineCliBuild, definePackageBuild } from "@communs/config/tsup";
import { defineConfig } from "tsup";

export default defineConfig([
  definePackageBuild({
    entry: {
      index: "src/index.ts",
      validate: "src/validate.ts",
      "json-schema": "src/json-schema.ts",
      examples: "src/examples.ts",
      workshop: "src/workshop/index.ts",
      "editions/innovation": "src/editions/innovation.ts",
      "editions/resilience": "src/editions/resilience.ts",
    },
  }),
  // The CLI is a Node ESM program: one file, no declarations, CJS not needed.
  defineCliBuild(),
]);
