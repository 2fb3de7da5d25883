#!/usr/bin/env node
import { mkdir, readFile, readdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { migrateReport } from "./migrate";
import {
  formatIssue,
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
import { fromSheets, toSheets, type FromSheetsResult } from "./sheets";
import { csvToSheets, sheetsToCsv, sheetsToXlsx, xlsxToSheets } from "./sheets-files";

const texts = {
  fr: {
    usage: `Usage : communs-report <commande> [options]

Commandes :
  validate <fichiers…> [--format text|json] [--lang fr|en]   valide des rapports (JSON, XLSX ou dossier CSV)
  stats <fichier>                                            compte ce que contient un rapport
  to-sheets <fichier> --out <dossier|fichier.xlsx>           exporte en feuilles CSV ou en classeur XLSX
  from-sheets <dossier|fichier.xlsx> --out <fichier.json>    relit des feuilles en rapport JSON
  migrate <fichier> [--to <version>] [--out <fichier>]       convertit vers une autre version du schéma
  jsonld <fichier> [--out <fichier>]                         exporte en JSON-LD (schema.org)
  key-figures <fichier> [--out <fichier.csv>]                exporte les chiffres clés en CSV

Codes de sortie : 0 valide, 1 invalide, 2 erreur d'usage ou fichier illisible.`,
    valid: "valide",
    invalid: "invalide",
    errors: (count: number) => `${count} erreur${count > 1 ? "s" : ""}`,
    warnings: (count: number) => `${count} avertissement${count > 1 ? "s" : ""}`,
    times: (count: number) => `(${count} fois)`,
    unreadable: (file: string, reason: string) => `Impossible de lire ${file} : ${reason}`,
    needsOut: "l'option --out est obligatoire",
    sameFile: "refus d'écrire par-dessus le fichier d'entrée",
    unknownCommand: (name: string) => `commande inconnue : ${name}`,
    needsFile: "indiquez un fichier",
    wrote: (file: string) => `Écrit : ${file}`,
    unknownVersion: (version: string) =>
      `version inconnue : ${version} (connues : ${SCHEMA_VERSIONS.join(", ")})`,
  },
  en: {
    usage: `Usage: communs-report <command> [options]

Commands:
  validate <files…> [--format text|json] [--lang fr|en]      validate reports (JSON, XLSX or a CSV folder)
  stats <file>                                               count what a report holds
  to-sheets <file> --out <folder|file.xlsx>                  export to CSV sheets or an XLSX workbook
  from-sheets <folder|file.xlsx> --out <file.json>           read sheets back into a JSON report
  migrate <file> [--to <version>] [--out <file>]             convert to another schema version
  jsonld <file> [--out <file>]                               export as JSON-LD (schema.org)
  key-figures <file> [--out <file.csv>]                      export the key figures as CSV

Exit codes: 0 valid, 1 invalid, 2 usage error or unreadable file.`,
    valid: "valid",
    invalid: "invalid",
    errors: (count: number) => `${count} error${count === 1 ? "" : "s"}`,
    warnings: (count: number) => `${count} warning${count === 1 ? "" : "s"}`,
    times: (count: number) => `(${count} times)`,
    unreadable: (file: string, reason: string) => `Cannot read ${file}: ${reason}`,
    needsOut: "the --out option is required",
    sameFile: "refusing to write over the input file",
    unknownCommand: (name: string) => `unknown command: ${name}`,
    needsFile: "name a file",
    wrote: (file: string) => `Wrote: ${file}`,
    unknownVersion: (version: string) =>
      `unknown version: ${version} (known: ${SCHEMA_VERSIONS.join(", ")})`,
  },
} as const;

class UsageError extends Error {}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
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
  if (file.toLowerCase().endsWith(".xlsx"))
    return { sheets: fromSheets(await xlsxToSheets(new Uint8Array(await readFile(file)))) };
  const parsed = parseReportJson(await readFile(file, "utf8"));
  return parsed.ok ? { data: parsed.value } : { jsonIssue: parsed.issue };
}

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

function sameFile(a: string, b: string) {
  return path.resolve(a) === path.resolve(b);
}

/** Runs the CLI and returns its exit code (0 valid, 1 invalid, 2 usage error or unreadable input). */
export async function runCli(
  argv: readonly string[],
  io: CliIo = {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
  },
): Promise<number> {
  let locale: ReportLocale = /^en/i.test(process.env.LANG ?? "") ? "en" : "fr";
  let t: (typeof texts)[ReportLocale] = texts[locale];
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: "string", default: "text" },
        lang: { type: "string" },
        out: { type: "string", short: "o" },
        to: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.lang !== undefined) {
      if (values.lang !== "fr" && values.lang !== "en")
        throw new UsageError(`--lang ${values.lang}`);
      locale = values.lang;
      t = texts[locale];
    }
    const [command, ...files] = positionals;
    if (values.help || command === undefined || command === "help") {
      io.stdout(t.usage);
      return command === undefined && !values.help ? 2 : 0;
    }
    if (values.format !== "text" && values.format !== "json")
      throw new UsageError(`--format ${values.format}`);
    const needFile = () => {
      if (!files[0]) throw new UsageError(t.needsFile);
      return files[0];
    };
    const writeOut = async (content: string | Uint8Array, input: string) => {
      if (!values.out) return io.stdout(typeof content === "string" ? content : "");
      if (sameFile(values.out, input)) throw new UsageError(t.sameFile);
      await writeFile(values.out, content);
      io.stderr(t.wrote(values.out));
    };
    const reportIssues = (
      file: string,
      result: { ok: boolean; issues: ReportIssue[]; warnings: ReportIssue[] },
    ) => {
      const status = result.ok
        ? `✔ ${file}: ${t.valid}`
        : `✘ ${file}: ${t.invalid}, ${t.errors(result.issues.length)}`;
      io.stdout(
        `${status}${result.warnings.length ? `, ${t.warnings(result.warnings.length)}` : ""}`,
      );
      for (const group of groupIssues([...result.issues, ...result.warnings])) {
        const label = group.severity === "error" ? "✘" : "⚠";
        io.stdout(`  ${label} ${group.code}${group.count > 1 ? ` ${t.times(group.count)}` : ""}`);
        for (const issue of group.issues) io.stdout(`    ${formatIssue(issue, locale)}`);
      }
    };

    switch (command) {
      case "validate": {
        if (files.length === 0) throw new UsageError(t.needsFile);
        let exit = 0;
        const summary = [];
        for (const file of files) {
          let result;
          try {
            result = await validateFile(file);
          } catch (error) {
            io.stderr(t.unreadable(file, (error as Error).message));
            exit = 2;
            continue;
          }
          if (!result.ok && exit === 0) exit = 1;
          if (values.format === "json") {
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
        if (values.format === "json") io.stdout(JSON.stringify({ files: summary }, null, 2));
        return exit;
      }
      case "stats": {
        const file = needFile();
        const { result, report } = await loadValid(file);
        if (!report) {
          reportIssues(file, result);
          return 1;
        }
        const stats = reportStats(report);
        io.stdout(
          values.format === "json"
            ? JSON.stringify(stats, null, 2)
            : Object.entries(stats)
                .map(([key, value]) => `${key.padEnd(22)} ${value}`)
                .join("\n"),
        );
        return 0;
      }
      case "to-sheets": {
        const file = needFile();
        if (!values.out) throw new UsageError(t.needsOut);
        if (sameFile(values.out, file)) throw new UsageError(t.sameFile);
        const { result, report } = await loadValid(file);
        if (!report) {
          reportIssues(file, result);
          return 1;
        }
        const tables = toSheets(report, { locale });
        if (values.out.toLowerCase().endsWith(".xlsx"))
          await writeFile(values.out, await sheetsToXlsx(tables));
        else {
          await mkdir(values.out, { recursive: true });
          for (const csv of sheetsToCsv(tables))
            await writeFile(path.join(values.out, csv.fileName), csv.content);
        }
        io.stderr(t.wrote(values.out));
        return 0;
      }
      case "from-sheets": {
        const file = needFile();
        if (!values.out) throw new UsageError(t.needsOut);
        if (sameFile(values.out, file)) throw new UsageError(t.sameFile);
        const { sheets } = await readInput(file);
        if (!sheets) throw new UsageError(file);
        await writeFile(
          values.out,
          `${JSON.stringify(sheets.ok ? sheets.report : sheets.data, null, 2)}\n`,
        );
        reportIssues(file, sheets);
        io.stderr(t.wrote(values.out));
        return sheets.ok ? 0 : 1;
      }
      case "migrate": {
        const file = needFile();
        const to = (values.to ?? SCHEMA_VERSIONS.at(-1)!) as SchemaVersion;
        if (!(SCHEMA_VERSIONS as readonly string[]).includes(to))
          throw new UsageError(t.unknownVersion(to));
        const input = await readInput(file);
        if (input.jsonIssue) {
          io.stderr(formatIssue(input.jsonIssue, locale));
          return 2;
        }
        const migrated = migrateReport(input.data ?? input.sheets?.data, to);
        if (!migrated.ok) throw new UsageError(t.unknownVersion(String(migrated.from)));
        await writeOut(`${JSON.stringify(migrated.data, null, 2)}\n`, file);
        for (const change of migrated.changes)
          io.stderr(`  ${change.code}: ${change.from} → ${change.to}`);
        return 0;
      }
      case "jsonld":
      case "key-figures": {
        const file = needFile();
        const { result, report } = await loadValid(file);
        if (!report) {
          reportIssues(file, result);
          return 1;
        }
        await writeOut(
          command === "jsonld"
            ? `${JSON.stringify(toJsonLd(report), null, 2)}\n`
            : keyFiguresToCsv(report, locale),
          file,
        );
        return 0;
      }
      default:
        throw new UsageError(t.unknownCommand(command));
    }
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")
    ) {
      io.stderr(`${(error as Error).message}\n\n${t.usage}`);
      return 2;
    }
    if (
      (error as { code?: string }).code === "ENOENT" ||
      (error as { code?: string }).code === "EISDIR"
    ) {
      io.stderr(t.unreadable((error as { path?: string }).path ?? "", (error as Error).message));
      return 2;
    }
    throw error;
  }
}

const invokedDirectly =
  (process.argv[1] !== undefined && /cli\.(c?js|ts)$/.test(process.argv[1])) ||
  /communs-report$/.test(process.argv[1] ?? "");
if (invokedDirectly) {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
