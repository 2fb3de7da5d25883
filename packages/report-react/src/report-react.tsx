import { messagesEn } from "./i18n/messages.en";
import { messagesFr, type ReportReactMessages } from "./i18n/messages.fr";

export interface ReportReactProps {
  locale?: "fr" | "en";
  /** Overrides some or all of the component's texts. */
  messages?: Partial<ReportReactMessages>;
}

export function ReportReact({ locale = "fr", messages }: ReportReactProps) {
  const text = { ...(locale === "en" ? messagesEn : messagesFr), ...messages };
  return (
    <section className="communs-report-react" lang={locale}>
      <h2 className="communs-report-react__title">{text.title}</h2>
    </section>
  );
}
