import { defineConfig } from "vitest/config";
import { definePackageTests } from "@communs/config/vitest";

const base = definePackageTests();
const report = process.env.VITEST_JSON_REPORT;

// One PGlite (or PostgreSQL database) per test file, files one after another: PGlite is memory-hungry.
export default defineConfig({
  test: {
    ...base.test,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    ...(report ? { outputFile: { json: report } } : {}),
  },
});
