import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));

describe("size budgets", () => {
  it("fail the run when a module grows past its budget", async () => {
    const outcome = await run("npx", ["size-limit"], {
      cwd: path.join(here, "fixtures/over-budget"),
    }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error) => ({ code: error.code, stdout: `${error.stdout}${error.stderr}` }),
    );
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toMatch(/Size limit has exceeded|exceeded/i);
    expect(outcome.stdout).toContain("100 B");
  }, 60_000);
});
