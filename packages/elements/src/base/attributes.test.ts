import { describe, expect, it } from "vitest";
import { commonSpecs, describeProblem, flag, httpUrl, oneOf, readAttributes } from "./attributes";
import { reserved } from "./reserved";

const specs = {
  ...commonSpecs,
  edition: oneOf(["innovation", "resilience"] as const, "innovation"),
  src: { ...httpUrl("https://example.fr/r.json"), required: true },
  preview: flag(true),
  server: reserved({ fr: "rien pour l’instant", en: "nothing yet" }),
};
const read = (attributes: Record<string, string>) =>
  readAttributes(specs, (name) => attributes[name] ?? null, "https://page.example.fr/a/");

describe("readAttributes", () => {
  it("reads valid attributes, resolving URLs against the page", () => {
    const { values, problems } = read({
      edition: "resilience",
      src: "r.json",
      lang: "en",
      preview: "false",
    });
    expect(problems).toEqual([]);
    expect(values).toMatchObject({
      edition: "resilience",
      src: "https://page.example.fr/a/r.json",
      lang: "en",
      theme: null,
      preview: false,
    });
  });

  it("reports every wrong attribute, not the first, and falls back for optional ones", () => {
    const { values, problems } = read({
      edition: "x",
      theme: "pink",
      lang: "de",
      src: "ftp://x",
      server: "https://s",
    });
    expect(problems.map((problem) => problem.attribute)).toEqual([
      "lang",
      "theme",
      "edition",
      "src",
      "server",
    ]);
    expect(values.edition).toBe("innovation");
    expect(problems.find((problem) => problem.attribute === "src")?.blocking).toBe(true);
    expect(problems.find((problem) => problem.attribute === "theme")?.blocking).toBe(false);
  });

  it("says a missing required attribute blocks, in French and English", () => {
    const [problem] = read({}).problems;
    expect(problem).toMatchObject({ attribute: "src", value: null, blocking: true });
    expect(describeProblem("communs-report", problem!, "fr")).toBe(
      '<communs-report> : l’attribut « src » manque ; attendu : une adresse http(s), par exemple "https://example.fr/r.json".',
    );
    expect(describeProblem("communs-report", problem!, "en")).toContain(
      'attribute "src" is missing',
    );
  });

  it("says what a word list expects", () => {
    const { problems } = read({ src: "https://x.fr", theme: "pink" });
    expect(describeProblem("communs-sonar", problems[0]!, "en")).toBe(
      '<communs-sonar>: attribute "theme" is "pink"; expected "default", "dark" or "dsfr".',
    );
  });
});
