import { messagesEn } from "./i18n/messages.en";
import { messagesFr, type ReportSchemaMessages } from "./i18n/messages.fr";
import type { IssueGroup, ReportIssue } from "./issues";

export type ReportLocale = "fr" | "en";

const catalogues: Record<ReportLocale, ReportSchemaMessages> = { fr: messagesFr, en: messagesEn };

function fill(
  template: string,
  params: Record<string, unknown>,
  messages: ReportSchemaMessages,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (Array.isArray(value)) return value.join(messages.listSeparator);
    if ((name === "expected" || name === "received") && typeof value === "string")
      return (messages.types as Record<string, string>)[value] ?? value;
    return String(value);
  });
}

/** The heading of a group of issues, in words: "Champs obligatoires manquants". */
export function formatIssueGroupHeading(
  group: Pick<IssueGroup, "code">,
  locale: ReportLocale = "fr",
): string {
  return catalogues[locale].groups[group.code];
}

/** Where an issue is, as a phrase: a spreadsheet cell when known, else the JSON pointer. */
export function formatIssueLocation(issue: ReportIssue, locale: ReportLocale = "fr"): string {
  const messages = catalogues[locale];
  if (issue.cell)
    return fill(
      issue.cell.header ? messages.whereCellHeader : messages.whereCell,
      { ...issue.cell },
      messages,
    );
  return issue.pointer
    ? fill(messages.wherePointer, { pointer: issue.pointer }, messages)
    : messages.whereDocument;
}

/** A sentence in French or English that says where the issue is, what is wrong and how to fix it. */
export function formatIssue(issue: ReportIssue, locale: ReportLocale = "fr"): string {
  const messages = catalogues[locale];
  const [what, fix] = messages.issues[issue.code];
  const sentence = `${formatIssueLocation(issue, locale)} : ${fill(what, issue.params, messages)} ; ${fill(fix, issue.params, messages)}.`;
  return locale === "en" ? sentence.replace(" : ", ": ").replace(" ; ", "; ") : sentence;
}
