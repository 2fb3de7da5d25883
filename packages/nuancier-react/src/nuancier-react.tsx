import { messagesEn } from "./i18n/messages.en";
import { messagesFr, type NuancierReactMessages } from "./i18n/messages.fr";

export interface NuancierReactProps {
  locale?: "fr" | "en";
  /** Overrides some or all of the component's texts. */
  messages?: Partial<NuancierReactMessages>;
}

export function NuancierReact({ locale = "fr", messages }: NuancierReactProps) {
  const text = { ...(locale === "en" ? messagesEn : messagesFr), ...messages };
  return (
    <section className="communs-nuancier-react" lang={locale}>
      <h2 className="communs-nuancier-react__title">{text.title}</h2>
    </section>
  );
}
