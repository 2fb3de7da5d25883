import type { Issue } from "@communs/i18n";
import type * as z from "zod/mini";
import type { learningModes, nuanceKinds, swatchPatterns } from "./constants";
import type {
  audienceSchema,
  contributionSchema,
  languageSchema,
  localizedTextSchema,
  nuanceSchema,
  nuancierDataSchema,
  nuancierOverlaySchema,
  sectorSchema,
  trainingFormatSchema,
} from "./schema";

/** The languages of the engine's own sentences (exports, reasons). Texts may have more. */
export type Locale = "fr" | "en";
/** A language tag a text may be read in: `fr`, `en`, or any other (`br`, `de`, `fr-CA`…). */
export type ContentLocale = Locale | (string & {});
export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type NuanceKind = (typeof nuanceKinds)[number];
export type SwatchPattern = (typeof swatchPatterns)[number];
export type LearningMode = (typeof learningModes)[number];
export type Audience = z.infer<typeof audienceSchema>;
export type TrainingFormat = z.infer<typeof trainingFormatSchema>;
export type Sector = z.infer<typeof sectorSchema>;
export type Nuance = z.infer<typeof nuanceSchema>;
export type Language = z.infer<typeof languageSchema>;
export type Contribution = z.infer<typeof contributionSchema>;
export type NuancierData = z.infer<typeof nuancierDataSchema>;
export type NuancierOverlay = z.infer<typeof nuancierOverlaySchema>;

/**
 * A problem found in data, an overlay or a share code: what (`code`), where (`pointer`, RFC 6901
 * into the checked document, e.g. `/add/nuances/0/sectorId`) and the values to say it. The
 * `Issue` of `@communs/i18n`, shared by every Communs package.
 */
export type NuancierIssue = Issue<string, Record<string, string | number | readonly string[]>>;

type Languages = Pick<NuancierData, "languages">;

/**
 * The languages to try, in order, for a reader of `locale`: the tag, its primary language
 * (`fr-CA` → `fr`), the fallback the palette declares for it (`br` → `fr`), then French and
 * English, which every palette text has.
 */
export function localeChain(locale: string, data?: Languages): string[] {
  const chain: string[] = [];
  let current: string | undefined = locale;
  while (current !== undefined && !chain.includes(current)) {
    chain.push(current);
    const primary: string = current.split("-")[0]!;
    if (primary !== current && !chain.includes(primary)) chain.push(primary);
    current = data?.languages?.[current]?.fallback ?? data?.languages?.[primary]?.fallback;
  }
  for (const last of ["fr", "en"]) if (!chain.includes(last)) chain.push(last);
  return chain;
}

/** The engine's sentence language for a reader of `locale`: the first of French or English in its chain. */
export function messageLocale(locale: string, data?: Languages): Locale {
  return localeChain(locale, data).find((tag): tag is Locale => tag === "fr" || tag === "en")!;
}

/**
 * The text of a localized field for a reader of `locale`, falling back along `localeChain`:
 * a Breton reader gets the Breton text where there is one and the French one elsewhere.
 */
export function textIn(
  value: Readonly<Record<string, string | undefined>>,
  locale: string,
  data?: Languages,
): string {
  for (const tag of localeChain(locale, data)) {
    const text = value[tag];
    if (text) return text;
  }
  return Object.values(value).find(Boolean) ?? "";
}
