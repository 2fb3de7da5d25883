import { defineConfig } from "vitest/config";

// End-to-end: real Chromium (Debian's), the real element bundle, the real server on PGlite.
export default defineConfig({
  test: {
    environment: "node",
    include: ["e2e/**/*.browser.test.ts"],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    reporters: ["default", "json"],
    outputFile: { json: "test-results/browser-vitest.json" },
  },
});
