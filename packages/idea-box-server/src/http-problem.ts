import { problem, type FieldIssue, type ProblemCode } from "@communs/idea-box";

/** Thrown by handlers; the app turns it into an RFC 9457 response. */
export class HttpProblem extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly extra: { detail?: string; errors?: FieldIssue[] } = {},
  ) {
    super(extra.detail ?? code);
  }
  toJSON(instance?: string) {
    return problem(this.code, { ...this.extra, ...(instance ? { instance } : {}) });
  }
}

export const notFound = (detail?: string) => new HttpProblem("not-found", detail ? { detail } : {});
export const invalid = (pointer: string, code: string, params?: Record<string, unknown>) =>
  new HttpProblem("validation", { errors: [{ pointer, code, ...(params ? { params } : {}) }] });
