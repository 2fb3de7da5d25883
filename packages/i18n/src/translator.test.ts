import { describe, expect, it } from "vitest";
import { createTranslator, fill, formatMessage, type MessageCatalogue } from "./translator";

const messagesFr = {
  hello: "Bonjour {name}",
  plain: "Sans paramètre",
  found: {
    "=0": "Aucun problème",
    one: "{count} problème dans {file}",
    other: "{count} problèmes dans {file}",
  },
  answers: { one: "{count} réponse", other: "{count} réponses" },
  choose: "Choisissez {options}",
  since: "Depuis le {date}",
} as const;

const messagesEn = {
  hello: "Hello {name}",
  plain: "No parameter",
  found: {
    "=0": "No problem",
    one: "{count} problem in {file}",
    other: "{count} problems in {file}",
  },
  answers: { one: "{count} answer", other: "{count} answers" },
  choose: "Choose {options}",
  since: "Since {date}",
} as const satisfies MessageCatalogue<typeof messagesFr>;

describe("createTranslator", () => {
  const fr = createTranslator(messagesFr, "fr");
  const en = createTranslator(messagesEn, "en");

  it("fills placeholders, French by default", () => {
    expect(createTranslator(messagesFr).t("hello", { name: "Aïcha" })).toBe("Bonjour Aïcha");
    expect(fr.t("plain")).toBe("Sans paramètre");
  });

  it("chooses plural variants with Intl.PluralRules: French 0 and 1.5 are singular, English not", () => {
    expect(fr.t("answers", { count: 1 })).toBe("1 réponse");
    expect(fr.t("answers", { count: 1.5 })).toBe("1,5 réponse");
    expect(fr.t("answers", { count: 2 })).toBe("2 réponses");
    expect(en.t("answers", { count: 1.5 })).toBe("1.5 answers");
    expect(en.t("answers", { count: 0 })).toBe("0 answers");
    expect(fr.t("answers", { count: 0 })).toBe("0 réponse");
  });

  it("prefers an exact =n variant", () => {
    expect(fr.t("found", { count: 0, file: "a.json" })).toBe("Aucun problème");
    expect(en.t("found", { count: 3, file: "a.json" })).toBe("3 problems in a.json");
  });

  it("formats numbers, lists and dates given as parameters for the locale", () => {
    expect(fr.t("answers", { count: 12345 })).toBe("12\u202f345 réponses");
    expect(en.t("answers", { count: 12345 })).toBe("12,345 answers");
    expect(fr.t("choose", { options: ["oui", "non", "peut-être"] })).toBe(
      "Choisissez oui, non et peut-être",
    );
    expect(en.t("choose", { options: ["yes", "no"] })).toBe("Choose yes and no");
    const date = new Date(Date.UTC(2026, 2, 14, 12));
    expect(fr.t("since", { date })).toBe("Depuis le 14 mars 2026");
    expect(en.t("since", { date })).toBe("Since March 14, 2026");
  });

  it("offers the Intl formatters bound to its locale", () => {
    expect(fr.number(1234.5)).toBe("1\u202f234,5");
    expect(fr.percent(0.256)).toBe("26\u00a0%");
    expect(en.percent(0.256)).toBe("26%");
    expect(fr.list(["a", "b"], { type: "disjunction" })).toBe("a ou b");
    expect(fr.date("2026-03-14T12:00:00Z")).toBe("14 mars 2026");
    expect(fr.date("not a date")).toBe("not a date");
    expect(fr.pluralCategory(1)).toBe("one");
    expect(en.pluralCategory(1, { type: "ordinal" })).toBe("one");
  });

  it("types keys and parameters from the message text", () => {
    const either = createTranslator(Math.random() > 2 ? messagesEn : messagesFr, "fr");
    expect(either.t("hello", { name: "Léa" })).toBe("Bonjour Léa");
    // @ts-expect-error -- unknown key
    expect(fr.t("nope")).toBe("nope");
    // @ts-expect-error -- missing parameter
    expect(fr.t("hello")).toBe("Bonjour {name}");
    // @ts-expect-error -- a plural needs its count
    expect(() => fr.t("answers", {})).toThrow(/count/);
    // @ts-expect-error -- and every placeholder of its variants
    fr.t("found", { count: 1 });
  });

  it("makes a missing or unknown key in another language a type error", () => {
    // @ts-expect-error -- "since" is missing
    const missing: MessageCatalogue<typeof messagesFr> = {
      hello: "",
      plain: "",
      found: { other: "" },
      answers: { other: "" },
      choose: "",
    };
    const unknown = {
      ...messagesEn,
      extra: "",
    };
    // @ts-expect-error -- a plural must have its `other` variant
    const noOther: MessageCatalogue<typeof messagesFr> = { ...messagesEn, answers: { one: "" } };
    expect([missing, unknown, noOther]).toHaveLength(3);
  });
});

describe("fill and formatMessage", () => {
  it("leaves a placeholder without a parameter visible", () => {
    expect(fill("{a} et {b}", { a: 1 })).toBe("1 et {b}");
  });

  it("refuses a plural without a numeric count", () => {
    expect(() => formatMessage({ other: "x" }, { count: "2" })).toThrow(TypeError);
  });
});
