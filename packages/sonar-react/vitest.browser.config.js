import { defineConfig } from "vitest/config";

// Real-Chromium tests (Debian's /usr/bin/chromium) against a Storybook build of the Sonar stories.
export default defineConfig({
  test: {
    environment: "node",
    include: ["src/**/*.browser.test.ts"],
    testTimeout: 240_000,
    hookTimeout: 600_000,
    reporters: ["default", "json"],
    outputFile: { json: "test-results/browser-vitest.json" },
  },
});
