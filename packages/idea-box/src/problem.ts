import {
  problemContentType,
  type FieldIssue as HttpFieldIssue,
  type ProblemDetails as HttpProblemDetails,
} from "@communs/http";

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

/** One invalid field of a request (`pointer` is an RFC 6901 JSON pointer: `/body/title`). */
export type FieldIssue = HttpFieldIssue;

/** RFC 9457 problem details with a `code` and, for invalid input, every invalid field. */
export type ProblemDetails = HttpProblemDetails<ProblemCode>;

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

export { problemContentType };

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

/** Whether an answer body is problem details this contract knows (checked without zod). */
export function isProblemDetails(value: unknown): value is ProblemDetails {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.type === "string" &&
    typeof v.title === "string" &&
    typeof v.status === "number" &&
    Number.isInteger(v.status) &&
    (problemCodes as readonly unknown[]).includes(v.code) &&
    (v.errors === undefined ||
      (Array.isArray(v.errors) &&
        v.errors.every(
          (e: unknown) =>
            typeof e === "object" &&
            e !== null &&
            typeof (e as FieldIssue).pointer === "string" &&
            typeof (e as FieldIssue).code === "string",
        )))
  );
}
