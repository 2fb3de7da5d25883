import type { FieldIssue } from "./problem";
import { ideaLimits, slugPattern as slug } from "./limits";

/**
 * `IdeaCreate` checked without zod, from the same limits, for forms and `<communs-idea-box>`.
 * `validate-idea.test.ts` checks with fast-check that this function and the zod schema accept
 * and refuse the same ideas. The server checks again.
 */

export interface IdeaInput {
  title: string;
  problem: string;
  solution: string;
  concerned: string;
  scope: string;
  theme?: string;
  authorship: { mode: "named" } | { mode: "anonymous" } | { mode: "team"; teamName: string };
}

function checkText(
  value: string,
  [min, max]: readonly [number, number],
  pointer: string,
  issues: FieldIssue[],
) {
  const trimmed = value.trim();
  if (trimmed.length < min)
    issues.push({ pointer, code: "too_small", params: { minimum: min, origin: "string" } });
  else if (trimmed.length > max)
    issues.push({ pointer, code: "too_big", params: { maximum: max, origin: "string" } });
  else if (trimmed.includes("\u0000")) issues.push({ pointer, code: "custom" });
}

/** Every problem of an idea about to be posted, as field issues with JSON pointers. */
export function validateIdea(input: IdeaInput): { issues: FieldIssue[]; value: IdeaInput } {
  const issues: FieldIssue[] = [];
  checkText(input.title, ideaLimits.title, "/body/title", issues);
  checkText(input.problem, ideaLimits.problem, "/body/problem", issues);
  checkText(input.solution, ideaLimits.solution, "/body/solution", issues);
  checkText(input.concerned, ideaLimits.concerned, "/body/concerned", issues);
  if (!slug.test(input.scope))
    issues.push({
      pointer: "/body/scope",
      code: "invalid_format",
      params: { format: "regex", origin: "string" },
    });
  if (input.theme !== undefined && !slug.test(input.theme))
    issues.push({
      pointer: "/body/theme",
      code: "invalid_format",
      params: { format: "regex", origin: "string" },
    });
  if (input.authorship.mode === "team")
    checkText(input.authorship.teamName, ideaLimits.teamName, "/body/authorship/teamName", issues);
  const value: IdeaInput = {
    ...input,
    title: input.title.trim(),
    problem: input.problem.trim(),
    solution: input.solution.trim(),
    concerned: input.concerned.trim(),
    authorship:
      input.authorship.mode === "team"
        ? { mode: "team", teamName: input.authorship.teamName.trim() }
        : input.authorship,
  };
  return { issues, value };
}
