import { fill, formatDate, selectPlural, type Locale } from "@communs/i18n";
import type { IdeaBoxMessages } from "./messages.fr";

export type { Locale };
export type Plural = { one: string; other: string };

/** A translator bound to a locale and its messages: `t("posted", { title })`, `tp("supports", 3)`. */
export function createTranslator(locale: Locale, messages: IdeaBoxMessages) {
  type Key = {
    [K in keyof IdeaBoxMessages]: IdeaBoxMessages[K] extends string ? K : never;
  }[keyof IdeaBoxMessages];
  type PluralKey = {
    [K in keyof IdeaBoxMessages]: IdeaBoxMessages[K] extends Plural ? K : never;
  }[keyof IdeaBoxMessages];
  return {
    locale,
    messages,
    t: (key: Key, values: Record<string, string | number> = {}) =>
      fill(messages[key] as string, values, locale),
    tp: (key: PluralKey, count: number, values: Record<string, string | number> = {}) =>
      fill(selectPlural(messages[key] as Plural, count, locale), { count, ...values }, locale),
    /** A long date; an unreadable one is shown as given. */
    date: (iso: string) => formatDate(iso, locale),
  };
}
export type Translator = ReturnType<typeof createTranslator>;
