import { formatMessage } from "@communs/i18n";
import type { ContentLocale } from "@communs/nuancier";
import type { ExtendResult } from "@communs/nuancier/validation";
import { resolveMessages, type MessageOverrides } from "./i18n/format";

export interface ExtensionReportProps {
  /** What `extendNuancier` returned. */
  result: ExtendResult;
  locale?: ContentLocale;
  messages?: MessageOverrides;
  headingLevel?: 2 | 3;
}

/** Says in sentences what an overlay added, changed or removed, or why it was refused, with each place. */
export function ExtensionReport({
  result,
  locale = "fr",
  messages,
  headingLevel = 2,
}: ExtensionReportProps) {
  const text = resolveMessages(locale, messages, result.data);
  const Heading = `h${headingLevel}` as const;
  const collection = (name: unknown) =>
    (text.collection as Record<string, string>)[String(name)] ?? String(name);
  return (
    <section className="communs-nuancier-extension" data-ok={result.ok ? "true" : "false"}>
      <Heading className="communs-nuancier__title">{text.extensionTitle}</Heading>
      <p className="communs-nuancier-extension__status">
        {result.ok
          ? formatMessage(text.extensionAccepted, { count: result.changes.length }, locale)
          : formatMessage(text.extensionRejected, { count: result.issues.length }, locale)}
      </p>
      <ul className="communs-nuancier-extension__list">
        {result.ok
          ? result.changes.map((change) => (
              <li key={`${change.pointer}-${change.code}-${change.id}-${change.field ?? ""}`}>
                {formatMessage(
                  text.change[change.code],
                  { ...change, collection: collection(change.collection) },
                  locale,
                )}{" "}
                <code>{change.pointer}</code>
              </li>
            ))
          : result.issues.map((issue) => (
              <li key={`${issue.pointer}-${issue.code}`} className="communs-nuancier-issues__item">
                {formatMessage(
                  (text.issue as Record<string, string>)[issue.code] ?? text.issue.invalid,
                  { ...issue.params, collection: collection(issue.params?.collection) },
                  locale,
                )}{" "}
                {formatMessage(text.at, { path: "" }, locale)}
                <code>{issue.pointer || "/"}</code>
              </li>
            ))}
      </ul>
    </section>
  );
}
