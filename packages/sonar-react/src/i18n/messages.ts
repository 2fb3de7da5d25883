import { createTranslator, type Translator } from "@communs/i18n";
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

/** Parameters are typed from the shipped texts; overrides are expected to keep the placeholders. */
export type SonarTranslator = Translator<typeof messagesFr | typeof messagesEn>;

/** The translator of the components: plurals, numbers and percentages through `Intl`. */
export function sonarTranslator(
  locale: SonarLocale,
  overrides?: Partial<SonarMessages>,
): SonarTranslator {
  return createTranslator(
    messagesFor(locale, overrides) as typeof messagesFr | typeof messagesEn,
    locale,
  );
}
