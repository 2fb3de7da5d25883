import type { Translator } from "@communs/i18n";
import type { SonarLocale } from "@communs/sonar";
import { WorkshopError } from "@communs/sonar/workshop";
import { catalogueTranslator } from "./messages";
import { workshopMessagesEn } from "./workshop-messages.en";
import { workshopMessagesFr, type WorkshopMessages } from "./workshop-messages.fr";

export type { WorkshopMessages };

export type WorkshopTranslator = Translator<typeof workshopMessagesFr | typeof workshopMessagesEn>;

/** The translator of the workshop components, with the caller's overrides. */
export function workshopTranslator(
  locale: SonarLocale,
  overrides?: Partial<WorkshopMessages>,
): WorkshopTranslator {
  return catalogueTranslator(workshopMessagesFr, workshopMessagesEn, locale, overrides);
}

/** A sentence for what went wrong with a request: the problem's code, else a network failure. */
export function describeWorkshopProblem(error: unknown, text: WorkshopTranslator): string {
  if (error === "invalid-code") return text.t("codeInvalid");
  const code = error instanceof WorkshopError ? error.code : "network";
  const key = `problem-${code}` as keyof WorkshopMessages;
  return key in text.messages
    ? String(text.messages[key as keyof typeof text.messages])
    : text.t("problem-internal");
}
