import path from "node:path";
import { captureCli } from "@communs/config/cli-capture";
import { forbiddenImports } from "@communs/config/import-graph";
import { describe, expect, it } from "vitest";
import { CliInvalidInput, CliUsageError, defineCli, exitCodes, type CliStreams } from "./cli";

/** A CLI with one command that prints what the kit gave it. */
const runCli = defineCli({
  version: "1.2.3",
  usage: (locale) => (locale === "en" ? "Usage: demo <command>" : "Utilisation : demo <commande>"),
  options: {
    out: { type: "string", short: "o" },
    overlay: { type: "string", multiple: true, default: [] },
    dry: { type: "boolean", default: false },
  },
  async run({ command, operands, values, json, locale, localeTag, io }) {
    if (command === "refuse") throw new CliInvalidInput(operands[0] ?? "");
    if (command === "misuse") throw new CliUsageError(`misused: ${operands.join(" ")}`);
    if (command === "crash") throw new Error("a bug");
    // The types follow the declarations: string | undefined, string[], boolean.
    const out: string | undefined = values.out;
    const overlays: string[] = values.overlay;
    const dry: boolean = values.dry;
    // @ts-expect-error: a string option is no number (the values are typed, not `any`)
    const wrong: number = values.out;
    void wrong;
    io.out(JSON.stringify({ command, operands, out, overlays, dry, json, locale, localeTag }));
    return exitCodes.ok;
  },
});

const run = (argv: string[], env: CliStreams["env"] = {}) => captureCli(runCli, argv, { env });
const parsed = async (argv: string[], env?: CliStreams["env"]) =>
  JSON.parse((await run(argv, env)).out) as Record<string, unknown>;

describe("defineCli: the common options", () => {
  it("refuses an unknown option with a usage error in French, else in the chosen language", async () => {
    expect(await run(["show", "--frob"])).toEqual({
      code: 2,
      out: "",
      err: "Option inconnue : --frob\nUtilisation : demo <commande>",
    });
    expect(await run(["show", "-x"], { LANG: "en_GB.UTF-8" })).toEqual({
      code: 2,
      out: "",
      err: "Unknown option: -x\nUsage: demo <command>",
    });
    // The language is read first, wherever --locale stands.
    expect((await run(["show", "--frob", "--locale", "en"])).err).toMatch(
      /^Unknown option: --frob\n/,
    );
  });

  it("refuses a missing value, a value given to a flag and an option taken for a value", async () => {
    expect(await run(["show", "--out"])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^L'option --out attend une valeur\./),
    });
    expect((await run(["show", "--out", "--dry"], { LANG: "en" })).err).toMatch(
      /^Option --out needs a value\./,
    );
    expect((await run(["show", "--json=yes"], { LANG: "en" })).err).toMatch(
      /^Option --json takes no value\./,
    );
    expect((await parsed(["show", "--out=-"])).out).toBe("-");
  });

  it("prints the version with --version or -v, before anything else", async () => {
    expect(await run(["--version"])).toEqual({ code: 0, out: "1.2.3", err: "" });
    expect(await run(["show", "-v", "--help"])).toEqual({ code: 0, out: "1.2.3", err: "" });
  });

  it("prints the usage on stdout: exit 0 when asked, 2 without a command", async () => {
    expect(await run(["--help", "--locale", "en"])).toEqual({
      code: 0,
      out: "Usage: demo <command>",
      err: "",
    });
    expect((await run(["-h"])).code).toBe(0);
    expect((await run(["help"])).code).toBe(0);
    expect(await run([])).toEqual({ code: 2, out: "Utilisation : demo <commande>", err: "" });
  });

  it("takes the language from --locale, else LC_ALL, LC_MESSAGES, LANG, else French", async () => {
    const env = { LC_ALL: "en_US.UTF-8", LC_MESSAGES: "fr_FR", LANG: "fr_FR" };
    expect((await parsed(["show"])).locale).toBe("fr");
    expect((await parsed(["show"], { LANG: "en_GB.UTF-8" })).locale).toBe("en");
    expect((await parsed(["show"], { LC_MESSAGES: "en", LANG: "fr" })).locale).toBe("en");
    expect((await parsed(["show"], env)).locale).toBe("en");
    expect((await parsed(["show"], { ...env, LC_ALL: "" })).locale).toBe("fr");
    expect((await parsed(["show"], { LANG: "C.UTF-8" })).locale).toBe("fr");
    expect(await parsed(["show", "--locale", "fr"], env)).toMatchObject({
      locale: "fr",
      localeTag: "fr",
    });
  });

  it("refuses a --locale it cannot speak, in the language of the environment", async () => {
    expect(await run(["show", "--locale", "de"])).toEqual({
      code: 2,
      out: "",
      err: "--locale attend fr ou en, pas « de ».\nUtilisation : demo <commande>",
    });
    expect((await run(["show", "--locale", "de"], { LANG: "en" })).err).toMatch(
      /^--locale takes fr or en, not “de”\.\n/,
    );
  });

  it("gives run the command, its operands, typed values and --json", async () => {
    expect(
      await parsed(["show", "a", "-o", "x.md", "--overlay", "1", "--overlay=2", "b", "--json"]),
    ).toEqual({
      command: "show",
      operands: ["a", "b"],
      out: "x.md",
      overlays: ["1", "2"],
      dry: false,
      json: true,
      locale: "fr",
      localeTag: "fr",
    });
    expect((await parsed(["show", "--", "--json"])).operands).toEqual(["--json"]);
  });
});

describe("defineCli: exit codes of run", () => {
  it("turns CliUsageError into 2 with the usage, CliInvalidInput into 1", async () => {
    expect(await run(["misuse", "a"], { LANG: "en" })).toEqual({
      code: 2,
      out: "",
      err: "misused: a\nUsage: demo <command>",
    });
    expect(await run(["refuse", "bad data"])).toEqual({ code: 1, out: "", err: "bad data" });
    expect(await run(["refuse"])).toEqual({ code: 1, out: "", err: "" });
    await expect(run(["crash"])).rejects.toThrow("a bug");
  });
});

describe("defineCli: what a CLI may add", () => {
  const tagged = defineCli({
    version: "0",
    usage: () => "usage",
    localeAliases: ["lang"],
    acceptLocale: (tag) =>
      /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(tag) ? (tag.startsWith("en") ? "en" : "fr") : undefined,
    messages: {
      fr: { badLocale: "Valeur refusée pour {option} : « {value} » (attendu : {expected})." },
    },
    async run({ locale, localeTag, io }) {
      io.out(`${locale} ${localeTag}`);
      return 0;
    },
  });

  it("accepts more language tags, another name for --locale and its own wording", async () => {
    expect((await captureCli(tagged, ["x", "--locale", "br"], {})).out).toBe("fr br");
    expect((await captureCli(tagged, ["x", "--lang", "en-GB"], {})).out).toBe("en en-GB");
    expect((await captureCli(tagged, ["x", "--lang", "EN_gb"], {})).err).toBe(
      "Valeur refusée pour --lang : « EN_gb » (attendu : fr, en).\nusage",
    );
  });
});

describe("the entry", () => {
  it("stays out of the browser entries, which import no Node module", () => {
    for (const entry of ["index.ts", "csv.ts"]) {
      const { offenders } = forbiddenImports(
        path.join(import.meta.dirname, entry),
        (specifier) => specifier.startsWith("node:") || specifier === "./cli",
      );
      expect(offenders, entry).toEqual([]);
    }
  });
});
