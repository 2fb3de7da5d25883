import { definePackageBuild } from "@communs/config/tsup";

export default definePackageBuild({
  cjs: false,
  entry: ["src/index.ts", "src/cli.ts"],
  external: [
    "@electric-sql/pglite",
    "@communs/server",
    "@node-rs/argon2",
    "hono",
    "@hono/node-server",
    "openid-client",
    "zod",
  ],
});
