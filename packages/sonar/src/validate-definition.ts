import { appendPointer, toPointer } from "@communs/i18n";
import { sonarDefinitionSchema } from "./definition-schema";
import {
  conditionReferences,
  evaluateCondition,
  parseCondition,
  type Condition,
} from "./expression";
import type { Answers, AnswerValue, SonarDefinition, SonarIssue } from "./types";

/** Tries the answers a condition can see (small domains only) to find one that makes it true. */
function satisfiable(definition: SonarDefinition, condition: Condition): boolean {
  const ids = [...new Set(conditionReferences(condition).map((reference) => reference.question))];
  const domains = ids.map((id) => {
    const question = definition.questions.find((candidate) => candidate.id === id)!;
    const values: (AnswerValue | null | undefined)[] = [undefined, null];
    if (question.kind === "single") values.push(...question.options.map((option) => option.id));
    else if (question.kind === "multiple") {
      const ids = question.options.map((option) => option.id);
      if (ids.length > 10) return null;
      for (let mask = 1; mask < 2 ** ids.length; mask++) {
        const subset = ids.filter((_, index) => mask & (1 << index));
        if (subset.length <= question.max) values.push(subset);
      }
    } else if (question.kind === "scale")
      for (let value = question.min; value <= question.max; value++) values.push(value);
    else values.push(question.options.map((option) => option.id));
    return values;
  });
  if (domains.some((domain) => domain === null)) return true;
  if (domains.reduce((total, domain) => total * domain!.length, 1) > 20_000) return true;
  const answers: Answers = {};
  const search = (index: number): boolean => {
    if (index === ids.length) return evaluateCondition(condition, answers);
    for (const value of domains[index]!) {
      if (value === undefined) delete answers[ids[index]!];
      else answers[ids[index]!] = value;
      if (search(index + 1)) return true;
    }
    return false;
  };
  return search(0);
}

export type ValidationResult =
  { ok: true; definition: SonarDefinition; issues: [] } | { ok: false; issues: SonarIssue[] };

// zod/mini ships no message locale: build a short English detail from the issue itself.
function describeShapeIssue(
  issue: { code: string; message: string } & Record<string, unknown>,
): string {
  if (issue.message && issue.message !== "Invalid input") return issue.message;
  if (issue.code === "invalid_type") return `expected ${String(issue.expected)}`;
  if (issue.code === "invalid_value") return `expected one of ${JSON.stringify(issue.values)}`;
  if (issue.code === "too_small") return `too small (minimum ${String(issue.minimum)})`;
  if (issue.code === "too_big") return `too big (maximum ${String(issue.maximum)})`;
  if (issue.code === "invalid_union") return "unknown question kind";
  if (issue.code === "unrecognized_keys") return `unknown keys ${JSON.stringify(issue.keys)}`;
  return issue.code;
}

/**
 * Checks a definition and reports every problem with its JSON pointer: shape, duplicate ids,
 * unknown axes, stages or families, conditions (syntax, missing or later questions, unknown
 * options), unreachable questions and missing translations.
 */
