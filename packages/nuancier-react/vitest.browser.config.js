import { defineConfig } from "vitest/config";

// Real Chromium (Debian's) driving a Storybook build of the Nuancier stories; run by test:browser.
export default defineConfig({
  test: {
    environment: "node",
    include: ["test-browser/**/*.browser.test.mjs"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    reporters: ["default", "json"],
    outputFile: { json: "test-results/browser-vitest.json" },
  },
});
