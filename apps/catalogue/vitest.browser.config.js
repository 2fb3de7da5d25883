import { defineConfig } from "vitest/config";

// Tests that drive Debian's Chromium from Node (the accessibility gate itself); run by test:browser.
export default defineConfig({
  test: {
    environment: "node",
    include: ["scripts/**/*.browser.test.mjs"],
    testTimeout: 240_000,
    hookTimeout: 240_000,
    reporters: ["default", "json"],
    outputFile: { json: "test-results/browser-vitest.json" },
  },
});
