export {
  AdminConsole,
  adminSections,
  type AdminConsoleProps,
  type AdminSection,
} from "./admin-console";
export { BoxFigures, type BoxFiguresProps } from "./figures";
export { BarChart, type BarChartProps, type BarDatum } from "./charts";
export {
  BlockedPeople,
  BoxSettings,
  Boxes,
  Exports,
  FollowUp,
  Members,
  Taxonomy,
  Webhooks,
  type SectionProps,
} from "./sections";
export {
  figureSeries,
  monthLabel,
  percent,
  useAdminAction,
  useAdminQuery,
  useAdminText,
  useBoxFigures,
  type AdminOutcome,
  type AdminQuery,
} from "./use-admin";
export { adminMessagesEn, adminMessagesFr, type AdminMessages } from "./messages";
