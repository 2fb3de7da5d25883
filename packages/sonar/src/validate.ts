export { validateDefinition, validateDefinitionText } from "./validate-definition";
export type { ValidationResult } from "./validate-definition";
export { sonarDefinitionSchema } from "./definition-schema";
export {
  definitionIssueMessagesEn,
  definitionIssueMessagesFr,
  formatDefinitionIssue,
} from "./issue-messages";
export type { DefinitionIssueMessages } from "./issue-messages";
export { locateJsonError, readJsonText } from "./json-text";
export type { JsonPosition, JsonReadResult } from "./json-text";
