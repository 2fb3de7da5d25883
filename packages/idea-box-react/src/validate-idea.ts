import type { FieldIssue } from "@communs/idea-box";

/**
 * The limits of `IdeaCreate` in `@communs/idea-box`, checked here without zod so that the
 * embeddable element stays small. `validate-idea.test.ts` checks with fast-check that this
 * function and the zod schema accept and refuse the same ideas. The server checks again.
 */
export const ideaLimits = {
  title: [5, 140],
  problem: [10, 5000],
  solution: [0, 5000],
  concerned: [0, 500],
  teamName: [2, 80],
} as const;

const slug = /^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/;

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
