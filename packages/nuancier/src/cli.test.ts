import { spawn } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { captureCli } from "@communs/config/cli-capture";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./cli-run";
import { nuancierContent } from "./content/index";
import { crossBorderOverlay, localSectorOverlay } from "./fixtures/overlays";

const packageRoot = path.resolve(import.meta.dirname, "..");
let work: string;
let bin: string;

const file = async (name: string, content: unknown) => {
  const target = path.join(work, name);
  await writeFile(target, typeof content === "string" ? content : JSON.stringify(content));
  return target;
};

/** The real program: the committed thin `bin` file in front of a bundle of `src/cli.ts`. */
async function spawnCli(argv: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [bin, ...argv], {
    cwd: work,
    env: { PATH: process.env.PATH ?? "", ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return { code, stdout, stderr };
}

const run = (...argv: string[]) => captureCli(runCli, argv, { cwd: work });

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "nuancier-cli-"));
  // Inside the package, so that the bundle finds zod and @communs/i18n in node_modules.
  const built = path.join(packageRoot, "test-results", "cli-build");
  await rm(built, { recursive: true, force: true });
  await mkdir(path.join(built, "bin"), { recursive: true });
  await build({
    entryPoints: [path.join(packageRoot, "src/cli.ts")],
    outfile: path.join(built, "dist/cli.js"),
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    logLevel: "silent",
  });
  bin = path.join(built, "bin/communs-nuancier.js");
  await copyFile(path.join(packageRoot, "bin/communs-nuancier.js"), bin);
}, 60_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("communs-nuancier, spawned", () => {
  it("validates an overlay (exit 0) and says what it changes, in French by default", async () => {
    const overlay = await file("centre.json", crossBorderOverlay);
    const result = await spawnCli(["validate", overlay]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Extension valide : 11 modifications.");
    expect(result.stdout).toContain("/remove/formats/0 : Retrait de « webinar » (formats)");
  });

  it("refuses an invalid overlay with located messages in English (exit 1)", async () => {
    const overlay = await file("twin.json", {
      schemaVersion: 1,
      add: { sectors: [{ ...localSectorOverlay.add.sectors[0], code: "1", pattern: "stripes" }] },
    });
    const result = await spawnCli(["validate", overlay, "--locale", "en"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "/add/sectors/0: Sector “frugal-digital” has the same number (1) and pattern (stripes) as “geopolitics”",
    );
  });

  it("takes the language from LANG when --locale is not given", async () => {
    const overlay = await file("centre.json", crossBorderOverlay);
    const result = await spawnCli(["validate", overlay], { LANG: "en_GB.UTF-8" });
    expect(result.stdout).toContain("Valid overlay: 11 changes.");
  });

  it("exits 2 on a usage error or a missing file, with the usage in the chosen language", async () => {
    const unknown = await spawnCli(["frobnicate", "--locale", "en"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown command: frobnicate");
    expect(unknown.stderr).toContain("Usage: communs-nuancier");
    const missing = await spawnCli(["validate", "nowhere.json"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Impossible de lire nowhere.json");
    expect((await spawnCli(["export", "--select", "x", "--format", "pdf"])).code).toBe(2);
    expect((await spawnCli([])).code).toBe(2);
    expect(await spawnCli(["--help"])).toMatchObject({ code: 0 });
  });

  it("exports a path with an overlay as CSV with a byte-order mark", async () => {
    const overlay = await file("centre.json", crossBorderOverlay);
    const result = await spawnCli([
      "export",
      "--overlay",
      overlay,
      "--select",
      "learning-elsewhere,generating-ideas",
      "--format",
      "csv",
      "--locale",
      "en",
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith("\uFEFFStep,Sector,Nuance")).toBe(true);
    expect(result.stdout).toContain("Centre de formation transfrontalier d'exemple (CC-BY-SA-4.0)");
  });
});

describe("communs-nuancier validate", () => {
  it("validates a whole palette too", async () => {
    const palette = await file("palette.json", nuancierContent);
    expect(await run("validate", palette, "--locale", "en")).toMatchObject({
      code: 0,
      out: "Valid palette: 8 sectors, 32 nuances, 10 formats, 4 audiences.",
    });
  });

  it("gives JSON with codes, pointers and sentences", async () => {
    const overlay = await file("bad.json", {
      schemaVersion: 1,
      override: { nuances: { "generating-ideas": { formats: { append: ["sprint"] } } } },
    });
    const result = await run("validate", overlay, "--json", "--locale", "en");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.out) as { valid: boolean; issues: unknown[] };
    expect(report.valid).toBe(false);
    expect(report.issues).toEqual([
      {
        pointer: "/override/nuances/generating-ideas/formats/append/0",
        code: "already-in-list",
        params: { id: "sprint", field: "formats" },
        message: "“sprint” is already in the formats list.",
      },
    ]);
  });

  it("says where JSON is broken (exit 1)", async () => {
    const broken = await file("broken.json", '{ "schemaVersion": 1, ');
    const result = await run("validate", broken, "--locale", "en");
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^Invalid JSON in .*broken\.json: /);
  });

  it("checks an overlay against another base palette", async () => {
    const extended = await run("apply", await file("local.json", localSectorOverlay));
    const base = await file("extended.json", extended.out);
    // The local sector exists in that base, so adding it again is a conflict.
    const again = await run(
      "validate",
      path.join(work, "local.json"),
      "--base",
      base,
      "--locale",
      "en",
    );
    expect(again.code).toBe(1);
    expect(again.out).toContain(
      "/add/sectors/0/id: The id “frugal-digital” already exists in sectors.",
    );
  });
});

describe("communs-nuancier apply", () => {
  it("applies overlays in order and writes a palette that keeps their sources", async () => {
    const first = await file("local.json", localSectorOverlay);
    const second = await file("centre.json", crossBorderOverlay);
    const out = path.join(work, "merged.json");
    const result = await run("apply", first, second, "--out", out, "--locale", "en");
    expect(result.code).toBe(0);
    expect(result.out).toContain(`${first}: 5 changes.`);
    expect(result.out).toContain(`Written to ${out}.`);
    const merged = JSON.parse(await readFile(out, "utf8")) as typeof nuancierContent;
    expect(merged.contributions?.map((entry) => entry.name)).toEqual([
      "Département d'exemple",
      "Centre de formation transfrontalier d'exemple",
    ]);
    expect((await run("validate", out)).code).toBe(0);
  });

  it("writes nothing and exits 1 when an overlay is refused", async () => {
    const bad = await file("bad.json", { schemaVersion: 1, remove: { sectors: ["geopolitics"] } });
    const out = path.join(work, "never.json");
    const result = await run("apply", bad, "--out", out, "--locale", "en");
    expect(result.code).toBe(1);
    expect(result.err).toContain("/remove/sectors/0: “geopolitics” cannot be removed");
    await expect(readFile(out)).rejects.toThrow();
  });

  it("prints the palette on stdout and the report on stderr without --out", async () => {
    const result = await run("apply", await file("local.json", localSectorOverlay), "--json");
    expect(JSON.parse(result.out).sectors).toHaveLength(9);
    expect(JSON.parse(result.err).applied[0].changes).toHaveLength(5);
  });
});

describe("communs-nuancier export", () => {
  it("exports Markdown from a share link, in French or English", async () => {
    const link =
      "https://example.org/nuancier?nuancier=n%3Drapid-prototyping.reframing-the-brief%26o%3Dprogressive";
    const fr = await run("export", "--select", link);
    expect(fr.code).toBe(0);
    expect(fr.out).toMatch(/^# Parcours de formation\n/);
    expect(fr.out).toContain("Progression être → faire → agir");
    const en = await run("export", "--select", link, "--locale", "en", "--max-hours", "100");
    expect(en.out).toContain("1. **Rapid prototyping**");
  });

  it("exports JSON with --json and flags what it could not place (exit 1)", async () => {
    const result = await run(
      "export",
      "--select",
      "rapid-prototyping ghost",
      "--json",
      "--locale",
      "en",
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain("/selection/1: The nuance “ghost” is not in this palette.");
    expect(JSON.parse(result.out).steps).toHaveLength(1);
  });

  it("refuses bad constraints as usage errors and an unknown audience as bad input", async () => {
    expect((await run("export", "--select", "rapid-prototyping", "--order", "random")).code).toBe(
      2,
    );
    expect((await run("export", "--select", "rapid-prototyping", "--max-hours", "-1")).code).toBe(
      2,
    );
    expect(
      (await run("export", "--select", "rapid-prototyping", "--audience", "robots")).code,
    ).toBe(1);
    expect((await run("export")).code).toBe(2);
  });
});
