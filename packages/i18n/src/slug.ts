import { foldWords } from "./fold";

export const slugMaxLength = 60;

/**
 * A slug names a thing in a URL or a file: lower-case ASCII letters, digits and inner hyphens,
 * 1 to 60 characters (`atelier-2024`).
 */
export const slugPattern = /^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/;

export function isSlug(value: unknown): value is string {
  return typeof value === "string" && slugPattern.test(value);
}

/**
 * A slug made from a title: `"Écoute de l'usager"` → `"ecoute-de-l-usager"`. Empty when the
 * title has no letter or digit left once folded to ASCII.
 */
export function toSlug(title: string): string {
  return foldWords(title)
    .join("-")
    .replace(/[^a-z0-9-]+/g, "")
    .replace(/-{2,}/g, "-")
    .slice(0, slugMaxLength)
    .replace(/^-+|-+$/g, "");
}
