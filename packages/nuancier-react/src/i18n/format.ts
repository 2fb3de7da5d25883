import { messageLocale, type ContentLocale, type NuancierData } from "@communs/nuancier";
import { messagesEn } from "./messages.en";
import { messagesFr, type NuancierMessages } from "./messages.fr";

/** Deep partial, so that `messages` props may override one nested text. */
export type MessageOverrides = {
  [Key in keyof NuancierMessages]?: NuancierMessages[Key] extends string
    ? string
    : Partial<NuancierMessages[Key]>;
};

/**
 * The messages for a reader of `locale` with the integrator's overrides laid over them. For a
 * language without shipped messages (`de`, `br`…), French or English along its fallbacks (the
 * palette's `languages` may say which): pass your own translation as `overrides`.
 */
export function resolveMessages(
  locale: ContentLocale,
  overrides?: MessageOverrides,
  data?: Pick<NuancierData, "languages">,
): NuancierMessages {
  const base: NuancierMessages = messageLocale(locale, data) === "en" ? messagesEn : messagesFr;
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
