/** Ids are lowercase kebab-case, so they travel safely in URLs, CSV and file names. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
