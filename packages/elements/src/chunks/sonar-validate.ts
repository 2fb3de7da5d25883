// Checks a definition the host gives by URL: zod/mini and the rules, only when definition-url is set.
import "../base/zod-jitless";
import { validateDefinition } from "@communs/sonar/validate";

/** The definition, or each issue as a line: where, the code and its details. */
export function checkDefinition(input: unknown) {
  const checked = validateDefinition(input);
  return checked.ok
    ? { ok: true as const, definition: checked.definition }
    : {
        ok: false as const,
        messages: checked.issues.map(
          (issue) =>
            `${issue.pointer || "/"} — ${issue.code} ${JSON.stringify(issue.params ?? {})}`,
        ),
      };
}
