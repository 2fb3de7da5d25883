/**
 * `@communs/report-schema/zod-free`: what a page needs to check and show reports, without zod
 * (a test walks its imports). `quickValidateReport` answers for a report whose structure is
 * right; for one whose structure is wrong it returns undefined, and the page loads
 * `validateReport` from the main entry (zod) to word each problem. Everything else here is the
 * main entry's, the same functions.
 */
export {
  SCHEMA_ID,
  SCHEMA_VERSION,
  SCHEMA_VERSIONS,
  COMPATIBLE_VERSIONS,
  deprecatedFields,
  type SchemaVersion,
} from "./versions";
export type {
  Activity,
  CaseStudy,
  Foreword,
  Source,
  KeyFigure,
  Link,
  Money,
  Note,
  Person,
  PlannedItem,
  Programme,
  Report,
  ReportEvent,
  ReportInput,
  Site,
} from "./schema";
export {
  activityTypes,
  codeLabel,
  codelists,
  codesOf,
  creditRoles,
  figureQualifiers,
  indicators,
  organisationKinds,
  keyFigureFamilies,
  memberCategories,
  noteKinds,
  partnerKinds,
  siteStatuses,
  type CodelistEntry,
  type CodelistName,
} from "./codelists";
export {
  quickValidateReport,
  parseReportJson,
  lineAndColumn,
  type ValidationResult,
} from "./quick-validate";
export { checkCrossFieldRules, schemaKnowsPointer } from "./rules";
export {
  groupIssues,
  toPointer,
  escapePointerToken,
  type CellLocation,
  type IssueCode,
  type IssueGroup,
  type IssueParams,
  type ReportIssue,
} from "./issues";
export {
  formatIssue,
  formatIssueGroupHeading,
  formatIssueLocation,
  type ReportLocale,
} from "./format-issue";
export { messagesFr as reportSchemaMessagesFr } from "./i18n/messages.fr";
export { messagesEn as reportSchemaMessagesEn } from "./i18n/messages.en";
export type { ReportSchemaMessages } from "./i18n/messages.fr";
