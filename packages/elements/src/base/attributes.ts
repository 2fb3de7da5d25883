/**
 * Attributes declared as data: each element lists what it reads, with what it expects in
 * French and English, and `readAttributes` checks them all (every problem, not the first).
 */
export type Locale = "fr" | "en";
export type Bilingual = Record<Locale, string>;

/** What parsing an attribute gives: a value, or what was expected (said in both languages). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; expected: Bilingual };

export interface AttributeSpec<T = unknown> {
  /** The value used when the attribute is absent or wrong. */
  fallback: T;
  /** Absent is a problem (the element then shows what is missing instead of the tool). */
  required?: boolean;
  /** What a missing required attribute needs, e.g. an example. */
  expected: Bilingual;
  parse(raw: string, context: { baseUrl: string }): Parsed<T>;
}

export type AttributeSpecs = Record<string, AttributeSpec>;
export type AttributeValues<S extends AttributeSpecs> = {
  [K in keyof S]: S[K] extends AttributeSpec<infer T> ? T : never;
};

export interface AttributeProblem {
  attribute: string;
  /** The value found, or null when a required attribute is missing. */
  value: string | null;
  expected: Bilingual;
  /** A required attribute is missing or wrong: the tool cannot start. */
  blocking: boolean;
}

/** One of a few words. */
export function oneOf<const W extends string>(words: readonly W[], fallback: W): AttributeSpec<W>;
export function oneOf<const W extends string>(
  words: readonly W[],
  fallback: W | null,
): AttributeSpec<W | null>;
export function oneOf<const W extends string>(
  words: readonly W[],
  fallback: W | null,
): AttributeSpec<W | null> {
  const list = words.map((word) => `"${word}"`);
  const or = (conjunction: string) =>
    list.length > 1 ? `${list.slice(0, -1).join(", ")} ${conjunction} ${list.at(-1)}` : list[0]!;
  const expected = { fr: or("ou"), en: or("or") };
  return {
    fallback,
    expected,
    parse: (raw) =>
      (words as readonly string[]).includes(raw.trim())
        ? { ok: true, value: raw.trim() as W }
        : { ok: false, expected },
  };
}

/** An http(s) URL, resolved against the page. */
export function httpUrl(example: string): AttributeSpec<string | null> {
  const expected = {
    fr: `une adresse http(s), par exemple "${example}"`,
    en: `an http(s) URL, e.g. "${example}"`,
  };
  return {
    fallback: null,
    expected,
    parse(raw, { baseUrl }) {
      try {
        const url = new URL(raw.trim(), baseUrl);
        if ((url.protocol === "https:" || url.protocol === "http:") && raw.trim() !== "")
          return { ok: true, value: url.href };
      } catch {
        // Reported below.
      }
      return { ok: false, expected };
    },
  };
}

/** A yes/no flag written as a boolean attribute (present, "", "true") or "false". */
export function flag(fallback: boolean): AttributeSpec<boolean> {
  const expected = {
    fr: 'présent sans valeur, "true" ou "false"',
    en: 'present without a value, "true" or "false"',
  };
  return {
    fallback,
    expected,
    parse: (raw) =>
      raw === "" || raw === "true"
        ? { ok: true, value: true }
        : raw === "false"
          ? { ok: true, value: false }
          : { ok: false, expected },
  };
}

/** The two attributes every element has. */
export const commonSpecs = {
  lang: oneOf(["fr", "en"] as const, null),
  theme: oneOf(["default", "dark", "dsfr"] as const, null),
};

/** Reads every declared attribute; wrong optional ones fall back, wrong required ones block. */
export function readAttributes<S extends AttributeSpecs>(
  specs: S,
  get: (name: string) => string | null,
  baseUrl: string,
): { values: AttributeValues<S>; problems: AttributeProblem[] } {
  const values: Record<string, unknown> = {};
  const problems: AttributeProblem[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    const raw = get(name);
    values[name] = spec.fallback;
    if (raw === null) {
      if (spec.required)
        problems.push({ attribute: name, value: null, expected: spec.expected, blocking: true });
      continue;
    }
    const parsed = spec.parse(raw, { baseUrl });
    if (parsed.ok) values[name] = parsed.value;
    else
      problems.push({
        attribute: name,
        value: raw,
        expected: parsed.expected,
        blocking: Boolean(spec.required),
      });
  }
  return { values: values as AttributeValues<S>, problems };
}

/** A problem as a sentence for the page (visible) or the console (English). */
export function describeProblem(tag: string, problem: AttributeProblem, locale: Locale): string {
  const { attribute, value, expected } = problem;
  if (locale === "en")
    return value === null
      ? `<${tag}>: attribute "${attribute}" is missing; expected ${expected.en}.`
      : `<${tag}>: attribute "${attribute}" is "${value}"; expected ${expected.en}.`;
  return value === null
    ? `<${tag}> : l’attribut « ${attribute} » manque ; attendu : ${expected.fr}.`
    : `<${tag}> : l’attribut « ${attribute} » vaut « ${value} » ; attendu : ${expected.fr}.`;
}
