/**
 * `@communs/idea-box`: the whole contract. The zod-free part comes from
 * `@communs/idea-box/client` by its package name, so that one module (one `IdeaBoxError` class)
 * serves this entry, the client entry and the store.
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
  ideaLimits,
  reportReasons,
  slugPattern,
  uuidPattern,
  validateIdea,
  type IdeaInput,
  isProblemDetails,
  problem,
  problemCodes,
  problemContentType,
  problemStatus,
  type ProblemCode,
  IdeaBoxError,
  createIdeaBoxClient,
  type ClientOptions,
  type IdeaBoxClient,
  type RequestOptions,
  formatProblem,
  type FormattedProblem,
  type Locale,
  messagesFr,
  type Messages,
  messagesEn,
} from "@communs/idea-box/client";
export * from "./schemas-entry";
