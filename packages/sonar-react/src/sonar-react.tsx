import { messagesEn } from "./i18n/messages.en";
import { messagesFr, type SonarReactMessages } from "./i18n/messages.fr";

export interface SonarReactProps {
  locale?: "fr" | "en";
  /** Overrides some or all of the component's texts. */
  messages?: Partial<SonarReactMessages>;
}

export function SonarReact({ locale = "fr", messages }: SonarReactProps) {
  const text = { ...(locale === "en" ? messagesEn : messagesFr), ...messages };
  return (
    <section className="communs-sonar-react" lang={locale}>
      <h2 className="communs-sonar-react__title">{text.title}</h2>
    </section>
  );
}
