import type { ContentLocale, NuancierData } from "@communs/nuancier";
import type { MessageOverrides } from "./i18n/format";

/** What every Nuancier component takes. */
export interface NuancierCommonProps {
  /** The palette: `nuancierContent` from `@communs/nuancier/content`, or an extended one. */
  data: NuancierData;
  /**
   * The reader's language: "fr" (default), "en", or any language the palette has texts in
   * (e.g. "de" from an overlay), other texts falling back along `localeChain`.
   */
  locale?: ContentLocale;
  /** Overrides some of the component's texts. */
  messages?: MessageOverrides;
}

export const cx = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(" ");
