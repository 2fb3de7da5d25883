import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { innovation } from "./editions/innovation";
import { resilience } from "./editions/resilience";
import { definitionJsonSchema } from "./json-schema";
import type { SonarDefinition } from "./types";
import fc from "fast-check";
import { twoByTwo } from "./examples";
import {
  definitionIssueMessagesEn,
  definitionIssueMessagesFr,
  formatDefinitionIssue,
} from "./issue-messages";
import { locateJsonError, readJsonText } from "./json-text";
import { validateDefinition, validateDefinitionText } from "./validate-definition";

const clone = (definition: SonarDefinition): SonarDefinition => structuredClone(definition);

describe("validateDefinition", () => {
  it.each([
    ["innovation", innovation],
    ["resilience", resilience],
  ])("accepts the %s edition", (_, edition) => {
    const result = validateDefinition(edition);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("reports every problem at once, each with its path", () => {
    const broken = clone(innovation);
    const reflex = broken.questions[1]!;
    if ("options" in reflex) reflex.options[0]!.weights = { unknown: 1 };
    broken.questions[2]!.id = "first-reflex";
    broken.questions[3]!.prompt = { fr: "Seulement en français" };
    broken.questions[4]!.when = 'nowhere = "x"';
    broken.questions[5]!.when = 'role = "president"';
    broken.questions[6]!.when = "answered(users-voice)";
    broken.stages[0]!.pitfalls[0] = { fr: "", en: "Empty French" };
    const { issues } = validateDefinition(broken);
    expect(issues).toEqual(
      expect.arrayContaining([
        {
          code: "unknown-axis",
          pointer: "/questions/1/options/0/weights/unknown",
          params: { axis: "unknown" },
        },
        { code: "duplicate-id", pointer: "/questions/2/id", params: { id: "first-reflex" } },
        {
          code: "missing-translation",
          pointer: "/questions/3/prompt/en",
          params: { locale: "en" },
        },
        { code: "unknown-question", pointer: "/questions/4/when", params: { question: "nowhere" } },
        {
          code: "unreachable-question",
          pointer: "/questions/4",
          params: { question: "digital-place" },
        },
        {
          code: "unknown-option",
          pointer: "/questions/5/when",
          params: { question: "role", option: "president" },
        },
        {
          code: "unreachable-question",
          pointer: "/questions/6",
          params: { question: "priorities" },
        },
        {
          code: "missing-translation",
          pointer: "/stages/0/pitfalls/0/fr",
          params: { locale: "fr" },
        },
      ]),
    );
    // Question 6 only depends on 5, which is reachable: its own condition is fine.
    expect(issues.filter((issue) => issue.pointer === "/questions/6/when")).toEqual([]);
  });

  it("escapes ids inside pointers (RFC 6901), so that a key with a slash stays one step", () => {
    const broken = clone(innovation);
    const reflex = broken.questions[1]!;
    if ("options" in reflex) reflex.options[0]!.weights = { "a/b~c": 1 };
    expect(validateDefinition(broken).issues).toContainEqual({
      code: "unknown-axis",
      pointer: "/questions/1/options/0/weights/a~1b~0c",
      params: { axis: "a/b~c" },
    });
  });

  it("finds conditions that refer to later questions or can never be true", () => {
    const broken = clone(innovation);
    broken.questions[1]!.when = "answered(keyword)";
    broken.questions[2]!.when = 'role = "agent" and role = "elected"';
    const { issues } = validateDefinition(broken);
    expect(issues).toContainEqual({
      code: "forward-reference",
      pointer: "/questions/1/when",
      params: { question: "keyword" },
    });
    expect(issues).toContainEqual({ code: "condition-never-true", pointer: "/questions/2/when" });
    expect(issues).toContainEqual({
      code: "unreachable-question",
      pointer: "/questions/2",
      params: { question: "inspiration" },
    });
  });

  it("reports syntax errors in conditions with their position", () => {
    const broken = clone(innovation);
    broken.questions[1]!.when = 'role = = "x"';
    expect(validateDefinition(broken).issues).toContainEqual({
      code: "condition-syntax",
      pointer: "/questions/1/when",
      params: { at: 7, found: "=" },
    });
  });

  it("reports shape errors with JSON pointers instead of throwing", () => {
    const result = validateDefinition({
      format: 1,
      edition: { id: "X" },
      axes: [],
      questions: [{ kind: "slider" }],
    });
    expect(result.ok).toBe(false);
    const paths = result.issues.map((issue) => issue.pointer);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/edition/id",
        "/edition/version",
        "/axes",
        "/questions/0/kind",
        "/styles",
      ]),
    );
    expect(validateDefinition(null).issues).toEqual([
      { code: "wrong-type", pointer: "", params: { expected: "object" } },
    ]);
  });

  it("checks ids, families, bands and multiple-choice maximums", () => {
    const broken = clone(innovation);
    broken.concepts[0]!.family = "astrology";
    broken.bands[0]!.axis = "nope";
    const multiple = broken.questions.find((question) => question.kind === "multiple")!;
    if (multiple.kind === "multiple") multiple.max = 99;
    const codes = validateDefinition(broken).issues.map((issue) => issue.code);
    expect(codes).toEqual(
      expect.arrayContaining(["unknown-family", "unknown-axis", "max-out-of-range"]),
    );
  });
});

