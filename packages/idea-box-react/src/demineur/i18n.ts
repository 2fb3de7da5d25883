import { useMemo } from "react";
import { fill, formatDate, selectPlural, type Locale } from "@communs/i18n";
import { useIdeaBox } from "../context";
import { demineurMessagesFr, type DemineurMessages } from "./messages.fr";
import { demineurMessagesEn } from "./messages.en";

type Plural = { one: string; other: string };
type Key = {
  [K in keyof DemineurMessages]: DemineurMessages[K] extends string ? K : never;
}[keyof DemineurMessages];
type PluralKey = {
  [K in keyof DemineurMessages]: DemineurMessages[K] extends Plural ? K : never;
}[keyof DemineurMessages];

/** The Démineur's translator for a locale (its own messages, beside the idea box's). */
export function createDemineurTranslator(locale: Locale, messages?: DemineurMessages) {
  const texts: DemineurMessages =
    messages ?? (locale === "en" ? demineurMessagesEn : demineurMessagesFr);
  return {
    locale,
    texts,
    t: (key: Key, values: Record<string, string | number> = {}) =>
      fill(texts[key] as string, values, locale),
    tp: (key: PluralKey, count: number, values: Record<string, string | number> = {}) =>
      fill(selectPlural(texts[key] as Plural, count, locale), { count, ...values }, locale),
    date: (iso: string) => formatDate(iso, locale),
  };
}
export type DemineurTranslator = ReturnType<typeof createDemineurTranslator>;

/** The provider's store and announcer with the Démineur's texts in the provider's locale. */
export function useDemineurText(messages?: DemineurMessages) {
  const box = useIdeaBox();
  const translator = useMemo(
    () => createDemineurTranslator(box.locale, messages),
    [box.locale, messages],
  );
  return { ...box, ...translator };
}
