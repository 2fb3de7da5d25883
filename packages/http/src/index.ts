export {
  createHttp,
  idempotentMethods,
  retryableStatus,
  sleep,
  type Http,
  type HttpClientOptions,
  type HttpErrors,
  type HttpRequest,
} from "./http";
export {
  ProblemError,
  problemContentType,
  readProblem,
  type FieldIssue,
  type ProblemDetails,
} from "./problem";
