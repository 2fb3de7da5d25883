import { defineConfig, mergeConfig } from "vitest/config";
import { definePackageTests } from "@communs/config/vitest";

// Whole-quiz walks and axe runs in jsdom are slow on a shared two-core machine.
export default mergeConfig(
  defineConfig(definePackageTests({ environment: "jsdom", setupFiles: ["./vitest.setup.ts"] })),
  defineConfig({ test: { testTimeout: 60_000 } }),
);
