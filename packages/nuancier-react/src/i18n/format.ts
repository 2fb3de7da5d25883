import type { Locale } from "@communs/nuancier";
import { messagesEn } from "./messages.en";
import { messagesFr, type NuancierMessages } from "./messages.fr";

/** Deep partial, so that `messages` props may override one nested text. */
export type MessageOverrides = {
  [Key in keyof NuancierMessages]?: NuancierMessages[Key] extends string
    ? string
    : Partial<NuancierMessages[Key]>;
};

/** The messages of a locale with the integrator's overrides laid over them. */
export function resolveMessages(locale: Locale, overrides?: MessageOverrides): NuancierMessages {
  const base: NuancierMessages = locale === "en" ? messagesEn : messagesFr;
  if (!overrides) return base;
  const merged = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    merged[key] =
      typeof value === "object" && value && typeof current === "object"
        ? { ...current, ...value }
        : value;
  }
  return merged as NuancierMessages;
}
