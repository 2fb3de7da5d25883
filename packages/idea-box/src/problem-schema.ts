import { appendPointer } from "@communs/i18n";
import { z } from "zod";
import { problemCodes, type FieldIssue as FieldIssueT } from "@communs/idea-box/client";

/** The zod schemas of problem details, for whoever validates them (the server, tests). */
export const FieldIssue = z.object({
  /** RFC 6901 JSON pointer into the request: `/body/title`, `/query/limit`, `/params/id`. */
  pointer: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.unknown()).optional(),
});
export type FieldIssue = z.infer<typeof FieldIssue>;

/** RFC 9457 problem details with a `code` and, for invalid input, every invalid field. */
export const ProblemDetails = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  code: z.enum(problemCodes),
  errors: z.array(FieldIssue).optional(),
  /** The request's id (its `X-Request-Id` response header), to find it in the server's logs. */
  requestId: z.string().optional(),
});
export type ProblemDetails = z.infer<typeof ProblemDetails>;

/** Turns zod issues into field issues with a JSON pointer (every issue, not the first). */
export function issuesFromZod(error: z.ZodError, root: string): FieldIssueT[] {
  return error.issues.map((issue) => {
    const params: Record<string, unknown> = {};
    for (const key of ["minimum", "maximum", "expected", "format", "keys", "values", "origin"]) {
      const value = (issue as unknown as Record<string, unknown>)[key];
      if (value !== undefined && typeof value !== "function")
        params[key] = typeof value === "bigint" ? Number(value) : value;
    }
    return {
      pointer: appendPointer(`/${root}`, ...issue.path),
      code: issue.code,
      ...(Object.keys(params).length > 0 ? { params } : {}),
    };
  });
}
