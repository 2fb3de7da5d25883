import {
  workshopProblem,
  type WorkshopProblem,
  type WorkshopProblemCode,
} from "@communs/sonar/workshop";

/** A problem to answer with (RFC 9457); thrown by the domain, turned into a response by the routes. */
export class WorkshopHttpError extends Error {
  readonly problem: WorkshopProblem;
  readonly headers: Record<string, string>;
  constructor(
    code: WorkshopProblemCode,
    extra: Parameters<typeof workshopProblem>[1] = {},
    headers: Record<string, string> = {},
  ) {
    const details = workshopProblem(code, extra);
    super(details.detail ?? details.title);
    this.name = "WorkshopHttpError";
    this.problem = details;
    this.headers = headers;
  }
}
