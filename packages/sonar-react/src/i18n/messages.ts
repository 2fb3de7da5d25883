import {
  createTranslator,
  type MessageCatalogue,
  type Messages,
  type Translator,
} from "@communs/i18n";
import type { SonarLocale } from "@communs/sonar";
import { messagesEn } from "./messages.en";
import { messagesFr, type SonarMessages } from "./messages.fr";

export type { SonarMessages };

/**
 * The translator of a French catalogue (the source) and its English one, with the caller's
 * overrides: plurals, numbers and percentages through `Intl`. Parameters are typed from the
 * shipped texts; overrides are expected to keep the placeholders.
 */
export function catalogueTranslator<Fr extends Messages, En extends Messages>(
  fr: Fr,
  en: En,
  locale: SonarLocale,
  overrides?: Partial<MessageCatalogue<Fr>>,
): Translator<Fr | En> {
  return createTranslator({ ...(locale === "en" ? en : fr), ...overrides } as Fr | En, locale);
}

export type SonarTranslator = Translator<typeof messagesFr | typeof messagesEn>;

/** The translator of the components. */
export function sonarTranslator(
  locale: SonarLocale,
  overrides?: Partial<SonarMessages>,
): SonarTranslator {
  return catalogueTranslator(messagesFr, messagesEn, locale, overrides);
}
