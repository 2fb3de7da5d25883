import { fill as kitFill, type ParamValue } from "@communs/i18n";
import { messagesEn } from "./i18n/messages.en";
import { messagesFr, type ReportSchemaMessages } from "./i18n/messages.fr";
import type { IssueGroup, ReportIssue } from "./issues";

export type ReportLocale = "fr" | "en";

const catalogues: Record<ReportLocale, ReportSchemaMessages> = { fr: messagesFr, en: messagesEn };

const PLAIN_NUMBERS = new Set([
  "line",
  "column",
  "row",
  "page",
  "previous",
  "minimum",
  "maximum",
  "index",
]);

/** Kit `fill` with the report's own parameter rules: type codes in words, booleans as text. */
function fill(
  template: string,
  params: Record<string, unknown>,
  messages: ReportSchemaMessages,
  locale: ReportLocale,
): string {
  const words: Record<string, ParamValue> = {};
  for (const [name, value] of Object.entries(params)) {
    if ((name === "expected" || name === "received") && typeof value === "string")
      words[name] = (messages.types as Record<string, string>)[value] ?? value;
    // An unreadable XLSX file: the reason's own sentence, with the same parameters.
    else if (name === "reason" && typeof value === "string")
      words[name] = fill(
        (messages.xlsx as Record<string, string>)[value] ?? value,
        { ...params, reason: undefined },
        messages,
        locale,
      );
    else if (typeof value === "boolean") words[name] = String(value);
    // Line, row and page numbers and bounds (years) read as editors and spreadsheets show them.
    else if (typeof value === "number" && PLAIN_NUMBERS.has(name)) words[name] = String(value);
    else if (value !== undefined && value !== null) words[name] = value as ParamValue;
  }
  return kitFill(template, words, locale);
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
      locale,
    );
  if (issue.pointer)
    return fill(messages.wherePointer, { pointer: issue.pointer }, messages, locale);
  // A file that cannot be read, in a sheet but at no cell.
  return issue.code === "unreadable-xlsx" && typeof issue.params.sheet === "string"
    ? fill(messages.whereSheet, { sheet: issue.params.sheet }, messages, locale)
    : messages.whereDocument;
}

/** A sentence in French or English that says where the issue is, what is wrong and how to fix it. */
export function formatIssue(issue: ReportIssue, locale: ReportLocale = "fr"): string {
  const messages = catalogues[locale];
  const [what, fix] = messages.issues[issue.code];
  const sentence = `${formatIssueLocation(issue, locale)} : ${fill(what, issue.params, messages, locale)} ; ${fill(fix, issue.params, messages, locale)}.`;
  return locale === "en" ? sentence.replace(" : ", ": ").replace(" ; ", "; ") : sentence;
}
