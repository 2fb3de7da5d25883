import { z } from "zod";

/** Stable machine codes of problems; UIs turn them into sentences (see `formatProblem`). */
export const problemCodes = [
  "validation",
  "unauthenticated",
  "forbidden",
  "not-found",
  "conflict",
  "csrf",
  "blocked",
  "rate-limited",
  "payload-too-large",
  "unsupported-media-type",
  "method-not-allowed",
  "timeout",
  "network",
  "internal",
] as const;
export type ProblemCode = (typeof problemCodes)[number];

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
});
export type ProblemDetails = z.infer<typeof ProblemDetails>;

export const problemStatus: Record<ProblemCode, number> = {
  validation: 422,
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  csrf: 403,
  blocked: 403,
  "rate-limited": 429,
  "payload-too-large": 413,
  "unsupported-media-type": 415,
  "method-not-allowed": 405,
  timeout: 504,
  network: 503,
  internal: 500,
};

const titles: Record<ProblemCode, string> = {
  validation: "Invalid request",
  unauthenticated: "Sign-in required",
  forbidden: "Not allowed",
  "not-found": "Not found",
  conflict: "Conflict",
  csrf: "Missing or wrong CSRF token",
  blocked: "Account blocked in this box",
  "rate-limited": "Too many requests",
  "payload-too-large": "Request body too large",
  "unsupported-media-type": "Send JSON",
  "method-not-allowed": "Method not allowed",
  timeout: "Timed out",
  network: "Network error",
  internal: "Internal error",
};

export const problemContentType = "application/problem+json";

/** Builds a problem details object for a code. */
export function problem(
  code: ProblemCode,
  extra: { detail?: string; instance?: string; errors?: FieldIssue[] } = {},
): ProblemDetails {
  return {
    type: `urn:communs:idea-box:problem:${code}`,
    title: titles[code],
    status: problemStatus[code],
    code,
    ...extra,
  };
}

const escapePointer = (segment: PropertyKey) =>
  String(segment).replaceAll("~", "~0").replaceAll("/", "~1");

/** Turns zod issues into field issues with a JSON pointer (every issue, not the first). */
export function issuesFromZod(error: z.ZodError, root: string): FieldIssue[] {
  return error.issues.map((issue) => {
    const params: Record<string, unknown> = {};
    for (const key of ["minimum", "maximum", "expected", "format", "keys", "values", "origin"]) {
      const value = (issue as unknown as Record<string, unknown>)[key];
      if (value !== undefined && typeof value !== "function")
        params[key] = typeof value === "bigint" ? Number(value) : value;
    }
    return {
      pointer: `/${root}${issue.path.map((segment) => `/${escapePointer(segment)}`).join("")}`,
      code: issue.code,
      ...(Object.keys(params).length > 0 ? { params } : {}),
    };
  });
}
