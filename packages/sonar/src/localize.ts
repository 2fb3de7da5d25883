import type { LocalizedText } from "./types";

/** A text in the wanted locale, falling back to French (the source of truth), then to any locale. */
export function localize(text: LocalizedText | undefined, locale: string): string {
  if (!text) return "";
  return text[locale] ?? text.fr ?? Object.values(text)[0] ?? "";
}
