import type { SonarLocale } from "@communs/sonar";
import { messagesEn } from "./messages.en";
import { messagesFr, type SonarMessages } from "./messages.fr";

export type { SonarMessages };

/** The messages of a locale, with the caller's overrides. */
export function messagesFor(
  locale: SonarLocale,
  overrides?: Partial<SonarMessages>,
): SonarMessages {
  return { ...(locale === "en" ? messagesEn : messagesFr), ...overrides };
}

/** Fills `{name}` parameters. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A plural message chosen with Intl.PluralRules. */
export function plural(
  locale: SonarLocale,
  forms: { one: string; other: string },
  count: number,
): string {
  const category = new Intl.PluralRules(locale).select(count);
  return fill(category === "one" ? forms.one : forms.other, {
    count: new Intl.NumberFormat(locale).format(count),
  });
}

export function percent(locale: SonarLocale, value: number): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(
    value,
  );
}
