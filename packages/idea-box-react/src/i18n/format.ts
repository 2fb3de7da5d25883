import type { IdeaBoxMessages } from "./messages.fr";

export type Locale = "fr" | "en";
export type Plural = { one: string; other: string };

const fill = (template: string, values: Record<string, string | number>, locale: Locale) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) return whole;
    return typeof value === "number" ? new Intl.NumberFormat(locale).format(value) : value;
  });

/** A translator bound to a locale and its messages: `t("posted", { title })`, `tp("supports", 3)`. */
export function createTranslator(locale: Locale, messages: IdeaBoxMessages) {
  const plural = new Intl.PluralRules(locale);
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: "long" });
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
    tp: (key: PluralKey, count: number, values: Record<string, string | number> = {}) => {
      const forms = messages[key] as Plural;
      const form = plural.select(count) === "one" ? forms.one : forms.other;
      return fill(form, { count, ...values }, locale);
    },
    date: (iso: string) => {
      const time = Date.parse(iso);
      return Number.isFinite(time) ? dates.format(time) : iso;
    },
  };
}
export type Translator = ReturnType<typeof createTranslator>;
