import { useMemo } from "react";
import { formatProblem, problem, type FieldIssue, type Messages } from "@communs/idea-box/client";
import { demineurOf } from "@communs/idea-box/store";
import { useDemineurText } from "./i18n";
import type { DemineurMessages } from "./messages.fr";

/** The provider's store, announcer and locale, the Démineur store over it and its texts. */
export function useDemineur(messages?: DemineurMessages) {
  const text = useDemineurText(messages);
  const demineur = useMemo(() => demineurOf(text.store), [text.store]);
  return { ...text, demineur };
}
export type DemineurContext = ReturnType<typeof useDemineur>;

/** Roles that may open checks and record decisions. */
export const leadRoles: readonly (string | null | undefined)[] = ["lead", "moderator", "admin"];

/**
 * Field issues (from the form's checks or the server) as one sentence per form field, each
 * named with the form's own label: `fieldOf` maps a JSON pointer to the form field.
 */
export function fieldMessages(
  issues: readonly FieldIssue[],
  locale: "fr" | "en",
  fieldOf: (pointer: string) => string,
  labelOf: (field: string) => string,
  chooseOne: (label: string) => string,
): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of issues) {
    const field = fieldOf(issue.pointer);
    if (messages[field]) continue;
    const label = labelOf(field);
    if (issue.code === "invalid_value" || issue.code === "invalid_type") {
      messages[field] = chooseOne(label);
      continue;
    }
    const last = issue.pointer.split("/").pop() ?? "";
    const formatted = formatProblem(problem("validation", { errors: [issue] }), locale, {
      fieldNames: { [last]: label } as Messages["fieldNames"],
    });
    messages[field] = formatted.fields[0]?.message ?? label;
  }
  return messages;
}
