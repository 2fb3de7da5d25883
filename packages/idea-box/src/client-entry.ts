/**
 * `@communs/idea-box/client`: everything that runs in a browser, without zod: the route table,
 * limits, problem details, the fetch client, problem texts and the idea check. The store and
 * `<communs-idea-box>` use only this; `@communs/idea-box` adds the zod schemas and OpenAPI.
 */
export {
  accessRules,
  fillPath,
  idempotentMethods,
  routes,
  type Access,
  type AccessRule,
  type EndpointName,
  type Method,
  type Route,
  type Routes,
} from "./routes";
export { ideaLimits, reportReasons, slugPattern, uuidPattern } from "./limits";
export { validateIdea, type IdeaInput } from "./validate-idea";
export {
  isProblemDetails,
  problem,
  problemCodes,
  problemContentType,
  problemStatus,
  type FieldIssue,
  type ProblemCode,
  type ProblemDetails,
} from "./problem";
export {
  IdeaBoxError,
  createIdeaBoxClient,
  type ClientOptions,
  type IdeaBoxClient,
  type RequestOptions,
} from "./client";
export { formatProblem, type FormattedProblem, type Locale } from "./format-problem";
export { messagesFr, type Messages } from "./i18n/messages.fr";
export { messagesEn } from "./i18n/messages.en";
// Types inferred from the schemas: erased at build time, so no zod at run time.
export type { EndpointInput, EndpointOutput } from "./endpoints";
export type { BoxT, CommentT, IdeaCreateBody, IdeaT, ReportT } from "./schemas";
export type { BoxFiguresT } from "./schemas-admin";
export {
  checkLimits,
  checkStates,
  existsAnswers,
  riskCategories,
  useFrequencies,
  verdicts,
  wouldUseAnswers,
} from "./limits-demineur";
export type {
  AnswerInputBody,
  AnswerT,
  CheckCreateBody,
  CheckReportT,
  CheckT,
} from "./schemas-demineur";
