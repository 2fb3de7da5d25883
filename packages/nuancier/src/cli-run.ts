import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { createTranslator, formatMessage, type ParamValue } from "@communs/i18n";
import { CliInvalidInput, CliUsageError, defineCli, exitCodes } from "@communs/i18n/cli";
import type { CliProcessIo, RunCli } from "@communs/i18n/cli";
import { version as packageVersion } from "../package.json";
import { localeTagPattern } from "./constants";
import { nuancierContent } from "./content/index";
import { pathToCsv, pathToJson, pathToMarkdown } from "./export";
import { extendNuancier, type NuancierChange } from "./extend";
import { cliMessagesEn } from "./i18n/cli-messages.en";
import { cliMessagesFr } from "./i18n/cli-messages.fr";
import { exportMessagesEn, overlayMessagesEn } from "./i18n/messages.en";
import { exportMessagesFr, overlayMessagesFr } from "./i18n/messages.fr";
import { messageLocale, type Locale, type NuancierData, type NuancierIssue } from "./model";
import { buildPath, type PathConstraints } from "./path";
import { decodeSelection } from "./share";
import { validateNuancier } from "./validate";

const tables = {
  fr: { overlay: overlayMessagesFr, export: exportMessagesFr },
  en: { overlay: overlayMessagesEn, export: exportMessagesEn },
} as const;

type IssueKind = "overlay" | "path" | "share";

const translator = (locale: Locale) =>
  createTranslator(locale === "en" ? cliMessagesEn : cliMessagesFr, locale);

