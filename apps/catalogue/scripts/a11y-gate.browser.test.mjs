import { execFile } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const catalogue = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const brokenStory = "fixtures-broken--low-contrast-and-unnamed-controls";

/** Runs a command and returns its exit code and output instead of throwing on failure. */
async function runCommand(command, args, env = {}) {
  try {
    const { stdout, stderr } = await run(command, args, {
      cwd: catalogue,
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout ?? "", stderr: error.stderr ?? "" };
  }
}

describe("the accessibility gate", () => {
  beforeAll(async () => {
    const build = await runCommand(
      "npx",
      ["storybook", "build", "--quiet", "--disable-telemetry", "-o", "storybook-fixtures"],
      { COMMUNS_FIXTURES: "1" },
    );
    if (build.code !== 0) throw new Error(`fixture build failed:\n${build.stderr}`);
  });

  it("keeps the broken fixture out of the published catalogue", async () => {
    const published = JSON.parse(
      await readFile(path.join(catalogue, "storybook-static/index.json"), "utf8"),
    );
    const fixtures = JSON.parse(
      await readFile(path.join(catalogue, "storybook-fixtures/index.json"), "utf8"),
    );
    expect(Object.keys(published.entries).some((id) => id.startsWith("fixtures-"))).toBe(false);
    expect(Object.keys(fixtures.entries)).toContain(brokenStory);
  });

  it("fails on the broken fixture and lists story, locale, theme, rule and element", async () => {
    const report = path.join(tmpdir(), `communs-gate-${process.pid}.json`);
    const gate = await runCommand("node", [
      "scripts/a11y-gate.mjs",
      "--dir",
      "storybook-fixtures",
      "--only",
      "fixtures-",
      "--report",
      report,
    ]);
    expect(gate.code).toBe(1);
    expect(gate.stdout).toContain(`FAIL ${brokenStory} [fr, default]`);
    expect(gate.stdout).toContain(`FAIL ${brokenStory} [en, dsfr]`);
    expect(gate.stdout).toMatch(/rule color-contrast \(serious\)/);
    expect(gate.stdout).toMatch(/rule button-name \(critical\)/);
    expect(gate.stdout).toMatch(/rule image-alt \(critical\)/);
    expect(gate.stdout).toMatch(/element button/);
    expect(gate.stdout).toContain("0 passed, 6 failed");

    const parsed = JSON.parse(await readFile(report, "utf8"));
    await rm(report, { force: true });
    expect(parsed.numFailedTests).toBe(6);
    const rules = parsed.failures[0].violations.map((violation) => violation.rule).sort();
    expect(rules).toEqual(expect.arrayContaining(["button-name", "color-contrast", "image-alt"]));
    expect(parsed.failures[0].violations[0].elements.length).toBeGreaterThan(0);
  });

  it("refuses to run without a built catalogue, with a usage error", async () => {
    const gate = await runCommand("node", ["scripts/a11y-gate.mjs", "--dir", "no-such-folder"]);
    expect(gate.code).toBe(2);
    expect(gate.stderr).toContain("build the catalogue first");
  });
});
