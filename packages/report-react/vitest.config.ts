import { defineConfig, mergeConfig } from "vitest/config";
import { definePackageTests } from "@communs/config/vitest";

export default mergeConfig(
  defineConfig(definePackageTests({ environment: "jsdom", setupFiles: ["./vitest.setup.ts"] })),
  // Rendering the whole 2018 report in jsdom takes seconds on a busy two-core machine.
  defineConfig({ test: { testTimeout: 30_000 } }),
);