/** Runs `communs-nuancier` and returns its exit code (0 fine, 1 data refused, 2 usage or I/O). */
export const runCli: RunCli<CliProcessIo> = defineCli({
  version: packageVersion,
  usage: (locale) => translator(locale).t("usage"),
  options: {
    base: { type: "string" },
    overlay: { type: "string", multiple: true, default: [] },
    format: { type: "string" },
    select: { type: "string" },
    order: { type: "string" },
    "max-hours": { type: "string" },
    audience: { type: "string" },
    out: { type: "string" },
  },
  // Texts are read in any language tag; the CLI's own sentences are French or English.
  acceptLocale: (tag) => (localeTagPattern.test(tag) ? messageLocale(tag) : undefined),
  messages: {
    fr: { badLocale: cliMessagesFr.badOption },
    en: { badLocale: cliMessagesEn.badOption },
  },
  async run({
    command,
    operands: files,
    values,
    json,
    locale: language,
    localeTag: contentLocale,
    io,
  }) {
    const text = translator(language);
    const describe = (issue: NuancierIssue, kind: IssueKind = "overlay") => {
      const table = tables[language];
      const sentences: Record<string, string> =
        kind === "path"
          ? table.export.pathIssue
          : kind === "share"
            ? table.export.shareIssue
            : table.overlay.issue;
      const params: Record<string, ParamValue> = { ...issue.params };
      const collection = issue.params?.collection;
      if (typeof collection === "string") {
        params.collection =
          (table.overlay.collection as Record<string, string>)[collection] ?? collection;
      }
      return formatMessage(sentences[issue.code] ?? issue.code, params, language);
    };
    const describeChange = (change: NuancierChange) => {
      const table = tables[language].overlay;
      return formatMessage(
        table.change[change.code],
        { ...change, collection: table.collection[change.collection] },
        language,
      );
    };
    const line = (pointer: string, sentence: string) =>
      text.t("line", { pointer: pointer || text.t("wholeDocument"), sentence });
    const withMessages = (issues: readonly NuancierIssue[], kind?: IssueKind) =>
      issues.map((issue) => ({ ...issue, message: describe(issue, kind) }));

    const readJson = async (file: string): Promise<unknown> => {
      let source: string;
      try {
        source = await readFile(path.resolve(io.cwd, file), "utf8");
      } catch (error) {
        throw new CliUsageError(text.t("unreadable", { file, detail: (error as Error).message }));
      }
      try {
        return JSON.parse(source.replace(/^\uFEFF/, ""));
      } catch (error) {
        io.err(text.t("badJson", { file, detail: (error as Error).message }));
        throw new CliInvalidInput();
      }
    };
    const write = async (file: string, content: string) => {
      try {
        await writeFile(path.resolve(io.cwd, file), content);
      } catch (error) {
        throw new CliUsageError(text.t("unwritable", { file, detail: (error as Error).message }));
      }
    };
    const refuse = (file: string, issues: readonly NuancierIssue[], kind?: IssueKind): never => {
      if (json) {
        io.out(JSON.stringify({ file, valid: false, issues: withMessages(issues, kind) }, null, 2));
      } else {
        io.err(text.t("invalid", { file, count: issues.length }));
        for (const issue of issues) io.err(line(issue.pointer, describe(issue, kind)));
      }
      throw new CliInvalidInput();
    };
    const loadBase = async (): Promise<NuancierData> => {
      if (values.base === undefined) return nuancierContent;
      const result = validateNuancier(await readJson(values.base));
      return result.ok ? result.data : refuse(values.base, result.issues);
    };
    /** The base with the given overlays applied in order; the first refusal stops. */
    const layered = async (overlays: readonly string[]) => {
      let data = await loadBase();
      const applied: { file: string; changes: NuancierChange[] }[] = [];
      for (const file of overlays) {
        const result = extendNuancier(data, await readJson(file));
        if (!result.ok) refuse(file, result.issues);
        data = result.data;
        applied.push({ file, changes: result.changes });
      }
      return { data, applied };
    };

    if (command === "validate") {
      const file = files[0];
      if (file === undefined)
        throw new CliUsageError(text.t("missingArgument", { name: "file.json" }));
      const document = await readJson(file);
      const isPalette =
        typeof document === "object" &&
        document !== null &&
        Array.isArray((document as { sectors?: unknown }).sectors);
      if (isPalette) {
        const result = validateNuancier(document);
        if (json) {
          io.out(
            JSON.stringify(
              { file, kind: "palette", valid: result.ok, issues: withMessages(result.issues) },
              null,
              2,
            ),
          );
        } else if (result.ok) {
          const { sectors, nuances, formats, audiences } = result.data;
          io.out(
            text.t("validPalette", {
              sectors: sectors.length,
              nuances: nuances.length,
              formats: formats.length,
              audiences: audiences.length,
            }),
          );
        } else {
          io.out(text.t("invalid", { file, count: result.issues.length }));
          for (const issue of result.issues) io.out(line(issue.pointer, describe(issue)));
        }
        return result.ok ? exitCodes.ok : exitCodes.problems;
      }
      const result = extendNuancier(await loadBase(), document);
      if (json) {
        io.out(
          JSON.stringify(
            {
              file,
              kind: "overlay",
              valid: result.ok,
              changes: result.changes.map((change) => ({
                ...change,
                message: describeChange(change),
              })),
              conflicts: withMessages(result.conflicts),
              issues: withMessages(result.issues),
            },
            null,
            2,
          ),
        );
      } else if (result.ok) {
        io.out(text.t("validOverlay", { count: result.changes.length }));
        for (const change of result.changes) io.out(line(change.pointer, describeChange(change)));
      } else {
        io.out(text.t("invalid", { file, count: result.issues.length }));
        for (const issue of result.issues) io.out(line(issue.pointer, describe(issue)));
      }
      return result.ok ? exitCodes.ok : exitCodes.problems;
    }

    if (command === "apply") {
      if (files.length === 0) {
        throw new CliUsageError(text.t("missingArgument", { name: "overlay.json" }));
      }
      const { data, applied } = await layered(files);
      const palette = `${JSON.stringify(data, null, 2)}\n`;
      // The palette goes to stdout unless --out is given; the report then takes stderr.
      const report = values.out === undefined ? io.err : io.out;
      if (values.out === undefined) io.out(palette.trimEnd());
      else await write(values.out, palette);
      if (json) {
        report(JSON.stringify({ applied, ...(values.out ? { out: values.out } : {}) }, null, 2));
      } else {
        for (const { file, changes } of applied) {
          report(text.t("applied", { file, count: changes.length }));
          for (const change of changes) report(line(change.pointer, describeChange(change)));
        }
        if (values.out !== undefined) report(text.t("written", { file: values.out }));
      }
      return exitCodes.ok;
    }

    if (command === "export") {
      const format = values.format ?? (json ? "json" : "md");
      if (format !== "md" && format !== "csv" && format !== "json") {
        throw new CliUsageError(
          text.t("badOption", { option: "--format", value: format, expected: "md, csv, json" }),
        );
      }
      if (values.select === undefined) {
        throw new CliUsageError(text.t("missingArgument", { name: "--select" }));
      }
      const constraints: PathConstraints = {};
      if (values.order !== undefined) {
        if (values.order !== "as-selected" && values.order !== "progressive") {
          throw new CliUsageError(
            text.t("badOption", {
              option: "--order",
              value: values.order,
              expected: "as-selected, progressive",
            }),
          );
        }
        constraints.order = values.order;
      }
      if (values["max-hours"] !== undefined) {
        const hours = Number(values["max-hours"]);
        if (values["max-hours"].trim() === "" || !Number.isFinite(hours) || hours < 0) {
          throw new CliUsageError(
            text.t("badOption", {
              option: "--max-hours",
              value: values["max-hours"],
              expected: "≥ 0",
            }),
          );
        }
        constraints.maxHours = hours;
      }
      const { data } = await layered(values.overlay);
      if (values.audience !== undefined) {
        if (!data.audiences.some((audience) => audience.id === values.audience)) {
          io.err(
            text.t("badOption", {
              option: "--audience",
              value: values.audience,
              expected: data.audiences.map((audience) => audience.id).join(", "),
            }),
          );
          throw new CliInvalidInput();
        }
        constraints.audience = values.audience;
      }
      // A share link or code ("n=a.b&o=progressive"), or ids separated by commas or spaces.
      const shared = /[=:]/.test(values.select)
        ? decodeSelection(values.select, data)
        : {
            selection: values.select.split(/[\s,]+/).filter(Boolean),
            constraints: {},
            issues: [],
          };
      for (const issue of shared.issues) {
        io.err(line(`${text.t("selection")} ${issue.pointer}`, describe(issue, "share")));
      }
      const trainingPath = buildPath(data, shared.selection, {
        ...shared.constraints,
        ...constraints,
      });
      if (trainingPath.issues.length > 0) {
        io.err(text.t("pathProblems", { count: trainingPath.issues.length }));
        for (const issue of trainingPath.issues) {
          io.err(line(issue.pointer, describe(issue, "path")));
        }
      }
      const exported =
        format === "md"
          ? pathToMarkdown(trainingPath, data, contentLocale)
          : format === "csv"
            ? pathToCsv(trainingPath, data, contentLocale)
            : pathToJson(trainingPath, data, contentLocale);
      if (values.out === undefined) io.out(exported.replace(/\n$/, ""));
      else {
        await write(values.out, exported);
        io.out(text.t("written", { file: values.out }));
      }
      return shared.issues.length > 0 || trainingPath.issues.length > 0
        ? exitCodes.problems
        : exitCodes.ok;
    }
    throw new CliUsageError(text.t("unknownCommand", { command }));
  },
});
