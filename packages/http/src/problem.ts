/** One invalid field of a request. */
export interface FieldIssue {
  /** RFC 6901 JSON pointer into the request: `/body/title`, `/query/limit`, `/params/id`. */
  pointer: string;
  code: string;
  params?: Record<string, unknown>;
}

/** RFC 9457 problem details with a machine `code` and, for invalid input, every invalid field. */
export interface ProblemDetails<Code extends string = string> {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: Code;
  errors?: FieldIssue[];
  /** The request's id (its `X-Request-Id` response header), to find it in the server's logs. */
  requestId?: string;
}

export const problemContentType = "application/problem+json";

/**
 * An error carrying problem details: the server's, or one the client made (timeout, network).
 * Each API client names its own subclass, so `instanceof` tells whose answer it was.
 */
export class ProblemError<Problem extends ProblemDetails = ProblemDetails> extends Error {
  readonly problem: Problem;
  constructor(details: Problem) {
    super(details.detail ?? details.title);
    this.name = "ProblemError";
    this.problem = details;
  }
  get code(): Problem["code"] {
    return this.problem.code;
  }
  get status(): number {
    return this.problem.status;
  }
}

/**
 * The problem details of a failed answer: its body when `isProblem` accepts it, otherwise
 * `fallback(status)` (an HTML error page from a proxy, an empty body).
 */
export async function readProblem<Problem>(
  response: Response,
  isProblem: (value: unknown) => value is Problem,
  fallback: (status: number) => Problem,
): Promise<Problem> {
  const raw: unknown = await response.json().catch(() => null);
  return isProblem(raw) ? raw : fallback(response.status);
}
