/**
 * `@communs/idea-box`: the whole contract. The zod-free part comes from
 * `@communs/idea-box/client` by its package name, so that one module (one `IdeaBoxError` class)
 * serves this entry, the client entry and the store.
 */
export * from "@communs/idea-box/client";
export * from "./schemas-entry";
// Names both entries give (a zod schema here, a plain type there): these win over both stars.
export { FieldIssue, ProblemDetails } from "./problem-schema";
export type { EndpointInput, EndpointOutput } from "./endpoints";
export type { BoxT, CommentT, IdeaCreateBody, IdeaT, ReportT } from "./schemas";
export type { BoxFiguresT } from "./schemas-admin";
export { buildCheckReport, checkReportLabels } from "./demineur-report";
export type { CheckReportInput, CheckReportLocale } from "./demineur-report";
export type {
  AnswerInputBody,
  AnswerT,
  CheckCreateBody,
  CheckReportT,
  CheckT,
} from "./schemas-demineur";
