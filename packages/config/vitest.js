/**
 * The Vitest preset of every workspace. Each run also writes a JSON report to
 * `test-results/vitest.json`, so that `.ci/run` can add up the tests of every runner
 * into one `N passed, N failed` line.
 * @param {import("./vitest.d.ts").PackageTestOptions} [options]
 */
export function definePackageTests(options = {}) {
  const { environment = "node", setupFiles = [], include, exclude = [] } = options;
  return {
    test: {
      environment,
      setupFiles,
      include: include ?? ["src/**/*.test.{ts,tsx,js}"],
      exclude: ["**/node_modules/**", "**/dist/**", "src/**/*.browser.test.{ts,tsx}", ...exclude],
      reporters: ["default", "json"],
      outputFile: { json: "test-results/vitest.json" },
    },
  };
}
