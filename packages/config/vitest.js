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

/**
 * The preset of the servers' tests: one PGlite (or PostgreSQL database) per test file, files
 * one after another (PGlite is memory-hungry), long timeouts for real processes and databases,
 * and the JSON report at `VITEST_JSON_REPORT` when `test:pg` names one.
 * @param {import("./vitest.d.ts").ServerTestOptions} [options]
 */
export function defineServerTests(options = {}) {
  const { testTimeout = 120_000, hookTimeout = 120_000 } = options;
  const base = definePackageTests();
  const report = process.env.VITEST_JSON_REPORT;
  return {
    test: {
      ...base.test,
      fileParallelism: false,
      testTimeout,
      hookTimeout,
      ...(report ? { outputFile: { json: report } } : {}),
    },
  };
}