describe("validateDefinition: every problem in one pass, in the reader's language", () => {
  // Shape problems and problems of meaning, in different places.
  const broken = () => {
    const definition = JSON.parse(JSON.stringify(innovation));
    definition.scoring.hybridSpread = 2;
    definition.axes[0].id = "Bad Id";
    definition.questions[0].kind = "slider";
    definition.questions[2].max = "two";
    definition.questions[3].prompt = { fr: "Seulement en français" };
    definition.questions[4].when = 'nowhere = "x"';
    definition.styles[0].profile.speed = 0.5;
    definition.stages[1].id = definition.stages[0].id;
    definition.edition.colour = "blue";
    return definition;
  };

  it("does not let shape problems hide the others", () => {
    const { issues } = validateDefinition(broken());
    expect(issues).toEqual(
      expect.arrayContaining([
        {
          code: "number-too-big",
          pointer: "/scoring/hybridSpread",
          params: { maximum: 1, found: "2" },
        },
        { code: "invalid-id", pointer: "/axes/0/id", params: { found: "Bad Id" } },
        {
          code: "unknown-kind",
          pointer: "/questions/0/kind",
          params: { allowed: "single, multiple, scale, ranking", found: "slider" },
        },
        {
          code: "wrong-type",
          pointer: "/questions/2/max",
          params: { expected: "number", found: "two" },
        },
        { code: "unknown-key", pointer: "/edition/colour", params: { key: "colour" } },
        // Found although the shape is wrong elsewhere:
        {
          code: "missing-translation",
          pointer: "/questions/3/prompt/en",
          params: { locale: "en" },
        },
        { code: "unknown-question", pointer: "/questions/4/when", params: { question: "nowhere" } },
        { code: "unknown-axis", pointer: "/styles/0/profile/speed", params: { axis: "speed" } },
        {
          code: "duplicate-id",
          pointer: "/stages/1/id",
          params: { id: expect.any(String) },
        },
      ]),
    );
    // A question with a shape problem is still a known question for the conditions after it.
    expect(issues.filter((issue) => issue.code === "unknown-question")).toHaveLength(1);
  });

  it("says every issue in French and in English, with zod's details translated", () => {
    const { issues } = validateDefinition(broken());
    for (const issue of issues) {
      for (const locale of ["fr", "en"] as const) {
        const sentence = formatDefinitionIssue(issue, locale);
        expect(sentence).not.toBe(issue.code);
        expect(sentence).not.toMatch(/[{}]/);
      }
      expect(formatDefinitionIssue(issue, "fr")).not.toMatch(/too big|expected|Invalid input/);
    }
    const spread = issues.find((issue) => issue.pointer === "/scoring/hybridSpread")!;
    expect(formatDefinitionIssue(spread, "fr")).toBe("nombre trop grand (2) : 1 au plus");
    expect(formatDefinitionIssue(spread, "en")).toBe("number too large (2): at most 1");
    const max = issues.find((issue) => issue.pointer === "/questions/2/max")!;
    expect(formatDefinitionIssue(max, "fr")).toBe("un nombre attendu, pas « two »");
    expect(Object.keys(definitionIssueMessagesEn)).toEqual(Object.keys(definitionIssueMessagesFr));
  });

  it("gives a sentence for every code it reports, in both languages", () => {
    const codes = new Set<string>();
    const collect = (input: unknown) =>
      validateDefinition(input).issues.forEach((issue) => codes.add(issue.code));
    collect(broken());
    collect({ format: 2, edition: { locales: [] }, axes: [{}], questions: [], styles: "x" });
    collect({ ...twoByTwo, edition: { ...twoByTwo.edition, version: "1.0", locales: ["f"] } });
    for (const code of codes) expect(definitionIssueMessagesFr).toHaveProperty([code]);
  });

  it("locates malformed JSON by line and column, and reads a byte order mark", () => {
    const text = '{\n  "format": 1,\n  "axes": [1, 2,]\n}';
    expect(validateDefinitionText(text)).toEqual({
      ok: false,
      issues: [{ code: "invalid-json", pointer: "", params: { line: 3, column: 17, found: "]" } }],
    });
    const [issue] = validateDefinitionText(text).issues;
    expect(formatDefinitionIssue(issue!, "fr")).toBe(
      "JSON illisible ligne 3, colonne 17 : « ] » inattendu",
    );
    const truncated = readJsonText('{"a": ');
    expect(truncated.ok).toBe(false);
    if (!truncated.ok)
      expect(formatDefinitionIssue(truncated.issue, "en")).toBe(
        "unreadable JSON at line 1, column 7: the text ends too early",
      );
    expect(validateDefinitionText(`\uFEFF${JSON.stringify(twoByTwo)}`).ok).toBe(true);
  });

  it("finds no error in valid JSON and a position inside the text otherwise (property)", () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), (json, cut) => {
        expect(locateJsonError(json)).toBeUndefined();
        const broken = json.slice(0, cut % Math.max(1, json.length));
        let valid = true;
        try {
          JSON.parse(broken);
        } catch {
          valid = false;
        }
        const position = locateJsonError(broken);
        if (valid) expect(position).toBeUndefined();
        else {
          expect(position).toBeDefined();
          const lines = broken.split("\n");
          expect(position!.line).toBeLessThanOrEqual(lines.length);
          expect(position!.column).toBeLessThanOrEqual(lines[position!.line - 1]!.length + 1);
        }
      }),
    );
  });
});

describe("JSON Schema", () => {
  it("matches the committed schema file (run `npm run build` to regenerate it)", () => {
    const committed = JSON.parse(
      readFileSync(new URL("../schema/sonar-definition.schema.json", import.meta.url), "utf8"),
    );
    expect(definitionJsonSchema()).toEqual(committed);
  });
  it("describes the question kinds", () => {
    expect(JSON.stringify(definitionJsonSchema())).toContain('"ranking"');
  });
});
