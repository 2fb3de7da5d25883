import { defineConfig, mergeConfig } from "vitest/config";
import { definePackageTests } from "./vitest.js";

// These tests start real processes (ESLint, size-limit, the package generator), slow on a busy machine.
export default mergeConfig(
  defineConfig(definePackageTests({ include: ["*.test.js", "bin/*.test.js"] })),
  defineConfig({ test: { testTimeout: 60_000 } }),
);
