import { fill, isPointer, parsePointer } from "@communs/i18n";
import type { ProblemDetails } from "./problem";
import { messagesFr, type Messages } from "./i18n/messages.fr";
import { messagesEn } from "./i18n/messages.en";

export type Locale = "fr" | "en";

export interface FormattedProblem {
  summary: string;
  fields: { pointer: string; field: string; message: string }[];
}

/** Turns a problem into sentences in French or English; `messages` overrides texts. */
export function formatProblem(
  problem: ProblemDetails,
  locale: Locale = "fr",
  messages?: Partial<Messages>,
): FormattedProblem {
  const base = locale === "en" ? messagesEn : messagesFr;
  const m: Messages = { ...base, ...messages } as Messages;
  const summary = m.problems[problem.code] ?? problem.title;
  const fields = (problem.errors ?? []).map((issue) => {
    const last = (isPointer(issue.pointer) ? parsePointer(issue.pointer).at(-1) : "") ?? "";
    const name = (m.fieldNames as Record<string, string>)[last] ?? (last || m.request);
    const template = (m.fields as Record<string, string>)[issue.code] ?? m.fields.unknown;
    const params = Object.entries(issue.params ?? {}).map(([key, value]) => [key, String(value)]);
    const message = fill(template, { ...Object.fromEntries(params), field: name }, locale);
    return { pointer: issue.pointer, field: name, message };
  });
  return { summary, fields };
}
