import type { Locale, NuancierData } from "@communs/nuancier";
import type { MessageOverrides } from "./i18n/format";

/** What every Nuancier component takes. */
export interface NuancierCommonProps {
  /** The palette: `nuancierContent` from `@communs/nuancier/content`, or an extended one. */
  data: NuancierData;
  /** "fr" (default) or "en". */
  locale?: Locale;
  /** Overrides some of the component's texts. */
  messages?: MessageOverrides;
}

export const cx = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(" ");
