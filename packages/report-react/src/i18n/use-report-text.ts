import { fill, selectPlural } from "@communs/i18n";
import { useMemo } from "react";
import { messagesEn } from "./messages.en";
import { messagesFr, type ReportReactMessages } from "./messages.fr";

export type ReportLocale = "fr" | "en";

/** Props every report component shares. */
export interface ReportTextProps {
  /** Language of the interface texts; the report's own content stays in its language. */
  locale?: ReportLocale;
  /** Overrides some or all of the interface texts. */
  messages?: Partial<ReportReactMessages>;
  /** Level of the section heading (2 by default); inner headings go one level below. */
  headingLevel?: 2 | 3 | 4;
}

export interface ReportText {
  locale: ReportLocale;
  messages: ReportReactMessages;
  /** Fills `{name}` placeholders. */
  format: (template: string, params?: Record<string, string | number>) => string;
  /** A plural message (`{ one, other }`) for a count. */
  plural: (forms: { one: string; other: string }, count: number) => string;
  number: (value: number) => string;
  money: (amount: number, currency?: string) => string;
  date: (value: string) => string;
}

export function createReportText(
  locale: ReportLocale = "fr",
  overrides?: Partial<ReportReactMessages>,
): ReportText {
  const messages = {
    ...(locale === "en" ? messagesEn : messagesFr),
    ...overrides,
  } as ReportReactMessages;
  const tag = locale === "en" ? "en-GB" : "fr-FR";
  const numbers = new Intl.NumberFormat(tag);
  // Placeholders and plurals through the kit (@communs/i18n): one implementation for every package.
  const format = (template: string, params: Record<string, string | number> = {}) =>
    fill(template, params, locale);
  return {
    locale,
    messages,
    format,
    plural: (forms, count) => fill(selectPlural(forms, count, locale), { count }, locale),
    number: (value) => numbers.format(value),
    money: (amount, currency = "EUR") =>
      new Intl.NumberFormat(tag, {
        style: "currency",
        currency,
        maximumFractionDigits: amount >= 1e6 ? 1 : 0,
        notation: amount >= 1e6 ? "compact" : "standard",
      }).format(amount),
    date: (value) => {
      const [year, month, day] = value.split("-").map(Number);
      if (!month) return String(year);
      const options: Intl.DateTimeFormatOptions = day
        ? { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }
        : { year: "numeric", month: "long", timeZone: "UTC" };
      const text = new Intl.DateTimeFormat(tag, options).format(
        new Date(Date.UTC(year!, month - 1, day ?? 1)),
      );
      // French writes the first day of a month as an ordinal: "1er janvier".
      return locale === "fr" && day === 1 ? text.replace(/^1 /, "1er ") : text;
    },
  };
}

export function useReportText(
  locale?: ReportLocale,
  overrides?: Partial<ReportReactMessages>,
): ReportText {
  return useMemo(() => createReportText(locale, overrides), [locale, overrides]);
}
