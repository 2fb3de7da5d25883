import { mkdir, readFile, readdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { createTranslator } from "@communs/i18n";
import {
  CliUsageError,
  defineCli,
  exitCodes,
  type CliContext,
  type CliStreams,
  type RunCli,
} from "@communs/i18n/cli";
import { version as packageVersion } from "../package.json";
import { cliMessagesEn } from "./i18n/cli-messages.en";
import { cliMessagesFr } from "./i18n/cli-messages.fr";
import { migrateReport } from "./migrate";
import {
  formatIssue,
  formatIssueGroupHeading,
  groupIssues,
  parseReportJson,
  SCHEMA_VERSIONS,
  validateReport,
  type ReportIssue,
  type ReportLocale,
  type SchemaVersion,
} from "./index";
import { keyFiguresToCsv, toJsonLd } from "./open-data";
import { reportStats } from "./stats";
import {
  comparedRowLabel,
  compareReports,
  formatNotComparable,
  formatUnit,
  type ReportComparison,
} from "./compare";
import type { Report } from "./schema";
import { fromSheets, toSheets, type FromSheetsResult } from "./sheets";
import { csvToSheets, sheetsToCsv } from "./sheets-files";
import { sheetsToXlsx, xlsxToSheets, XlsxReadError } from "./xlsx";

/** The CLI's texts through the kit's translator (real plurals, numbers for the locale). */
function cliTexts(locale: ReportLocale) {
  const { t } = createTranslator(locale === "en" ? cliMessagesEn : cliMessagesFr, locale);
  const known = SCHEMA_VERSIONS.join(", ");
  return {
    usage: t("usage"),
    valid: t("valid"),
    invalid: t("invalid"),
    errors: (count: number) => t("errors", { count }),
    warnings: (count: number) => t("warnings", { count }),
    times: (count: number) => t("times", { count }),
    unreadable: (file: string, reason: string) => t("unreadable", { file, reason }),
    needsOut: t("needsOut"),
    sameFile: t("sameFile"),
    unknownCommand: (name: string) => t("unknownCommand", { name }),
    needsFile: t("needsFile"),
    wrote: (file: string) => t("wrote", { file }),
    unknownVersion: (version: string) => t("unknownVersion", { version, known }),
    badOption: (option: string, value: string, expected: string) =>
      t("badOption", { option, value, expected }),
    validating: (file: string) => t("validating", { file }),
    comparing: t("comparing"),
    step: (index: number, total: number, text: string) =>
      t("step", { index: String(index), total: String(total), text }),
    needsTwo: t("needsTwo"),
    comparisonTitle: (count: number) => t("comparisonTitle", { count }),
    notComparableTitle: t("notComparableTitle"),
    unmatched: (report: string, count: number) => t("unmatched", { report, count }),
    indicatorHeader: t("indicatorHeader"),
    unitHeader: t("unitHeader"),
    missing: "—",
  };
}
type CliTexts = ReturnType<typeof cliTexts>;

export interface CliIo extends CliStreams {
  /**
   * Progress line on a terminal, rewritten in place; absent in pipes (the CLI then stays
   * quiet). Given `""` to clear the line.
   */
  progress?: (text: string) => void;
  /** How long work runs before progress shows (1 s by default). */
  progressDelayMs?: number;
}

/**
 * Progress of a long command: nothing for the first second, then the current step with the
 * time spent, refreshed while the CLI waits on I/O and at each step.
 */
class Progress {
  private readonly started = Date.now();
  private current = "";
  private shown = false;
  private readonly timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly write: ((text: string) => void) | undefined,
    private readonly delayMs: number,
  ) {
    if (write) {
      this.timer = setInterval(() => this.render(), 250);
      this.timer.unref?.();
    }
  }

  private render() {
    if (!this.write || !this.current) return;
    const elapsed = Date.now() - this.started;
    if (elapsed < this.delayMs) return;
    this.shown = true;
    this.write(`${this.current} ${(elapsed / 1000).toFixed(1)} s`);
  }

  /** Names the step about to run, and gives a terminal the chance to show it. */
  async step(text: string) {
    if (!this.write) return;
    this.current = text;
    this.render();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  done() {
    if (this.timer) clearInterval(this.timer);
    if (this.shown) this.write?.("");
  }
}

async function readInput(
  file: string,
): Promise<{ data?: unknown; sheets?: FromSheetsResult; jsonIssue?: ReportIssue }> {
  const info = await stat(file);
  if (info.isDirectory()) {
    const names = (await readdir(file)).filter((name) => name.toLowerCase().endsWith(".csv"));
    const files = await Promise.all(
      names.map(async (fileName) => ({
        fileName,
        content: await readFile(path.join(file, fileName), "utf8"),
      })),
    );
    return { sheets: fromSheets(csvToSheets(files)) };
  }
  if (file.toLowerCase().endsWith(".xlsx")) {
    const bytes = new Uint8Array(await readFile(file));
    const tables = await xlsxToSheets(bytes).catch((error: unknown) => {
      // The file's path travels with the error, as it does with node's own errors.
      if (error instanceof XlsxReadError) Object.assign(error, { path: file });
      throw error;
    });
    return { sheets: fromSheets(tables) };
  }
  const parsed = parseReportJson(await readFile(file, "utf8"));
  return parsed.ok ? { data: parsed.value } : { jsonIssue: parsed.issue };
}

/** Why a file cannot be read, in the user's language when the reader says it with a code. */
const reasonOf = (error: unknown, locale: ReportLocale) =>
  error instanceof XlsxReadError ? formatIssue(error.issue, locale) : (error as Error).message;

async function validateFile(file: string) {
  const input = await readInput(file);
  if (input.jsonIssue)
    return {
      ok: false,
      report: undefined,
      issues: [input.jsonIssue],
      warnings: [] as ReportIssue[],
    };
  if (input.sheets) return input.sheets;
  return validateReport(input.data);
}

async function loadValid(file: string) {
  const result = await validateFile(file);
  if (!result.ok || !result.report) return { result, report: undefined };
  return { result, report: result.report };
}

/** Column names of a comparison: "La 27e Région 2018". */
function names(comparison: ReportComparison): Record<string, string> {
  const result: Record<string, string> = {};
  for (const report of comparison.reports) {
    result[report.key] = `${report.organisation} ${report.year}`;
    result[report.organisationId] = report.organisation;
  }
  return result;
}

/** A comparison as a text table, then what does not compare, in plain words. */
function comparisonText(comparison: ReportComparison, locale: ReportLocale, t: CliTexts): string {
  const columnNames = names(comparison);
  const number = new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB");
  const header = [
    t.indicatorHeader,
    ...comparison.reports.map((report) => columnNames[report.key]!),
    t.unitHeader,
  ];
  const body = comparison.rows.map((row) => {
    const units = [...new Set(row.cells.flatMap((cell) => (cell ? [cell.unit] : [])))];
    return [
      `${row.comparable ? " " : "⚠"} ${comparedRowLabel(row, locale)}`,
      ...row.cells.map((cell) =>
        cell
          ? `${cell.qualifier && cell.qualifier !== "exact" ? "~" : ""}${number.format(cell.value)}${
              cell.valueMax !== undefined ? `–${number.format(cell.valueMax)}` : ""
            }${units.length > 1 ? ` ${formatUnit(cell.unit, locale)}` : ""}`
          : t.missing,
      ),
      units.map((unit) => formatUnit(unit, locale)).join(" / "),
    ];
  });
  const widths = header.map((_, column) =>
    Math.max(...[header, ...body].map((line) => [...line[column]!].length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 0 || column === cells.length - 1
          ? cell.padEnd(widths[column]!)
          : cell.padStart(widths[column]!),
      )
      .join("  ")
      .trimEnd();
  const out = [
    `${t.comparisonTitle(comparison.reports.length)}`,
    "",
    line(header),
    line(widths.map((width) => "─".repeat(width))),
    ...body.map(line),
  ];
  const reasons = comparison.rows.flatMap((row) =>
    row.reasons.map(
      (reason) =>
        `  ⚠ ${comparedRowLabel(row, locale)} : ${formatNotComparable(reason, locale, columnNames)}`,
    ),
  );
  const unmatched = comparison.unmatchedFigures.map(
    (entry) => `  ⚠ ${t.unmatched(columnNames[entry.report] ?? entry.report, entry.count)}`,
  );
  if (reasons.length + unmatched.length > 0)
    out.push("", t.notComparableTitle, ...reasons, ...unmatched);
  return (locale === "en" ? out.map((text) => text.replace(" : ", ": ")) : out).join("\n");
}

function sameFile(a: string, b: string) {
  return path.resolve(a) === path.resolve(b);
}

const options = {
  // --json is the kit's spelling; --format json stays for existing scripts.
  format: { type: "string", default: "text" },
  out: { type: "string", short: "o" },
  to: { type: "string" },
} as const;

/** Runs the CLI and returns its exit code (0 valid, 1 invalid, 2 usage error or unreadable input). */
export const runCli: RunCli<CliIo> = defineCli({
  version: packageVersion,
  usage: (locale) => cliTexts(locale).usage,
  options,
  localeAliases: ["lang"],
  messages: {
    fr: { badLocale: cliMessagesFr.badOption },
    en: { badLocale: cliMessagesEn.badOption },
  },
  async run(context) {
    const t = cliTexts(context.locale);
    const format = context.json ? "json" : context.values.format;
    if (format !== "text" && format !== "json")
      throw new CliUsageError(t.badOption("--format", format, "text, json"));
    // Machine-readable output stays quiet on stderr too.
    const progress = new Progress(
      format === "json" ? undefined : context.io.progress,
      context.io.progressDelayMs ?? 1000,
    );
    try {
      return await runCommand(context, format, t, progress);
    } catch (error) {
      const { code, path: file = "" } = error as { code?: string; path?: string };
      if (code === "ENOENT" || code === "EISDIR" || error instanceof XlsxReadError) {
        context.io.err(t.unreadable(file, reasonOf(error, context.locale)));
        return exitCodes.usage;
      }
      throw error;
    } finally {
      progress.done();
    }
  },
});

async function runCommand(
  { command, operands: files, values, locale, io }: CliContext<typeof options, CliIo>,
  format: "text" | "json",
  t: CliTexts,
  progress: Progress,
): Promise<number> {
  const needFile = () => {
    if (!files[0]) throw new CliUsageError(t.needsFile);
    return files[0];
  };
  const writeOut = async (content: string | Uint8Array, input: string) => {
    if (!values.out) return io.out(typeof content === "string" ? content : "");
    if (sameFile(values.out, input)) throw new CliUsageError(t.sameFile);
    await writeFile(values.out, content);
    io.err(t.wrote(values.out));
  };
  const reportIssues = (
    file: string,
    result: { ok: boolean; issues: ReportIssue[]; warnings: ReportIssue[] },
  ) => {
    const status = result.ok
      ? `✔ ${file}: ${t.valid}`
      : `✘ ${file}: ${t.invalid}, ${t.errors(result.issues.length)}`;
    io.out(`${status}${result.warnings.length ? `, ${t.warnings(result.warnings.length)}` : ""}`);
    for (const group of groupIssues([...result.issues, ...result.warnings])) {
      const label = group.severity === "error" ? "✘" : "⚠";
      io.out(
        `  ${label} ${formatIssueGroupHeading(group, locale)}${group.count > 1 ? ` ${t.times(group.count)}` : ""}`,
      );
      for (const issue of group.issues) io.out(`    ${formatIssue(issue, locale)}`);
    }
  };
  /** The valid report of a file, or undefined once its issues are printed. */
  const validReport = async (file: string) => {
    const { result, report } = await loadValid(file);
    if (!report) reportIssues(file, result);
    return report;
  };

  switch (command) {
    case "validate": {
      if (files.length === 0) throw new CliUsageError(t.needsFile);
      let exit = 0;
      const summary = [];
      for (const [index, file] of files.entries()) {
        let result;
        try {
          await progress.step(t.step(index + 1, files.length, t.validating(file)));
          result = await validateFile(file);
        } catch (error) {
          io.err(t.unreadable(file, reasonOf(error, locale)));
          exit = 2;
          continue;
        }
        if (!result.ok && exit === 0) exit = 1;
        if (format === "json") {
          const withMessages = (issue: ReportIssue) => ({
            ...issue,
            message: formatIssue(issue, locale),
          });
          summary.push({
            file,
            ok: result.ok,
            errorCount: result.issues.length,
            warningCount: result.warnings.length,
            issues: result.issues.map(withMessages),
            warnings: result.warnings.map(withMessages),
          });
        } else reportIssues(file, result);
      }
      if (format === "json") io.out(JSON.stringify({ files: summary }, null, 2));
      return exit;
    }
    case "compare": {
      if (files.length < 2) throw new CliUsageError(t.needsTwo);
      const reports: Report[] = [];
      let exit = 0;
      for (const [index, file] of files.entries()) {
        await progress.step(t.step(index + 1, files.length + 1, t.validating(file)));
        const report = await validReport(file);
        if (!report) exit = 1;
        else reports.push(report);
      }
      if (exit !== 0) return exit;
      await progress.step(t.step(files.length + 1, files.length + 1, t.comparing));
      const comparison = compareReports(reports);
      if (format === "json") {
        io.out(
          JSON.stringify(
            {
              ...comparison,
              rows: comparison.rows.map((row) => ({
                ...row,
                label: comparedRowLabel(row, locale),
                reasons: row.reasons.map((reason) => ({
                  ...reason,
                  message: formatNotComparable(reason, locale, names(comparison)),
                })),
              })),
            },
            null,
            2,
          ),
        );
        return 0;
      }
      io.out(comparisonText(comparison, locale, t));
      return 0;
    }
    case "stats": {
      const file = needFile();
      const report = await validReport(file);
      if (!report) return 1;
      const stats = reportStats(report);
      io.out(
        format === "json"
          ? JSON.stringify(stats, null, 2)
          : Object.entries(stats)
              .map(([key, value]) => `${key.padEnd(22)} ${value}`)
              .join("\n"),
      );
      return 0;
    }
    case "to-sheets": {
      const file = needFile();
      if (!values.out) throw new CliUsageError(t.needsOut);
      if (sameFile(values.out, file)) throw new CliUsageError(t.sameFile);
      const report = await validReport(file);
      if (!report) return 1;
      const tables = toSheets(report, { locale });
      if (values.out.toLowerCase().endsWith(".xlsx"))
        await writeFile(values.out, await sheetsToXlsx(tables));
      else {
        await mkdir(values.out, { recursive: true });
        for (const csv of sheetsToCsv(tables))
          await writeFile(path.join(values.out, csv.fileName), csv.content);
      }
      io.err(t.wrote(values.out));
      return 0;
    }
    case "from-sheets": {
      const file = needFile();
      if (!values.out) throw new CliUsageError(t.needsOut);
      if (sameFile(values.out, file)) throw new CliUsageError(t.sameFile);
      const { sheets } = await readInput(file);
      if (!sheets) throw new CliUsageError(file);
      await writeFile(
        values.out,
        `${JSON.stringify(sheets.ok ? sheets.report : sheets.data, null, 2)}\n`,
      );
      reportIssues(file, sheets);
      io.err(t.wrote(values.out));
      return sheets.ok ? 0 : 1;
    }
    case "migrate": {
      const file = needFile();
      const to = (values.to ?? SCHEMA_VERSIONS.at(-1)!) as SchemaVersion;
      if (!(SCHEMA_VERSIONS as readonly string[]).includes(to))
        throw new CliUsageError(t.unknownVersion(to));
      const input = await readInput(file);
      if (input.jsonIssue) {
        io.err(formatIssue(input.jsonIssue, locale));
        return 2;
      }
      const migrated = migrateReport(input.data ?? input.sheets?.data, to);
      if (!migrated.ok) throw new CliUsageError(t.unknownVersion(String(migrated.from)));
      await writeOut(`${JSON.stringify(migrated.data, null, 2)}\n`, file);
      for (const change of migrated.changes)
        io.err(`  ${change.code}: ${change.from} → ${change.to}`);
      return 0;
    }
    case "jsonld":
    case "key-figures": {
      const file = needFile();
      const report = await validReport(file);
      if (!report) return 1;
      await writeOut(
        command === "jsonld"
          ? `${JSON.stringify(toJsonLd(report), null, 2)}\n`
          : keyFiguresToCsv(report, locale),
        file,
      );
      return 0;
    }
    default:
      throw new CliUsageError(t.unknownCommand(command));
  }
}
