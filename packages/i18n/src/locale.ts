/** The languages every Communs package ships. French is the source of truth and the default. */
export const locales = ["fr", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "fr";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/**
 * The supported locale nearest to a BCP 47 tag (`"en-GB"` → `"en"`, `"fr_CA.UTF-8"` → `"fr"`),
 * or the fallback: for `LANG`, `navigator.language` or an `Accept-Language` entry.
 */
export function resolveLocale(
  tag: string | null | undefined,
  fallback: Locale = defaultLocale,
): Locale {
  const language = tag
    ?.trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return isLocale(language) ? language : fallback;
}
