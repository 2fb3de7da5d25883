export {
  createReportSchema,
  type ReportSchemaApi,
  type ReportSchemaOptions,
} from "./report-schema";
