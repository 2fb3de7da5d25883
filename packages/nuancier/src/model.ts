import type * as z from "zod/mini";
import type { learningModes, nuanceKinds, swatchPatterns } from "./constants";
import type {
  audienceSchema,
  localizedTextSchema,
  nuanceSchema,
  nuancierDataSchema,
  nuancierOverlaySchema,
  sectorSchema,
  trainingFormatSchema,
} from "./schema";

export type Locale = "fr" | "en";
export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type NuanceKind = (typeof nuanceKinds)[number];
export type SwatchPattern = (typeof swatchPatterns)[number];
export type LearningMode = (typeof learningModes)[number];
export type Audience = z.infer<typeof audienceSchema>;
export type TrainingFormat = z.infer<typeof trainingFormatSchema>;
export type Sector = z.infer<typeof sectorSchema>;
export type Nuance = z.infer<typeof nuanceSchema>;
export type NuancierData = z.infer<typeof nuancierDataSchema>;
export type NuancierOverlay = z.infer<typeof nuancierOverlaySchema>;

/** A problem found in data, an overlay or a share code: where, what, and the values to say it. */
export interface NuancierIssue {
  /** JSON pointer into the checked document, e.g. `/add/nuances/0/sectorId`. */
  path: string;
  code: string;
  params?: Record<string, string | number | readonly string[]>;
}

/** The text of a localized field, in the requested locale. */
export const textIn = (value: LocalizedText, locale: Locale): string => value[locale];
