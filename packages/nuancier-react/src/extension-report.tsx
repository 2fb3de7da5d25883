import type { Locale } from "@communs/nuancier";
import type { ExtendResult } from "@communs/nuancier/validation";
import { fill, plural, resolveMessages, type MessageOverrides } from "./i18n/format";

export interface ExtensionReportProps {
  /** What `extendNuancier` returned. */
  result: ExtendResult;
  locale?: Locale;
  messages?: MessageOverrides;
  headingLevel?: 2 | 3;
}

/** Says in sentences what an overlay added or changed, or why it was refused, with each path. */
export function ExtensionReport({
  result,
  locale = "fr",
  messages,
  headingLevel = 2,
}: ExtensionReportProps) {
  const text = resolveMessages(locale, messages);
  const Heading = `h${headingLevel}` as const;
  const collection = (name: unknown) =>
    (text.collection as Record<string, string>)[String(name)] ?? String(name);
  return (
    <section className="communs-nuancier-extension" data-ok={result.ok ? "true" : "false"}>
      <Heading className="communs-nuancier__title">{text.extensionTitle}</Heading>
      <p className="communs-nuancier-extension__status">
        {result.ok
          ? plural(locale, result.changes.length, text.extensionAccepted)
          : plural(locale, result.issues.length, text.extensionRejected)}
      </p>
      <ul className="communs-nuancier-extension__list">
        {result.ok
          ? result.changes.map((change) => (
              <li key={`${change.path}-${change.code}`}>
                {fill(text.change[change.code], {
                  ...change,
                  collection: collection(change.collection),
                })}{" "}
                <code>{change.path}</code>
              </li>
            ))
          : result.issues.map((issue) => (
              <li key={`${issue.path}-${issue.code}`} className="communs-nuancier-issues__item">
                {fill((text.issue as Record<string, string>)[issue.code] ?? text.issue.invalid, {
                  ...issue.params,
                  collection: collection(issue.params?.collection),
                })}{" "}
                {fill(text.at, { path: "" })}
                <code>{issue.path || "/"}</code>
              </li>
            ))}
      </ul>
    </section>
  );
}
