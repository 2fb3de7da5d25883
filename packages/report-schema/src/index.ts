export {
  reportSchema,
  SCHEMA_ID,
  SCHEMA_VERSION,
  SCHEMA_VERSIONS,
  deprecatedFields,
  COMPATIBLE_VERSIONS,
  type Activity,
  type CaseStudy,
  type Foreword,
  type Source,
  type KeyFigure,
  type Link,
  type Money,
  type Note,
  type Person,
  type PlannedItem,
  type Programme,
  type Report,
  type ReportEvent,
  type ReportInput,
  type SchemaVersion,
  type Site,
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
  validateReport,
  validateReportJson,
  parseReportJson,
  lineAndColumn,
  shortenValue,
  type ValidationResult,
} from "./validate";
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
