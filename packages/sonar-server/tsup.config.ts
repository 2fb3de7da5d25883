import { definePackageBuild } from "@communs/config/tsup";

export default definePackageBuild({
  cjs: false,
  entry: ["src/index.ts"],
  external: ["pg", "hono", "zod", "uqr", "@communs/sonar", "@communs/i18n", "@communs/server"],
});
