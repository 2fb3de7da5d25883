// Adds up the tests of every runner (Vitest JSON reports, the packed install's and the
// accessibility gate's reports) found under packages/*/test-results and apps/*/test-results, and prints one line:
// "N passed, N failed". Exit 1 when a test failed or no report was found.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let passed = 0;
let failed = 0;
const lines = [];
for (const group of ["packages", "apps"]) {
  for (const workspace of readdirSync(path.join(root, group)).sort()) {
    const folder = path.join(root, group, workspace, "test-results");
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder)
      .filter((name) => name.endsWith(".json"))
      .sort()) {
      const report = JSON.parse(readFileSync(path.join(folder, file), "utf8"));
      const runnerPassed = report.numPassedTests ?? 0;
      // A suite that could not even load counts as a failure, not as zero tests.
      const runnerFailed = (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
      passed += runnerPassed;
      failed += runnerFailed;
      lines.push(
        `  ${group}/${workspace}/test-results/${file}: ${runnerPassed} passed, ${runnerFailed} failed`,
      );
    }
  }
}
if (lines.length === 0) {
  console.error("No test report found: run npm test (and npm run test:browser) first.");
  process.exit(1);
}
console.log(lines.join("\n"));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
