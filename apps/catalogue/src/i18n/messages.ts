import type { CatalogueLocale } from "./locale";
import { messagesEn } from "./messages.en";
import { messagesFr, type CatalogueMessages } from "./messages.fr";

const catalogueMessages: Record<CatalogueLocale, CatalogueMessages> = {
  fr: messagesFr,
  en: messagesEn,
};

export function messagesFor(locale: string): CatalogueMessages {
  return catalogueMessages[locale === "en" ? "en" : "fr"];
}
