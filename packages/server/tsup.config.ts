import { definePackageBuild } from "@communs/config/tsup";

export default definePackageBuild({
  cjs: false,
  entry: ["src/index.ts", "src/testing.ts"],
  external: ["pg", "@electric-sql/pglite"],
});
