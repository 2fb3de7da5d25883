import * as z from "zod/mini";
import { idPattern, learningModes, nuanceKinds, swatchPatterns } from "./constants";

const id = z.string().check(z.regex(idPattern));
const text = z.string().check(z.minLength(1));

export const localizedTextSchema = z.strictObject({ fr: text, en: text });
const localizedList = z.array(localizedTextSchema);
const range = z
  .strictObject({ min: z.number().check(z.nonnegative()), max: z.number().check(z.nonnegative()) })
  .check(z.refine((value) => value.min <= value.max, { message: "min-above-max", path: ["max"] }));

export const audienceSchema = z.strictObject({
  id,
  name: localizedTextSchema,
  description: localizedTextSchema,
});

export const trainingFormatSchema = z.strictObject({
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

export const sectorSchema = z.strictObject({
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

export const nuanceSchema = z.strictObject({
  id,
  sectorId: id,
  kind: z.enum(nuanceKinds),
  name: localizedTextSchema,
  description: localizedTextSchema,
  keywords: z.optional(z.strictObject({ fr: z.array(text), en: z.array(text) })),
  audiences: z.array(id).check(z.minLength(1)),
  formats: z.array(id).check(z.minLength(1)),
});

export const nuancierDataSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id,
  title: localizedTextSchema,
  licence: z.string().check(z.minLength(1)),
  attribution: localizedTextSchema,
  sectors: z.array(sectorSchema),
  nuances: z.array(nuanceSchema),
  formats: z.array(trainingFormatSchema),
  audiences: z.array(audienceSchema),
});

/** An override changes some fields of an existing entry; its id is the record key. */
const sectorOverride = z.partial(z.omit(sectorSchema, { id: true }));
const nuanceOverride = z.partial(z.omit(nuanceSchema, { id: true }));
const formatOverride = z.partial(z.omit(trainingFormatSchema, { id: true }));
const audienceOverride = z.partial(z.omit(audienceSchema, { id: true }));

export const nuancierOverlaySchema = z.strictObject({
  schemaVersion: z.literal(1),
  /** Who made the overlay, shown in the merged result. */
  source: z.optional(z.strictObject({ name: text, url: z.optional(text) })),
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
