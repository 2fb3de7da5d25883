export { defaultLocale, isLocale, locales, resolveLocale, type Locale } from "./locale";
export { formatDate, formatList, formatNumber } from "./intl";
export {
  createTranslator,
  fill,
  formatMessage,
  selectPlural,
  type Message,
  type MessageCatalogue,
  type Messages,
  type ParamValue,
  type ParamsOf,
  type PluralCategory,
  type PluralMessage,
  type Translator,
} from "./translator";
export {
  countIssues,
  groupIssues,
  hasErrors,
  severityOf,
  sortIssues,
  type Issue,
  type IssueCount,
  type IssueGroup,
  type IssueSeverity,
} from "./issue";
export {
  appendPointer,
  escapePointerToken,
  formatPointer,
  isPointer,
  parentPointer,
  parsePointer,
  resolvePointer,
  toPointer,
  unescapePointerToken,
  wildcardPointer,
  type PointerResolution,
} from "./pointer";
export { fromZodIssues, type FromZodOptions, type ZodIssueLike } from "./zod-issues";
export { foldAccents, foldWords } from "./fold";
export { isSlug, slugMaxLength, slugPattern, toSlug } from "./slug";
export { locateJsonError, type JsonPosition } from "./json-text";
