import { mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { captureCli } from "@communs/config/cli-capture";
import { describe, expect, it } from "vitest";
import { runCli } from "./cli-run";

const here = path.dirname(fileURLToPath(import.meta.url));
const data = path.join(here, "../data/la-27e-region-2018.json");
const fixture = (name: string) => path.join(here, "../fixtures", name);

const run = (...argv: string[]) => captureCli(runCli, argv, {});

describe("communs-report", () => {
  it("exits 0 on the 2018 report", async () => {
    expect((await run("validate", data)).code).toBe(0);
  });

  it("exits 1 on a broken file with located messages in French and English", async () => {
    const fr = await run("validate", fixture("invalid-report.json"), "--lang", "fr");
    expect(fr.code).toBe(1);
    expect(fr.out).toContain(
      "À /programmes/0/coFunders : les parts de cofinancement totalisent 90 %",
    );
    const en = await run("validate", fixture("invalid-report.json"), "--lang", "en");
    expect(en.out).toContain("At /programmes/0/coFunders: co-funding shares add up to 90 %");
  });

  it("gives JSON output with counts, codes and messages", async () => {
    const { code, out } = await run(
      "validate",
      fixture("invalid-report.json"),
      data,
      "--format",
      "json",
      "--lang",
      "en",
    );
    expect(code).toBe(1);
    const parsed = JSON.parse(out) as {
      files: { ok: boolean; errorCount: number; issues: { code: string; message: string }[] }[];
    };
    expect(parsed.files.map((file) => file.ok)).toEqual([false, true]);
    expect(parsed.files[0]!.errorCount).toBe(parsed.files[0]!.issues.length);
    expect(parsed.files[0]!.issues[0]!.message).toMatch(/^At \//);
  });

  it("reports malformed JSON with line and column", async () => {
    const { code, out } = await run("validate", fixture("malformed-report.txt"), "--lang", "en");
    expect(code).toBe(1);
    expect(out).toContain("line 4, column 3");
  });

  it("exits 2 on usage errors and unreadable input", async () => {
    expect((await run()).code).toBe(2);
    expect((await run("validate")).code).toBe(2);
    expect((await run("explode", data)).code).toBe(2);
    expect((await run("validate", data, "--format", "xml")).code).toBe(2);
    expect((await run("validate", "/nowhere/report.json")).code).toBe(2);
  });

  it("prints stats", async () => {
    const { code, out } = await run("stats", data, "--format", "json");
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      year: 2018,
      programmes: 6,
      institutionalMembers: 35,
      individualMembers: 19,
    });
  });

  it("goes to CSV sheets and XLSX and back, and never writes over its input", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "communs-report-"));
    expect((await run("to-sheets", data, "--out", path.join(dir, "csv"))).code).toBe(0);
    expect(await readdir(path.join(dir, "csv"))).toContain("programmes.sites.residents.csv");
    expect(
      (await run("from-sheets", path.join(dir, "csv"), "--out", path.join(dir, "back.json"))).code,
    ).toBe(0);
    expect((await run("validate", path.join(dir, "back.json"))).code).toBe(0);
    expect((await run("to-sheets", data, "--out", path.join(dir, "report.xlsx"))).code).toBe(0);
    expect((await run("validate", path.join(dir, "report.xlsx"))).code).toBe(0);
    const copy = path.join(dir, "copy.json");
    await writeFile(copy, await readFile(data));
    expect((await run("migrate", copy, "--to", "0.9.0", "--out", copy)).code).toBe(2);
    expect(await readFile(copy, "utf8")).toBe(await readFile(data, "utf8"));
  });

  it("says in the user's language why an XLSX file cannot be read, and exits 2", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "communs-report-"));
    const bad = path.join(dir, "rapport.xlsx");
    await writeFile(bad, "Titre;Valeur\n");
    const fr = await run("validate", bad, "--locale", "fr");
    expect(fr.code).toBe(2);
    expect(fr.err).toContain(
      `Impossible de lire ${bad} : Dans le document : le fichier n'est pas un classeur XLSX`,
    );
    // Commands other than validate too, instead of a stack trace.
    const en = await run(
      "from-sheets",
      bad,
      "--out",
      path.join(dir, "back.json"),
      "--locale",
      "en",
    );
    expect(en.code).toBe(2);
    expect(en.err).toContain(`${bad}: In the document: the file is not an XLSX workbook`);
  });

  it("migrates an old file", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "communs-report-"));
    const out = path.join(dir, "new.json");
    expect((await run("migrate", fixture("report-0.9.0.json"), "--out", out)).code).toBe(0);
    expect((await run("validate", out)).code).toBe(0);
  });

  it("exports JSON-LD and key figures", async () => {
    const jsonld = await run("jsonld", data);
    expect(JSON.parse(jsonld.out)["@context"]).toBe("https://schema.org");
    const csv = await run("key-figures", data, "--lang", "en");
    expect(csv.out.split("\n")[0]).toMatch(/^\uFEFFid,family,label/);
  });
});

