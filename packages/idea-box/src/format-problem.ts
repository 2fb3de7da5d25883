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
    const last = issue.pointer.split("/").filter(Boolean).at(-1) ?? "";
    const name = (m.fieldNames as Record<string, string>)[last] ?? (last || m.request);
    const template = (m.fields as Record<string, string>)[issue.code] ?? m.fields.unknown;
    const message = template.replace(/\{(\w+)\}/g, (_, key: string) =>
      key === "field" ? name : String(issue.params?.[key] ?? ""),
    );
    return { pointer: issue.pointer, field: name, message };
  });
  return { summary, fields };
}
