import { formatDate, formatList, formatNumber, pluralRules } from "./intl";
import { defaultLocale } from "./locale";

export type PluralCategory = "zero" | "one" | "two" | "few" | "many" | "other";

/**
 * A message that depends on a count: one variant per plural category of the language, `other`
 * required; `"=0"`-style keys match an exact count first ("aucune réponse" rather than
 * "0 réponse"). The count fills `{count}`, formatted for the locale.
 */
export type PluralMessage = { readonly other: string } & {
  readonly [Category in Exclude<PluralCategory, "other">]?: string;
} & { readonly [exact: `=${number}`]: string | undefined };

export type Message = string | PluralMessage;

/** A flat table of messages: key → template or plural variants. */
export type Messages = { readonly [key: string]: Message };

/**
 * The shape another language must have: every key of the source (French) messages, strings
 * where it has strings, plural variants where it has plurals (the categories may differ, as
 * languages do). Use it as `messagesEn = { … } as const satisfies MessageCatalogue<typeof messagesFr>`:
 * a missing or unknown key then fails the build.
 */
export type MessageCatalogue<Source extends Messages> = {
  readonly [Key in keyof Source]: Source[Key] extends string ? string : PluralMessage;
};

/** What a placeholder may be given: numbers, dates and lists are formatted for the locale. */
export type ParamValue = string | number | bigint | Date | readonly string[];

type PlaceholdersOf<Template> = Template extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never;

// Distributes over a union of languages' variants, so that every language's placeholders count.
type VariantsOf<Plural> = Plural extends unknown ? Plural[keyof Plural] : never;

/**
 * The parameters a message asks for, read from its `{name}` placeholders. Not distributive: for
 * `fr | en` messages, the parameters of both languages are required.
 */
export type ParamsOf<Template> = [Template] extends [string]
  ? string extends Template
    ? { readonly [name: string]: ParamValue }
    : { readonly [Name in PlaceholdersOf<Template>]: ParamValue }
  : { readonly count: number } & {
      readonly [Name in Exclude<PlaceholdersOf<VariantsOf<Template>>, "count">]: ParamValue;
    };

// Parameters are optional only when the message asks for none.
type ArgsOf<Template> =
  Record<never, never> extends ParamsOf<Template>
    ? [params?: ParamsOf<Template>]
    : [params: ParamsOf<Template>];

function formatParam(value: ParamValue, locale: string): string {
  if (typeof value === "number" || typeof value === "bigint") return formatNumber(value, locale);
  if (value instanceof Date) return formatDate(value, locale);
  if (Array.isArray(value)) return formatList(value, locale);
  return value as string;
}

/**
 * Fills `{name}` placeholders. A placeholder without a parameter stays visible as `{name}`,
 * so that a forgotten parameter shows in review instead of vanishing from the sentence.
 */
export function fill(
  template: string,
  params: { readonly [name: string]: ParamValue | undefined } = {},
  locale: string = defaultLocale,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : formatParam(value, locale);
  });
}

/** The variant of a plural message for a count: exact `=n` first, then the plural category. */
export function selectPlural(
  message: PluralMessage,
  count: number,
  locale: string = defaultLocale,
): string {
  const exact = message[`=${count}`];
  if (exact !== undefined) return exact;
  const category = pluralRules(locale).select(count) as PluralCategory;
  return message[category] ?? message.other;
}

/** A message (string or plural) filled with its parameters, for a locale. */
export function formatMessage(
  message: Message,
  params: { readonly [name: string]: ParamValue | undefined } = {},
  locale: string = defaultLocale,
): string {
  if (typeof message === "string") return fill(message, params, locale);
  const count = params.count;
  if (typeof count !== "number") {
    throw new TypeError(
      `A plural message needs a numeric "count" parameter, got ${String(count)}.`,
    );
  }
  return fill(selectPlural(message, count, locale), params, locale);
}

export interface Translator<M extends Messages> {
  readonly locale: string;
  readonly messages: M;
  /** The message of `key` filled with its parameters (`count` chooses a plural variant). */
  t<Key extends keyof M & string>(key: Key, ...params: ArgsOf<M[Key]>): string;
  number(value: number | bigint, options?: Intl.NumberFormatOptions): string;
  /** `{ style: "percent" }` reads 0.25 as "25 %". */
  percent(value: number, options?: Intl.NumberFormatOptions): string;
  date(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string;
  list(items: Iterable<string>, options?: Intl.ListFormatOptions): string;
  pluralCategory(count: number, options?: Intl.PluralRulesOptions): PluralCategory;
}

/**
 * A translator bound to one locale's messages:
 * `createTranslator(locale === "en" ? messagesEn : messagesFr, locale).t("found", { count: 2 })`.
 * Overriding some texts is a spread: `createTranslator({ ...messagesFr, ...overrides }, "fr")`.
 */
export function createTranslator<M extends Messages>(
  messages: M,
  locale: string = defaultLocale,
): Translator<M> {
  return {
    locale,
    messages,
    t(key, ...[params]) {
      const message = messages[key] as Message | undefined;
      // Only untyped (JavaScript) callers get here: show the key rather than nothing.
      if (message === undefined) return key;
      return formatMessage(message, params as Record<string, ParamValue>, locale);
    },
    number: (value, options) => formatNumber(value, locale, options),
    percent: (value, options) =>
      formatNumber(value, locale, { style: "percent", maximumFractionDigits: 0, ...options }),
    date: (value, options) => formatDate(value, locale, options),
    list: (items, options) => formatList(items, locale, options),
    pluralCategory: (count, options) =>
      pluralRules(locale, options).select(count) as PluralCategory,
  };
}