describe("communs-report compare and progress", () => {
  const reports = ["la-27e-region-2017.json", "la-27e-region-2018.json", "mindlab-2014.json"].map(
    (name) => path.join(here, "../data", name),
  );

  it("compares three reports as a text table, saying what does not compare", async () => {
    const { code, out } = await run("compare", ...reports, "--lang", "fr");
    expect(code).toBe(0);
    expect(out).toContain("Comparaison de 3 rapports");
    expect(out).toMatch(/La 27e Région 2017 +La 27e Région 2018 +MindLab 2014/);
    expect(out).toMatch(/Adhérents institutionnels +— +35 +— +nombre$/m);
    expect(out).toMatch(/Équipe permanente +— +10 +— +personnes$/m);
    expect(out).toContain("La 27e Région : années manquantes dans la série (2009–2016)");
  });

  it("compares as JSON with stable row identifiers and worded reasons", async () => {
    const { code, out } = await run("compare", ...reports, "--format", "json", "--lang", "en");
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as {
      reports: { key: string }[];
      rows: { id: string; label: string; reasons: { message: string }[] }[];
    };
    expect(parsed.reports).toHaveLength(3);
    const budget = parsed.rows.find((row) => row.id === "annual-budget")!;
    expect(budget.label).toBe("Annual budget");
    expect(budget.reasons.map((reason) => reason.message)).toContain(
      "La 27e Région: years missing from the series (2009–2016)",
    );
  });

  it("needs two valid reports", async () => {
    expect((await run("compare", reports[0]!)).code).toBe(2);
    expect((await run("compare", reports[0]!, fixture("invalid-report.json"))).code).toBe(1);
  });

  const withProgress = async (argv: string[], tty: boolean) => {
    const lines: string[] = [];
    const out: string[] = [];
    await runCli(argv, {
      out: (text) => out.push(text),
      err: () => {},
      env: {},
      progress: tty ? (text) => lines.push(text) : undefined,
      progressDelayMs: 0,
    });
    return { lines, out };
  };

  it("shows progress on a terminal, and nothing in a pipe or with --format json", async () => {
    const terminal = await withProgress(["compare", ...reports], true);
    expect(
      terminal.lines.some((line) => line.startsWith(`[1/4] validation de ${reports[0]}… `)),
    ).toBe(true);
    expect(terminal.lines.some((line) => line.startsWith("[4/4] comparaison…"))).toBe(true);
    expect(terminal.lines.at(-1)).toBe("");
    expect((await withProgress(["compare", ...reports], false)).lines).toEqual([]);
    expect((await withProgress(["compare", ...reports, "--format", "json"], true)).lines).toEqual(
      [],
    );
  });

  it("titles groups of issues in words", async () => {
    const { out } = await run("validate", fixture("invalid-report.json"), "--lang", "en");
    expect(out).toContain("✘ Missing required fields");
    expect(out).not.toMatch(/✘ required\b/);
  });
});

describe("communs-report options shared with the other Communs CLIs", () => {
  it("takes --locale and --json, keeping --lang and --format json", async () => {
    const viaLocale = await run("validate", fixture("invalid-report.json"), "--locale", "en");
    expect(viaLocale.out).toContain("✘ Missing required fields");
    const viaJson = await run("validate", data, "--json");
    expect(JSON.parse(viaJson.out)).toMatchObject({ files: [{ ok: true }] });
    expect(await run("validate", data, "--format", "json")).toEqual(viaJson);
  });

  it("prints its version and its usage, and words an unknown option", async () => {
    const { version } = JSON.parse(await readFile(path.join(here, "../package.json"), "utf8"));
    expect(await run("--version")).toEqual({ code: 0, out: version, err: "" });
    expect(await run("help", "--locale", "en")).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^Usage: communs-report <command>/),
    });
    expect(await run("validate", data, "--verbose", "--lang", "en")).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^Unknown option: --verbose\nUsage: communs-report/),
    });
  });

  it("exits 2 with a clear message on a bad --locale", async () => {
    const result = await run("validate", data, "--locale", "de");
    expect(result.code).toBe(2);
    expect(result.err).toContain("--locale de : valeurs possibles fr, en");
  });

  it("counts with real plurals", async () => {
    const { out } = await run("validate", fixture("invalid-report.json"), "--locale", "fr");
    expect(out).toMatch(/invalide, \d+ erreurs, \d+ avertissements/);
  });
});
