/** Ids are lowercase kebab-case, so they travel safely in URLs, CSV and file names. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A language tag as texts are keyed: a BCP 47 language subtag with optional subtags, e.g.
 * `fr`, `en`, `br` (Breton), `de`, `oc`, `fr-CA`.
 */
export const localeTagPattern = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

export const nuanceKinds = ["being", "doing", "acting"] as const;
export const swatchPatterns = [
  "stripes",
  "dots",
  "grid",
  "diagonal",
  "waves",
  "checks",
  "crosses",
  "zigzag",
] as const;
export const learningModes = ["doing", "perspective", "stepping-aside"] as const;

/** The collections of a palette, in the order they are merged and reported. */
export const collections = ["sectors", "nuances", "formats", "audiences"] as const;
