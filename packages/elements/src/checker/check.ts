import { parseReportJson, type ReportIssue } from "@communs/report-schema/zod-free";
import { importSibling } from "../base/sibling";
import { validateReport } from "../validate-report";
import type * as SheetsChunk from "../chunks/report-checker-sheets";

type SheetsModule = typeof SheetsChunk;

/** The spreadsheet code (CSV, XLSX), beside the script, loaded when a spreadsheet is met. */
export const loadSheets = () => importSibling<SheetsModule>("communs-report-checker-sheets.js");

export type FileFormat = "json" | "csv" | "xlsx";

export interface CheckOutcome {
  format: FileFormat;
  ok: boolean;
  /** The validated report, when ok. */
  report?: unknown;
  /** What was read, even when invalid (null when nothing could be parsed). */
  data: unknown;
  issues: ReportIssue[];
  warnings: ReportIssue[];
}

export const formatOf = (name: string): FileFormat | null =>
  /\.json$/i.test(name)
    ? "json"
    : /\.csv$/i.test(name)
      ? "csv"
      : /\.xlsx$/i.test(name)
        ? "xlsx"
        : null;

/** Checks one JSON or XLSX file, or one or more CSV files (one per table), in the browser. */
export async function checkFiles(files: readonly File[]): Promise<CheckOutcome> {
  const format = formatOf(files[0]!.name)!;
  if (format === "json") {
    const text = await files[0]!.text();
    const parsed = parseReportJson(text);
    if (!parsed.ok) return { format, ok: false, data: null, issues: [parsed.issue], warnings: [] };
    const result = await validateReport(parsed.value);
    return {
      format,
      ok: result.ok,
      report: result.ok ? result.report : undefined,
      data: parsed.value,
      issues: result.issues,
      warnings: result.warnings,
    };
  }
  const module = await loadSheets();
  let tables;
  try {
    tables =
      format === "xlsx"
        ? await module.xlsxToSheets(await files[0]!.arrayBuffer())
        : module.csvToSheets(
            await Promise.all(
              files.map(async (file) => ({ fileName: file.name, content: await file.text() })),
            ),
          );
  } catch (error) {
    // A file that is not a readable workbook is one issue, worded in the person's language.
    if (error instanceof module.XlsxReadError)
      return { format, ok: false, data: null, issues: [error.issue], warnings: [] };
    throw error;
  }
  const result = module.fromSheets(tables);
  return {
    format,
    ok: result.ok,
    report: result.report,
    data: result.report ?? result.data,
    issues: result.issues,
    warnings: result.warnings,
  };
}
