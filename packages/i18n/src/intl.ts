// Intl constructors are slow next to `format`: each formatter is built once per locale and options.
const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object | undefined, make: () => T): T {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ""}`;
  let formatter = cache.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

export const pluralRules = (locale: string, options?: Intl.PluralRulesOptions) =>
  cached("plural", locale, options, () => new Intl.PluralRules(locale, options));

/** `formatNumber(1234.5, "fr")` → "1 234,5" (with a narrow no-break space, as CLDR writes it). */
export function formatNumber(
  value: number | bigint,
  locale: string,
  options?: Intl.NumberFormatOptions,
): string {
  return cached("number", locale, options, () => new Intl.NumberFormat(locale, options)).format(
    value,
  );
}

/**
 * A date in the locale, `dateStyle: "long"` unless told otherwise. ISO strings are accepted;
 * an unreadable date is returned as given rather than as "Invalid Date".
 */
export function formatDate(
  value: Date | string | number,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: "long" },
): string {
  const time =
    value instanceof Date ? value.getTime() : typeof value === "number" ? value : Date.parse(value);
  if (!Number.isFinite(time)) return String(value);
  return cached("date", locale, options, () => new Intl.DateTimeFormat(locale, options)).format(
    time,
  );
}

/** `formatList(["a", "b", "c"], "fr")` → "a, b et c"; `{ type: "disjunction" }` gives "a, b ou c". */
export function formatList(
  items: Iterable<string>,
  locale: string,
  options: Intl.ListFormatOptions = { type: "conjunction" },
): string {
  return cached("list", locale, options, () => new Intl.ListFormat(locale, options)).format(items);
}