export function validateDefinition(input: unknown): ValidationResult {
  const parsed = sonarDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        code: "invalid-shape",
        pointer: toPointer(issue.path),
        params: {
          detail: describeShapeIssue(
            issue as unknown as { code: string; message: string } & Record<string, unknown>,
          ),
        },
      })),
    };
  }
  const definition = parsed.data as SonarDefinition;
  const issues: SonarIssue[] = [];
  const report = (code: string, pointer: string, params?: Record<string, string | number>) =>
    issues.push(params ? { code, pointer, params } : { code, pointer });
  const locales = definition.edition.locales;

  // Every text in every locale: walk the whole tree, texts are the objects whose keys are locales.
  const isText = (value: unknown): value is Record<string, unknown> =>
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).some((key) => locales.includes(key));
  const textFields = new Set([
    "label",
    "prompt",
    "help",
    "title",
    "intro",
    "credits",
    "summary",
    "strength",
    "weakSpot",
    "low",
    "high",
    "minLabel",
    "maxLabel",
    "text",
  ]);
  const walk = (value: unknown, path: string, key: string | null, inList: string | null) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, appendPointer(path, index), null, key));
      return;
    }
    if (typeof value !== "object" || value === null) return;
    const textLike =
      (key !== null && textFields.has(key)) ||
      (inList !== null && ["signals", "pitfalls", "remedies"].includes(inList));
    if (textLike || isText(value)) {
      for (const locale of locales) {
        const entry = (value as Record<string, unknown>)[locale];
        if (typeof entry !== "string" || entry.trim() === "")
          report("missing-translation", appendPointer(path, locale), { locale });
      }
      return;
    }
    if (key === "weights" || key === "stages" || key === "profile" || key === "renamedQuestions")
      return;
    for (const [child, inner] of Object.entries(value))
      walk(inner, appendPointer(path, child), child, null);
  };
  walk(definition, "", null, null);

  const duplicates = (list: { id: string }[], path: string) => {
    const seen = new Set<string>();
    list.forEach((entry, index) => {
      if (seen.has(entry.id)) report("duplicate-id", `${path}/${index}/id`, { id: entry.id });
      seen.add(entry.id);
    });
  };
  duplicates(definition.axes, "/axes");
  duplicates(definition.questions, "/questions");
  duplicates(definition.styles, "/styles");
  duplicates(definition.stages, "/stages");
  duplicates(definition.conceptFamilies, "/conceptFamilies");
  duplicates(definition.concepts, "/concepts");
  duplicates(definition.policyCycle, "/policyCycle");
  duplicates(definition.bands, "/bands");

  const axes = new Set(definition.axes.map((axis) => axis.id));
  const stages = new Set(definition.stages.map((stage) => stage.id));
  const checkAxes = (weights: Record<string, number> | undefined, path: string) => {
    for (const axis of Object.keys(weights ?? {}))
      if (!axes.has(axis)) report("unknown-axis", appendPointer(path, axis), { axis });
  };
  const checkStages = (weights: Record<string, number> | undefined, path: string) => {
    for (const stage of Object.keys(weights ?? {}))
      if (!stages.has(stage)) report("unknown-stage", appendPointer(path, stage), { stage });
  };

  const questionIndex = new Map(
    definition.questions.map((question, index) => [question.id, index]),
  );
  const unreachable = new Set<string>();
  definition.questions.forEach((question, index) => {
    const path = `/questions/${index}`;
    if ("options" in question) {
      duplicates(question.options, `${path}/options`);
      question.options.forEach((option, at) => {
        checkAxes(option.weights, `${path}/options/${at}/weights`);
        checkStages(option.stages, `${path}/options/${at}/stages`);
      });
    } else {
      checkAxes(question.weights, `${path}/weights`);
      if (question.min >= question.max)
        report("empty-scale", `${path}/max`, { min: question.min, max: question.max });
    }
    if (question.kind === "multiple" && question.max > question.options.length) {
      report("max-out-of-range", `${path}/max`, {
        max: question.max,
        options: question.options.length,
      });
    }
    if (question.kind === "single" && question.selfPlacement) {
      question.options.forEach((option, at) => {
        if (Object.keys(option.stages ?? {}).length !== 1)
          report("self-placement-needs-stage", `${path}/options/${at}/stages`);
      });
    }
    if (question.when === undefined) return;
    const parsed = parseCondition(question.when);
    if (!parsed.ok) {
      report(parsed.error.code, `${path}/when`, parsed.error.params);
      return;
    }
    let reachable = true;
    for (const reference of conditionReferences(parsed.condition)) {
      const target = questionIndex.get(reference.question);
      if (target === undefined) {
        report("unknown-question", `${path}/when`, { question: reference.question });
        reachable = false;
        continue;
      }
      if (target >= index) {
        report("forward-reference", `${path}/when`, { question: reference.question });
        reachable = false;
        continue;
      }
      const referenced = definition.questions[target]!;
      if (unreachable.has(referenced.id)) reachable = false;
      if (typeof reference.value === "string") {
        const options =
          "options" in referenced ? referenced.options.map((option) => option.id) : [];
        if (!options.includes(reference.value)) {
          report("unknown-option", `${path}/when`, {
            question: reference.question,
            option: reference.value,
          });
          reachable = false;
        }
      }
    }
    if (reachable && !satisfiable(definition, parsed.condition)) {
      report("condition-never-true", `${path}/when`);
      reachable = false;
    }
    if (!reachable) {
      unreachable.add(question.id);
      report("unreachable-question", path, { question: question.id });
    }
  });

  definition.styles.forEach((style, index) => {
    if (style.hybrid) return;
    checkAxes(style.profile, `/styles/${index}/profile`);
    for (const axis of axes)
      if (!(axis in style.profile))
        report("missing-profile-axis", `/styles/${index}/profile`, { axis });
  });
  if (definition.styles.filter((style) => style.hybrid).length > 1)
    report("several-hybrid-styles", "/styles");
  const families = new Set(definition.conceptFamilies.map((family) => family.id));
  definition.concepts.forEach((concept, index) => {
    if (!families.has(concept.family))
      report("unknown-family", `/concepts/${index}/family`, { family: concept.family });
  });
  definition.bands.forEach((band, index) => {
    if (band.axis !== undefined && !axes.has(band.axis))
      report("unknown-axis", `/bands/${index}/axis`, { axis: band.axis });
    if (band.min >= band.max)
      report("empty-band", `/bands/${index}`, { min: band.min, max: band.max });
  });
  return issues.length === 0 ? { ok: true, definition, issues: [] } : { ok: false, issues };
}
