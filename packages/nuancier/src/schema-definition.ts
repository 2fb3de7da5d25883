import type * as Zod from "zod/mini";
import {
  collections,
  idPattern,
  learningModes,
  localeTagPattern,
  nuanceKinds,
  swatchPatterns,
} from "./constants";

/**
 * The palette's and the overlay's schemas, written once over zod/mini's builders: `schema.ts`
 * builds them with zod (types, JSON Schema, the main entry), `overlay.ts` with `liteZod`, the
 * zod-free stand-in that reports the same issues.
 */
/** The zod/mini builders and checks the definitions call: all that `schema.ts` hands over. */
export type SchemaBuilders = Pick<
  typeof Zod,
  | "array"
  | "catchall"
  | "enum"
  | "int"
  | "literal"
  | "minLength"
  | "nonnegative"
  | "number"
  | "object"
  | "optional"
  | "record"
  | "refine"
  | "regex"
  | "strictObject"
  | "string"
  | "union"
>;

export function defineSchemas(z: SchemaBuilders) {
  const id = z.string().check(z.regex(idPattern));
  const text = z.string().check(z.minLength(1));
  const localeTag = z.string().check(z.regex(localeTagPattern));

  /** Object keys are language tags: an unknown key is reported where it stands. */
  const languageKeys = (ctx: { value: object; issues: Zod.core.$ZodRawIssue[] }) => {
    for (const key of Object.keys(ctx.value)) {
      if (!localeTagPattern.test(key)) {
        ctx.issues.push({ code: "custom", message: "invalid-locale", path: [key], input: key });
      }
    }
  };

  /**
   * A text in French and English (both required: French is the source, English the second
   * language every package ships) and in any other language, e.g. `{ fr, en, br }`. A reader in a
   * language a text lacks gets its fallback (see `textIn`).
   */
  const localizedTextSchema = z
    .catchall(z.object({ fr: text, en: text }), text)
    .check(languageKeys);
  /** Schemas whose keys are language tags, for the JSON Schema generator to say so. */
  const languageKeyedSchemas = new Set<Zod.core.$ZodType>([localizedTextSchema]);
  /** Some languages of a text, as an overlay rewrites them: `{ en: "…" }` changes English only. */
  const localizedPatchSchema = z.record(localeTag, text);
  const localizedList = z.array(localizedTextSchema);
  const range = z
    .strictObject({
      min: z.number().check(z.nonnegative()),
      max: z.number().check(z.nonnegative()),
    })
    .check(
      z.refine((value) => value.min <= value.max, { message: "min-above-max", path: ["max"] }),
    );

  const audienceSchema = z.strictObject({
    id,
    name: localizedTextSchema,
    description: localizedTextSchema,
  });

  const trainingFormatSchema = z.strictObject({
    id,
    name: localizedTextSchema,
    description: localizedTextSchema,
    /** Contact time in hours (a working day counts 7 h). */
    hours: range,
    /** How the contact time is spread, e.g. "over five to six months". */
    span: z.optional(localizedTextSchema),
    groupSize: range,
    learningMode: z.enum(learningModes),
  });

  const sectorSchema = z.strictObject({
    id,
    /** A short visible label drawn on the swatch, so colour is never the only cue. */
    code: z.string().check(z.regex(/^[A-Z0-9]{1,4}$/)),
    name: localizedTextSchema,
    /** "confirmed" when the original Nuancier uses this name; "proposed" when it is ours. */
    nameStatus: z.enum(["confirmed", "proposed"]),
    nameNote: z.optional(localizedTextSchema),
    colour: z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/)),
    pattern: z.enum(swatchPatterns),
    summary: localizedTextSchema,
    values: localizedList,
    objectives: localizedList,
    recommendations: localizedList,
  });

  const keywordsSchema = z
    .catchall(z.object({ fr: z.array(text), en: z.array(text) }), z.array(text))
    .check(languageKeys);
  languageKeyedSchemas.add(keywordsSchema);

  const nuanceSchema = z.strictObject({
    id,
    sectorId: id,
    kind: z.enum(nuanceKinds),
    name: localizedTextSchema,
    description: localizedTextSchema,
    keywords: z.optional(keywordsSchema),
    audiences: z.array(id).check(z.minLength(1)),
    formats: z.array(id).check(z.minLength(1)),
  });

  /** A language beyond French and English: its own name for itself, and where readers fall back. */
  const languageSchema = z.strictObject({
    /** The language's name in that language, e.g. "Brezhoneg", "Deutsch". */
    name: text,
    /** The language a reader gets where a text lacks this one, e.g. `fr` for Breton. */
    fallback: localeTag,
  });
  const languagesSchema = z.record(localeTag, languageSchema);

  const collectionName = z.enum(collections);

  /** Who wrote texts merged from an overlay, under which licence, and which texts they are. */
  const contributionSchema = z.strictObject({
    name: z.optional(text),
    url: z.optional(text),
    /** SPDX identifier of the contribution's licence, e.g. `CC-BY-SA-4.0`. */
    licence: z.optional(text),
    attribution: z.optional(localizedPatchSchema),
    /** The entries it added (no `fields`) or the fields it rewrote. */
    texts: z.array(
      z.strictObject({
        collection: collectionName,
        id,
        fields: z.optional(z.array(text)),
      }),
    ),
  });

  const nuancierDataSchema = z.strictObject({
    schemaVersion: z.literal(1),
    id,
    title: localizedTextSchema,
    /** Licence of the palette's own texts (SPDX); merged overlays carry theirs in `contributions`. */
    licence: z.string().check(z.minLength(1)),
    attribution: localizedTextSchema,
    /** Languages beyond French and English that some texts are written in. */
    languages: z.optional(languagesSchema),
    /** Overlays merged into this palette, in order, with their authors and licences. */
    contributions: z.optional(z.array(contributionSchema)),
    sectors: z.array(sectorSchema),
    nuances: z.array(nuanceSchema),
    formats: z.array(trainingFormatSchema),
    audiences: z.array(audienceSchema),
  });

  /**
   * How an overlay edits a list: an array replaces it; `{ remove, append }` removes some items
   * (ids, words, or positions in the list as it was) and then appends others at the end.
   */
  const listEdit = <Item extends Zod.core.SomeType, Key extends Zod.core.SomeType>(
    item: Item,
    key: Key,
  ) =>
    z.union([
      z.array(item),
      z.strictObject({ remove: z.optional(z.array(key)), append: z.optional(z.array(item)) }),
    ]);
  const idListEdit = listEdit(id, id);
  const textListEdit = listEdit(localizedTextSchema, z.number().check(z.int(), z.nonnegative()));
  const wordListEdit = listEdit(text, text);

  /** An override changes some fields of an existing entry; its id is the record key. */
  const sectorOverride = z.strictObject({
    code: z.optional(sectorSchema.shape.code),
    name: z.optional(localizedPatchSchema),
    nameStatus: z.optional(sectorSchema.shape.nameStatus),
    nameNote: z.optional(localizedPatchSchema),
    colour: z.optional(sectorSchema.shape.colour),
    pattern: z.optional(sectorSchema.shape.pattern),
    summary: z.optional(localizedPatchSchema),
    values: z.optional(textListEdit),
    objectives: z.optional(textListEdit),
    recommendations: z.optional(textListEdit),
  });
  const nuanceOverride = z.strictObject({
    sectorId: z.optional(id),
    kind: z.optional(nuanceSchema.shape.kind),
    name: z.optional(localizedPatchSchema),
    description: z.optional(localizedPatchSchema),
    keywords: z.optional(z.record(localeTag, wordListEdit)),
    audiences: z.optional(idListEdit),
    formats: z.optional(idListEdit),
  });
  const formatOverride = z.strictObject({
    name: z.optional(localizedPatchSchema),
    description: z.optional(localizedPatchSchema),
    hours: z.optional(range),
    span: z.optional(localizedPatchSchema),
    groupSize: z.optional(range),
    learningMode: z.optional(trainingFormatSchema.shape.learningMode),
  });
  const audienceOverride = z.strictObject({
    name: z.optional(localizedPatchSchema),
    description: z.optional(localizedPatchSchema),
  });

  const idList = z.optional(z.array(id));

  const nuancierOverlaySchema = z.strictObject({
    schemaVersion: z.literal(1),
    /** Who made the overlay and under which licence: kept in the merged palette's `contributions`. */
    source: z.optional(
      z.strictObject({
        name: text,
        url: z.optional(text),
        licence: z.optional(text),
        attribution: z.optional(localizedPatchSchema),
      }),
    ),
    /** Languages the overlay writes in beyond French and English. */
    languages: z.optional(languagesSchema),
    /** Ids of base entries to take out; applied first. */
    remove: z.optional(
      z.strictObject({ sectors: idList, nuances: idList, formats: idList, audiences: idList }),
    ),
    add: z.optional(
      z.strictObject({
        sectors: z.optional(z.array(sectorSchema)),
        nuances: z.optional(z.array(nuanceSchema)),
        formats: z.optional(z.array(trainingFormatSchema)),
        audiences: z.optional(z.array(audienceSchema)),
      }),
    ),
    override: z.optional(
      z.strictObject({
        sectors: z.optional(z.record(id, sectorOverride)),
        nuances: z.optional(z.record(id, nuanceOverride)),
        formats: z.optional(z.record(id, formatOverride)),
        audiences: z.optional(z.record(id, audienceOverride)),
      }),
    ),
  });
  return {
    localizedTextSchema,
    languageKeyedSchemas,
    localizedPatchSchema,
    audienceSchema,
    trainingFormatSchema,
    sectorSchema,
    nuanceSchema,
    languageSchema,
    contributionSchema,
    nuancierDataSchema,
    nuancierOverlaySchema,
  };
}
