import type { Locale } from "@communs/nuancier";
import { messagesEn } from "./messages.en";
import { messagesFr, type NuancierMessages } from "./messages.fr";

type Params = Record<string, string | number | readonly string[] | undefined>;

/** Replaces `{name}` with its parameter; lists are joined with commas. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    if (value === undefined) return whole;
    return Array.isArray(value) ? value.join(", ") : String(value);
  });
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** Chooses a plural form with Intl.PluralRules; "zero" is used for 0 when given. */
export function plural(
  locale: Locale,
  count: number,
  forms: { zero?: string; one: string; other: string },
  params: Params = {},
): string {
  if (count === 0 && forms.zero) return fill(forms.zero, { ...params, count });
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const form = rules.select(count) === "one" ? forms.one : forms.other;
  return fill(form, { ...params, count: new Intl.NumberFormat(locale).format(count) });
}

/** Deep partial, so that `messages` props may override one nested text. */
export type MessageOverrides = {
  [Key in keyof NuancierMessages]?: NuancierMessages[Key] extends string
    ? string
    : Partial<NuancierMessages[Key]>;
};

/** The messages of a locale with the integrator's overrides laid over them. */
export function resolveMessages(locale: Locale, overrides?: MessageOverrides): NuancierMessages {
  const base: NuancierMessages = locale === "en" ? messagesEn : messagesFr;
  if (!overrides) return base;
  const merged = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    merged[key] =
      typeof value === "object" && value && typeof current === "object"
        ? { ...current, ...value }
        : value;
  }
  return merged as NuancierMessages;
}
