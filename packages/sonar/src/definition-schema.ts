import * as z from "zod/mini";

/**
 * The structure of a Sonar definition (zod/mini keeps the validator small and tree-shakable).
 * Texts are open records here: missing locales are reported by `validateDefinition` as
 * `missing-translation`, with their path, rather than as shape errors.
 */
const id = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9_-]*$/, "lowercase id: letters, digits, - and _"));
const text = z.record(z.string(), z.string());
const weights = z.record(z.string(), z.number());
const score = z.number().check(z.minimum(0), z.maximum(1));
const nonEmpty = <T extends z.ZodMiniType>(item: T, min = 1) =>
  z.array(item).check(z.minLength(min));

const option = z.strictObject({
  id,
  label: text,
  weights: z.optional(weights),
  stages: z.optional(weights),
});

const base = {
  id,
  prompt: text,
  help: z.optional(text),
  when: z.optional(z.string()),
};

const question = z.discriminatedUnion("kind", [
  z.strictObject({
    ...base,
    kind: z.literal("single"),
    options: nonEmpty(option, 2),
    selfPlacement: z.optional(z.boolean()),
  }),
  z.strictObject({
    ...base,
    kind: z.literal("multiple"),
    options: nonEmpty(option, 2),
    max: z.int().check(z.minimum(1)),
  }),
  z.strictObject({
    ...base,
    kind: z.literal("scale"),
    min: z.int(),
    max: z.int(),
    minLabel: text,
    maxLabel: text,
    weights,
  }),
  z.strictObject({
    ...base,
    kind: z.literal("ranking"),
    options: z.array(option).check(z.minLength(2), z.maxLength(12)),
  }),
]);

export const sonarDefinitionSchema = z.strictObject({
  $schema: z.optional(z.string()),
  format: z.literal(1),
  edition: z.strictObject({
    id,
    version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, "semantic version, e.g. 1.0.0")),
    licence: z.string().check(z.minLength(1)),
    locales: nonEmpty(z.string().check(z.minLength(2))),
    title: text,
    intro: text,
    credits: z.optional(text),
  }),
  axes: nonEmpty(z.strictObject({ id, label: text, low: text, high: text })),
  questions: nonEmpty(question),
  styles: nonEmpty(
    z.strictObject({
      id,
      label: text,
      summary: text,
      strength: text,
      weakSpot: text,
      profile: z.record(z.string(), score),
      hybrid: z.optional(z.boolean()),
    }),
  ),
  stages: z.array(
    z.strictObject({
      id,
      order: z.int().check(z.minimum(1)),
      label: text,
      summary: text,
      signals: z.array(text),
      pitfalls: z.array(text),
      remedies: z.array(text),
    }),
  ),
  conceptFamilies: z.array(z.strictObject({ id, label: text })),
  concepts: z.array(z.strictObject({ id, family: id, label: text, text })),
  policyCycle: z.array(
    z.strictObject({
      id,
      order: z.int().check(z.minimum(1)),
      position: z.enum(["upstream", "downstream"]),
      label: text,
      text,
    }),
  ),
  bands: z.array(
    z.strictObject({ id, axis: z.optional(id), min: score, max: score, label: text, text }),
  ),
  scoring: z.strictObject({
    hybridSpread: score,
    minConfidence: score,
    selfPlacementWeight: score,
    axisRelation: z.optional(z.enum(["competing", "independent"])),
    placement: z.optional(z.enum(["nearest", "thresholds"])),
    thresholds: z.optional(z.record(z.string(), score)),
  }),
  previousVersions: z.optional(
    z.array(
      z.strictObject({
        version: z.string(),
        layout: z.array(
          z.strictObject({
            id,
            kind: z.enum(["single", "multiple", "scale", "ranking"]),
            options: z.optional(z.array(id)),
            min: z.optional(z.int()),
          }),
        ),
        renamedQuestions: z.optional(z.record(z.string(), id)),
      }),
    ),
  ),
});
