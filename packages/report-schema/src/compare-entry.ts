export {
  compareReports,
  comparedRowLabel,
  formatNotComparable,
  formatUnit,
  formatYears,
  normaliseUnit,
  type ComparedReport,
  type ComparedRow,
  type ComparedValue,
  type NotComparableReason,
  type ReportComparison,
} from "./compare";
export { compareMessagesFr } from "./i18n/compare-messages.fr";
export { compareMessagesEn } from "./i18n/compare-messages.en";
export type { CompareMessages } from "./i18n/compare-messages.fr";
