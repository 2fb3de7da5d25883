export { ActivityReport, type ActivityReportProps } from "./activity-report";
export { ReportHeader, type ReportHeaderProps } from "./report-header";
export { KeyFigures, formatFigureValue, type KeyFiguresProps } from "./key-figures";
export { Programmes, EventList, type ProgrammesProps } from "./programmes";
export { Activities, type ActivitiesProps } from "./activities";
export { Members, type MembersProps } from "./members";
export { Partners, Team, type OrganisationProps } from "./organisation";
export { Finances, type FinancesProps } from "./finances";
export { Timeline, type TimelineProps } from "./timeline";
export {
  Planned,
  Links,
  Notes,
  type PlannedProps,
  type LinksProps,
  type NotesProps,
} from "./planned";
export { IssueList, type IssueListProps } from "./issue-list";
export { ReportComparison, type ReportComparisonProps } from "./report-comparison";
export { BarChart, type BarChartProps, type BarDatum } from "./bar-chart";
export {
  createReportText,
  useReportText,
  type ReportLocale,
  type ReportText,
  type ReportTextProps,
} from "./i18n/use-report-text";
export { messagesFr as reportReactMessagesFr } from "./i18n/messages.fr";
export { messagesEn as reportReactMessagesEn } from "./i18n/messages.en";
export type { ReportReactMessages } from "./i18n/messages.fr";
