import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./cli-run";
import { innovation } from "./editions/innovation";
import { encodeShareCode } from "./share-code";

const packageRoot = path.resolve(import.meta.dirname, "..");

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    interactive: false,
    env: {},
    cwd: packageRoot,
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("communs-sonar", () => {
  it("validates the built-in editions (exit 0)", async () => {
    expect(await run("validate", "innovation")).toMatchObject({
      code: 0,
      out: expect.stringContaining("innovation 1.0.0"),
    });
    expect((await run("validate", "resilience", "--json")).out).toContain('"valid": true');
  });

  it("lists every problem of a broken definition with its path (exit 1)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sonar-cli-"));
    const broken = structuredClone(innovation);
    broken.questions[1]!.when = 'nowhere = "x"';
    broken.axes[0]!.label = { fr: "Seul" };
    writeFileSync(path.join(dir, "broken.json"), JSON.stringify(broken));
    const result = await run("validate", path.join(dir, "broken.json"), "--locale", "fr");
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      "/questions/1/when: la condition cite une question absente : nowhere",
    );
    expect(result.out).toContain("/axes/0/label/en: traduction manquante (en)");
  });

  it("scores the example answers file in text and JSON", async () => {
    const text = await run("score", "innovation", "examples/answers.json", "--locale", "en");
    expect(text.code).toBe(0);
    expect(text.out).toContain("Style: Human and social sciences");
    expect(text.out).toContain("Stage: Test");
    expect(text.out).toContain("Pitfalls to avoid:");
    const json = JSON.parse(
      (await run("score", "innovation", "examples/answers.json", "--json")).out,
    );
    expect(json.style.style).toBe("human-sciences");
  });

  it("accepts a share code and flags bad answers (exit 1) while scoring the rest", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sonar-cli-"));
    writeFileSync(
      path.join(dir, "code.json"),
      JSON.stringify({ code: encodeShareCode(innovation, { risk: 5 }) }),
    );
    expect((await run("score", "innovation", path.join(dir, "code.json"), "--json")).code).toBe(0);
    writeFileSync(
      path.join(dir, "bad.json"),
      JSON.stringify({ answers: { risk: 9, keyword: "use", ghost: 1 } }),
    );
    const bad = await run("score", "innovation", path.join(dir, "bad.json"), "--json");
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("/answers/risk (out-of-scale)");
    expect(bad.err).toContain("/answers/ghost (unknown-question)");
    expect(JSON.parse(bad.out).answered).toBe(1);
  });

  it("aggregates a folder of answers", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sonar-cli-"));
    writeFileSync(path.join(dir, "a.json"), JSON.stringify({ risk: 1 }));
    writeFileSync(path.join(dir, "b.json"), JSON.stringify({ risk: 5 }));
    const result = await run("aggregate", "innovation", dir, "--json");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({
      respondents: 2,
      disagreement: ["entrepreneurial", "human-sciences", "technological"],
    });
    writeFileSync(path.join(dir, "c.json"), "{ not json");
    const withBad = await run("aggregate", "innovation", dir);
    expect(withBad.code).toBe(1);
    expect(withBad.out).toContain("2 respondents");
    expect(withBad.err).toContain("Invalid JSON");
  });

  it("exits 2 on usage errors", async () => {
    expect((await run()).code).toBe(2);
    expect((await run("frobnicate")).code).toBe(2);
    expect((await run("score", "innovation")).code).toBe(2);
    expect((await run("score", "innovation", "missing.json")).code).toBe(2);
    expect((await run("validate", "x", "--locale", "de")).code).toBe(2);
    expect((await run("--help")).code).toBe(0);
  });
});
