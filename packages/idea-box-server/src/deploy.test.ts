import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "./config";

const deployDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../deploy");
const unitName = "communs-idea-box-server.service";
const unit = readFileSync(path.join(deployDir, unitName), "utf8");
const envExample = readFileSync(path.join(deployDir, "idea-box-server.env.example"), "utf8");

const hasSystemdAnalyze = spawnSync("systemd-analyze", ["--version"]).status === 0;
const scratch = mkdtempSync(path.join(os.tmpdir(), "communs-unit-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** `systemd-analyze <args> <unit>` on this text, written under the unit's real name; its messages and status. */
function analyze(args: string[], text: string) {
  const file = path.join(scratch, unitName);
  // The unit runs /usr/bin/node (Debian's path with NodeSource's package); where Node lives
  // elsewhere, point it at this Node so verify checks the rest rather than this machine's layout.
  const local = text.replace("ExecStart=/usr/bin/node ", `ExecStart=${process.execPath} `);
  writeFileSync(file, local);
  const result = spawnSync("systemd-analyze", [...args, file], { cwd: scratch, encoding: "utf8" });
  return { status: result.status, messages: `${result.stdout}${result.stderr}`.trim() };
}

/** KEY=VALUE lines as systemd's EnvironmentFile reads them (comments and blank lines skipped). */
function environmentFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const match = /^\s*([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line);
    if (match) values[match[1]!] = match[2]!.trim().replace(/^"(.*)"$/, "$1");
  }
  return values;
}

const directive = (name: string) =>
  unit
    .split("\n")
    .filter((line) => line.startsWith(`${name}=`))
    .map((line) => line.slice(name.length + 1));

describe("systemd unit (deploy/communs-idea-box-server.service)", () => {
  it("keeps its settings in /etc/communs/idea-box-server.env and its PGlite data in StateDirectory", () => {
    expect(directive("EnvironmentFile")).toEqual(["/etc/communs/idea-box-server.env"]);
    expect(directive("StateDirectory")).toEqual(["communs-idea-box-server"]);
    expect(directive("Environment")).toContain("IDEA_BOX_DATA_DIR=%S/communs-idea-box-server");
    expect(directive("Environment")).toContain("NODE_ENV=production");
    expect(directive("ExecStart")[0]).toMatch(/\/dist\/cli\.js start$/);
    expect(directive("Restart")).toEqual(["on-failure"]);
    expect(directive("ProtectSystem")).toEqual(["strict"]);
    expect(directive("DynamicUser")).toEqual(["yes"]);
  });

  it("has an example environment file the server accepts in production", () => {
    const env = environmentFile(envExample);
    expect(Object.keys(env)).toContain("DATABASE_URL");
    const config = loadConfig({ ...env, NODE_ENV: "production" });
    expect(config.databaseUrl).toBe(env.DATABASE_URL);
    expect(config.trustProxy).toBe(true);
  });

  describe.skipIf(!hasSystemdAnalyze)(
    `systemd-analyze${hasSystemdAnalyze ? "" : " (skipped: not installed here; apt-get install systemd)"}`,
    () => {
      it("verify finds nothing to say about the unit", () => {
        expect(analyze(["verify"], unit)).toEqual({ status: 0, messages: "" });
      });

      it("verify reports a mistyped directive and a wrong value (the check can fail)", () => {
        const broken = unit
          .replace("ProtectSystem=strict", "ProtectSystem=stricter")
          .replace("Restart=on-failure", "Restart=on-failure\nRestartSecs=5s");
        const { messages } = analyze(["verify"], broken);
        expect(messages).toContain("Unknown key 'RestartSecs'");
        expect(messages).toContain("Failed to parse protect system value");
      });

      it("security rates its exposure at most 2.0 (0 = fully confined, 10 = unconfined)", () => {
        const { status, messages } = analyze(
          ["security", "--offline=true", "--no-pager", "--threshold=20"],
          unit,
        );
        const exposure = /Overall exposure level for \S+: ([\d.]+)/.exec(messages)?.[1];
        expect({ status, exposure: Number(exposure) <= 2 }).toEqual({ status: 0, exposure: true });
      });
    },
  );
});
