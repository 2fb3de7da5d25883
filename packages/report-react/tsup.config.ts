import { definePackageBuild } from "@communs/config/tsup";

export default definePackageBuild({
  entry: { index: "src/index.ts", checker: "src/checker-entry.ts" },
  external: ["zod"],
});
