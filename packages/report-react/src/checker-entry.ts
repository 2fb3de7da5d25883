export {
  ReportChecker,
  checkReportFile,
  type ReportCheckerProps,
  type CheckResult,
} from "./report-checker";
