import {
  appendPointer,
  fromZodIssues,
  parsePointer,
  resolvePointer,
  type ZodIssueLike,
} from "@communs/i18n";
import { sonarDefinitionSchema } from "./definition-schema";
import { readJsonText } from "./json-text";
import {
  conditionReferences,
  evaluateCondition,
  parseCondition,
  type Condition,
} from "./expression";
import type {
  Answers,
  AnswerValue,
  Question,
  ScoringRules,
  SonarDefinition,
  SonarIssue,
  Style,
} from "./types";

/** Tries the answers a condition can see (small domains only) to find one that makes it true. */
function satisfiable(definition: SonarDefinition, condition: Condition): boolean {
  const ids = [...new Set(conditionReferences(condition).map((reference) => reference.question))];
  const domains = ids.map((id) => {
    const question = (definition.questions as Holed<Question>).find(
      (candidate) => candidate?.id === id,
    );
    if (!question) return null;
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

const idPattern = /^[a-z][a-z0-9_-]*$/.source;

/** Our code for a zod issue: one per kind of problem, so that each has its own sentence. */
function shapeCode(issue: ZodIssueLike, input: unknown, pointer: string): string {
  const details = issue as ZodIssueLike & Record<string, unknown>;
  switch (issue.code) {
    case "invalid_type":
      return resolvePointer(input, pointer).found ? "wrong-type" : "missing-field";
    case "too_small":
      return details.origin === "array"
        ? "too-few-items"
        : details.origin === "string"
          ? "text-too-short"
          : "number-too-small";
    case "too_big":
      return details.origin === "array" ? "too-many-items" : "number-too-big";
    case "invalid_format":
      return String(details.pattern ?? "").includes(idPattern) ? "invalid-id" : "invalid-version";
    case "invalid_value":
      return "value-not-allowed";
    case "invalid_union":
      return "unknown-kind";
    case "unrecognized_keys":
      return "unknown-key";
    default:
      return "invalid-shape";
  }
}

// The value found, quoted in a sentence: short scalars only.
function shown(value: unknown): string | undefined {
  if (typeof value === "string") return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/** Zod's issues as ours: a code per kind, plain parameters, the value found where it helps. */
function shapeIssues(issues: readonly ZodIssueLike[], input: unknown): SonarIssue[] {
  const aligned = alignedIssues(issues);
  return fromZodIssues(issues, { splitUnknownKeys: true }).map((converted, index) => {
    const issue = aligned[index]!;
    const code =
      converted.code === "unrecognized_keys"
        ? "unknown-key"
        : shapeCode(issue, input, converted.pointer);
    const raw = converted.params ?? {};
    const params: Record<string, string | number> = {};
    if (code === "wrong-type") params.expected = String(raw.expected);
    if (code === "too-few-items" || code === "number-too-small" || code === "text-too-short")
      params.minimum = Number(raw.minimum);
    if (code === "too-many-items" || code === "number-too-big")
      params.maximum = Number(raw.maximum);
    if (code === "value-not-allowed" || code === "unknown-kind") {
      const values = (raw.values ?? raw.options ?? []) as unknown[];
      params.allowed = values.map((value) => String(value)).join(", ");
    }
    if (code === "unknown-key") params.key = parsePointer(converted.pointer).at(-1) ?? "";
    const found = resolvePointer(input, converted.pointer);
    const value = found.found ? shown(found.value) : undefined;
    if (value !== undefined && code !== "unknown-key") params.found = value;
    return Object.keys(params).length > 0
      ? { code, pointer: converted.pointer, params }
      : { code, pointer: converted.pointer };
  });
}

// Unknown keys are split into one issue per key by `fromZodIssues`; keep the issue list aligned.
function alignedIssues(issues: readonly ZodIssueLike[]): ZodIssueLike[] {
  return issues.flatMap((issue) => {
    const keys = (issue as { keys?: unknown }).keys;
    return issue.code === "unrecognized_keys" && Array.isArray(keys)
      ? keys.map(() => issue)
      : [issue];
  });
}

const lists = [
  "axes",
  "questions",
  "styles",
  "stages",
  "conceptFamilies",
  "concepts",
  "policyCycle",
  "bands",
] as const;

/**
 * What can still be checked when the shape is wrong: the sections without a shape problem,
 * and in lists the entries without one (the others left as holes, so indexes stay true).
 */
function salvage(input: unknown, issues: readonly ZodIssueLike[]): SonarDefinition | null {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return null;
  const source = input as Record<string, unknown>;
  const broken = new Set<string>();
  const brokenEntries = new Map<string, Set<number>>();
  for (const issue of issues) {
    const [section, entry] = issue.path;
    // An unknown key hides nothing: the rest of its object is still checked.
    if (issue.code === "unrecognized_keys") continue;
    if (section === undefined) return null;
    const list = String(section);
    if ((lists as readonly string[]).includes(list) && typeof entry === "number") {
      if (!brokenEntries.has(list)) brokenEntries.set(list, new Set());
      brokenEntries.get(list)!.add(entry);
    } else broken.add(list);
  }
  const salvaged: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (broken.has(key)) continue;
    const holes = brokenEntries.get(key);
    salvaged[key] =
      holes && Array.isArray(value)
        ? value.map((entry, index) => (holes.has(index) ? undefined : entry))
        : value;
  }
  for (const list of lists) if (!Array.isArray(salvaged[list])) salvaged[list] = [];
  return salvaged as unknown as SonarDefinition;
}

/**
 * Checks a definition and reports every problem in one pass, each with its JSON pointer: shape
 * (a code per kind of problem), duplicate ids, unknown axes, stages or families, conditions
 * (syntax, missing or later questions, unknown options), unreachable questions, missing
 * translations and scoring rules. Shape problems hide nothing else: the sections and entries
 * without one are still checked.
 */
export function validateDefinition(input: unknown): ValidationResult {
  const parsed = sonarDefinitionSchema.safeParse(input);
  const zodIssues = parsed.success ? [] : (parsed.error.issues as readonly ZodIssueLike[]);
  const shape = parsed.success ? [] : shapeIssues(zodIssues, input);
  const checked = parsed.success ? (parsed.data as SonarDefinition) : salvage(input, zodIssues);
  if (!checked) return { ok: false, issues: shape };
  const issues = [...shape, ...semanticIssues(checked, input)];
  return issues.length === 0
    ? { ok: true, definition: checked, issues: [] }
    : { ok: false, issues };
}

// Entries of a list that passed the shape check (holes are entries that did not).
type Holed<T> = (T | undefined)[];

/** The string ids of a list as written, broken entries included (so they are not "unknown"). */
function writtenIds(input: unknown, list: string): Set<string> {
  const value = (input as Record<string, unknown> | null)?.[list];
  const ids = new Set<string>();
  if (Array.isArray(value))
    for (const entry of value) {
      const id = (entry as { id?: unknown } | null)?.id;
      if (typeof id === "string") ids.add(id);
    }
  return ids;
}

/** The checks beyond the shape, on a definition whose lists may have holes (broken entries). */
function semanticIssues(definition: SonarDefinition, input: unknown): SonarIssue[] {
  const issues: SonarIssue[] = [];
  const report = (code: string, pointer: string, params?: Record<string, string | number>) =>
    issues.push(params ? { code, pointer, params } : { code, pointer });
  const present = <T>(list: readonly (T | undefined)[]) =>
    list.flatMap((entry, index) => (entry === undefined ? [] : [[entry, index] as const]));
  const writtenLocales = (input as { edition?: { locales?: unknown } } | null)?.edition?.locales;
  const locales: string[] =
    definition.edition?.locales ??
    (Array.isArray(writtenLocales) && writtenLocales.every((locale) => typeof locale === "string")
      ? (writtenLocales as string[])
      : []);

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
  const opaque = new Set(["weights", "stages", "profile", "renamedQuestions", "thresholds"]);
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
    if (key !== null && opaque.has(key)) return;
    for (const [child, inner] of Object.entries(value))
      walk(inner, appendPointer(path, child), child, null);
  };
  walk(definition, "", null, null);

  const duplicates = (list: Holed<{ id: string }>, path: string) => {
    const seen = new Set<string>();
    for (const [entry, index] of present(list)) {
      if (seen.has(entry.id)) report("duplicate-id", `${path}/${index}/id`, { id: entry.id });
      seen.add(entry.id);
    }
  };
  for (const list of lists) duplicates(definition[list], `/${list}`);

  const axes = writtenIds(input, "axes");
  const stages = writtenIds(input, "stages");
  const checkAxes = (weights: Record<string, number> | undefined, path: string) => {
    for (const axis of Object.keys(weights ?? {}))
      if (!axes.has(axis)) report("unknown-axis", appendPointer(path, axis), { axis });
  };
  const checkStages = (weights: Record<string, number> | undefined, path: string) => {
    for (const stage of Object.keys(weights ?? {}))
      if (!stages.has(stage)) report("unknown-stage", appendPointer(path, stage), { stage });
  };

  const questions: Holed<Question> = definition.questions;
  // Ids as written, so that a condition on a question with a shape problem is not "unknown".
  const questionIndex = new Map<string, number>();
  const written = (input as { questions?: unknown } | null)?.questions;
  (Array.isArray(written) ? written : []).forEach((entry: unknown, index) => {
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id === "string" && !questionIndex.has(id)) questionIndex.set(id, index);
  });
  const unreachable = new Set<string>();
  for (const [question, index] of present(questions)) {
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
    if (question.when === undefined) continue;
    const parsed = parseCondition(question.when);
    if (!parsed.ok) {
      report(parsed.error.code, `${path}/when`, parsed.error.params);
      continue;
    }
    let reachable = true;
    let checkable = true;
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
      const referenced = questions[target];
      // A question with a shape problem: its options are unknown, so nothing more is said.
      if (!referenced) {
        checkable = false;
        continue;
      }
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
    if (reachable && checkable && !satisfiable(definition, parsed.condition)) {
      report("condition-never-true", `${path}/when`);
      reachable = false;
    }
    if (!reachable) {
      unreachable.add(question.id);
      report("unreachable-question", path, { question: question.id });
    }
  }

  const styles: Holed<Style> = definition.styles;
  for (const [style, index] of present(styles)) {
    if (style.hybrid) continue;
    checkAxes(style.profile, `/styles/${index}/profile`);
    for (const axis of axes)
      if (!(axis in style.profile))
        report("missing-profile-axis", `/styles/${index}/profile`, { axis });
  }
  if (present(styles).filter(([style]) => style.hybrid).length > 1)
    report("several-hybrid-styles", "/styles");
  const families = writtenIds(input, "conceptFamilies");
  for (const [concept, index] of present(definition.concepts)) {
    if (!families.has(concept.family))
      report("unknown-family", `/concepts/${index}/family`, { family: concept.family });
  }
  for (const [band, index] of present(definition.bands)) {
    if (band.axis !== undefined && !axes.has(band.axis))
      report("unknown-axis", `/bands/${index}/axis`, { axis: band.axis });
    if (band.min >= band.max)
      report("empty-band", `/bands/${index}`, { min: band.min, max: band.max });
  }

  const scoring = definition.scoring as ScoringRules | undefined;
  if (scoring) {
    checkAxes(scoring.thresholds, "/scoring/thresholds");
    if (scoring.placement === "thresholds") {
      // Two styles on the same side of every cut would always tie: say which.
      const cut = (axis: string) => scoring.thresholds?.[axis] ?? 0.5;
      const seen = new Map<string, string>();
      for (const [style, index] of present(styles)) {
        if (style.hybrid) continue;
        const sides = [...axes].map((axis) =>
          Math.sign((style.profile[axis] ?? cut(axis)) - cut(axis)),
        );
        if (sides.includes(0)) continue;
        const key = sides.join(",");
        const other = seen.get(key);
        if (other) report("same-quadrant", `/styles/${index}/profile`, { style: style.id, other });
        else seen.set(key, style.id);
      }
    }
  }
  return issues;
}

/**
 * Reads a definition from JSON text and validates it: malformed JSON is one `invalid-json` issue
 * with its line and column; otherwise the issues of `validateDefinition`.
 */
export function validateDefinitionText(text: string): ValidationResult {
  const read = readJsonText(text);
  return read.ok ? validateDefinition(read.value) : { ok: false, issues: [read.issue] };
}
