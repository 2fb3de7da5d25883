import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { captureCli } from "@communs/config/cli-capture";
import { describe, expect, it } from "vitest";
import { runCli } from "./cli-run";
import { innovation } from "./editions/innovation";
import { encodeShareCode } from "./share-code";

const packageRoot = path.resolve(import.meta.dirname, "..");

const run = (...argv: string[]) =>
  captureCli(runCli, argv, { interactive: false, cwd: packageRoot });

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
    expect(result.out).toContain("3 problèmes dans la définition :");
    expect(result.out).toContain(
      "/questions/1/when : la condition cite une question absente : nowhere",
    );
    expect(result.out).toContain("/axes/0/label/en : traduction manquante (en)");
    const english = await run("validate", path.join(dir, "broken.json"), "--locale", "en");
    expect(english.out).toContain("3 problems in the definition:");
    expect(english.out).toContain("/axes/0/label/en: missing translation (en)");
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
    const withBad = await run("aggregate", "innovation", dir, "--locale", "en");
    expect(withBad.code).toBe(1);
    expect(withBad.out).toContain("2 respondents");
    expect(withBad.out).toContain("1 file skipped");
    expect(withBad.err).toContain("Invalid JSON");
    const french = await run("aggregate", "innovation", dir);
    expect(french.out).toContain("2 répondants");
    expect(french.out).toContain("1 fichier ignoré");
  });

  it("speaks French by default, else the language of --locale or of the environment", async () => {
    expect((await run("validate", "innovation")).out).toMatch(/^Définition valide/);
    const withEnv = async (env: Record<string, string>) => {
      const out: string[] = [];
      await runCli(["validate", "resilience"], {
        out: (t) => out.push(t),
        err: () => undefined,
        interactive: false,
        env,
        cwd: packageRoot,
      });
      return out.join("\n");
    };
    expect(await withEnv({ LANG: "en_GB.UTF-8" })).toMatch(/^Valid definition/);
    expect(await withEnv({ LANG: "en_GB.UTF-8", LC_ALL: "fr_FR.UTF-8" })).toMatch(/^Définition/);
    expect(await withEnv({ LANG: "C.UTF-8" })).toMatch(/^Définition valide/);
    expect((await run("validate", "resilience", "--locale", "en")).out).toMatch(
      /^Valid definition: resilience \S+ \(\d+ questions\)\.$/,
    );
  });

  it("chooses plural forms with the language's rules, not an (s)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sonar-cli-"));
    const broken = structuredClone(innovation);
    broken.axes[0]!.label = { fr: "Seul" };
    writeFileSync(path.join(dir, "one.json"), JSON.stringify(broken));
    expect((await run("validate", path.join(dir, "one.json"))).out).toContain(
      "1 problème dans la définition :",
    );
    expect((await run("validate", path.join(dir, "one.json"), "--locale", "en")).out).toContain(
      "1 problem in the definition:",
    );
    writeFileSync(path.join(dir, "a.json"), JSON.stringify({ answers: { risk: 5 } }));
    const score = await run("score", "innovation", path.join(dir, "a.json"));
    expect(score.out).toContain("1 réponse, aucune passée");
    expect(score.out).not.toMatch(/\(s\)/);
  });

  it("prints no stage line for a model without stages, and a tie as a tie", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sonar-cli-"));
    const answers = (openness: number, testing: number) =>
      JSON.stringify({
        answers: { "users-met": openness, partners: openness, pilot: testing, stop: testing },
      });
    writeFileSync(path.join(dir, "high.json"), answers(5, 5));
    writeFileSync(path.join(dir, "centre.json"), answers(3, 3));
    const high = await run("score", "examples/two-by-two.json", path.join(dir, "high.json"));
    expect(high.code).toBe(0);
    expect(high.out).toMatch(/Style : Co-construction \(net, confiance 100\s%\)/u);
    expect(high.out).not.toMatch(/Étape/);
    const centre = await run(
      "score",
      "examples/two-by-two.json",
      path.join(dir, "centre.json"),
      "--locale",
      "en",
    );
    expect(centre.out).toContain(
      "Style: Steward (exact tie between Steward, Convener, In-house lab, and Co-design, confidence 0%)",
    );
    expect(centre.out).not.toMatch(/Stage/);
    const team = await run("aggregate", "examples/two-by-two.json", dir);
    expect(team.out).toContain("Répartition des styles :");
    expect(team.out).not.toContain("Répartition des étapes");
  });

  it("says in good French that no stage could be placed", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sonar-cli-"));
    writeFileSync(path.join(dir, "a.json"), JSON.stringify({ answers: { risk: 5 } }));
    const score = await run("score", "innovation", path.join(dir, "a.json"));
    expect(score.out).toContain("Étape : pas assez de réponses pour en situer une");
    expect(score.out).not.toContain("aucun\n");
  });

  it("counts and groups the problems, in the chosen language throughout", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sonar-cli-"));
    const broken = JSON.parse(JSON.stringify(innovation));
    broken.scoring.hybridSpread = 2;
    for (const question of broken.questions.slice(0, 3)) question.prompt = { fr: "Seul" };
    writeFileSync(path.join(dir, "broken.json"), JSON.stringify(broken));
    const french = await run("validate", path.join(dir, "broken.json"));
    expect(french.code).toBe(1);
    expect(french.out.split("\n")).toEqual([
      "4 problèmes dans la définition :",
      "  /questions/*/prompt/en : traduction manquante (en) (3 fois)",
      "    /questions/0/prompt/en",
      "    /questions/1/prompt/en",
      "    /questions/2/prompt/en",
      "  /scoring/hybridSpread : nombre trop grand (2) : 1 au plus",
    ]);
    const json = JSON.parse(
      (await run("validate", path.join(dir, "broken.json"), "--json", "--locale", "en")).out,
    );
    expect(json.counts).toEqual({ errors: 4, warnings: 0, total: 4 });
    expect(json.groups).toContainEqual({
      code: "missing-translation",
      pattern: "/questions/*/prompt/en",
      count: 3,
    });
    expect(json.issues).toContainEqual({
      code: "number-too-big",
      pointer: "/scoring/hybridSpread",
      params: { maximum: 1, found: "2" },
      message: "number too large (2): at most 1",
    });
  });

  it("locates malformed JSON by line and column", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sonar-cli-"));
    writeFileSync(path.join(dir, "bad.json"), '{\n  "format": 1,\n  "axes": [1, 2,]\n}');
    const result = await run("validate", path.join(dir, "bad.json"));
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      "(document entier) : JSON illisible ligne 3, colonne 17 : « ] » inattendu",
    );
    expect(result.out).not.toMatch(/position/);
    const score = await run("score", "innovation", path.join(dir, "bad.json"), "--locale", "en");
    expect(score.err).toContain("unreadable JSON at line 3, column 17: unexpected “]”");
  });

  it("exits 2 on usage errors", async () => {
    expect((await run()).code).toBe(2);
    expect((await run("frobnicate")).code).toBe(2);
    expect((await run("score", "innovation")).code).toBe(2);
    expect((await run("score", "innovation", "missing.json")).code).toBe(2);
    const badLocale = await run("validate", "x", "--locale", "de");
    expect(badLocale.code).toBe(2);
    expect(badLocale.err).toContain("--locale attend fr ou en, pas « de ».");
    expect((await run("--help")).code).toBe(0);
  });
});
