import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { innovation } from "./editions/innovation";
import { resilience } from "./editions/resilience";
import { definitionJsonSchema } from "./json-schema";
import type { SonarDefinition } from "./types";
import { validateDefinition } from "./validate-definition";

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
    expect(validateDefinition(null).issues[0]).toMatchObject({
      code: "invalid-shape",
      pointer: "",
    });
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
