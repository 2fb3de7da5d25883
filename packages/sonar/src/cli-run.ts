import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  cliMessagesEn,
  cliMessagesFr,
  format,
  issueSentences,
  type CliMessages,
} from "./cli-messages";
import { sanitize } from "./create-sonar";
import { innovation } from "./editions/innovation";
import { resilience } from "./editions/resilience";
import { localize } from "./localize";
import { checkAnswer, scoreAnswers, type SonarResult } from "./scoring";
import { decodeShareCode } from "./share-code";
import { aggregate } from "./team";
import type { Answers, SonarDefinition, SonarIssue } from "./types";
import { validateDefinition } from "./validate-definition";
import { version as packageVersion } from "../package.json";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress bar). */
  interactive: boolean;
  env: Record<string, string | undefined>;
  /** Directory that relative paths start from. */
  cwd: string;
}

const editions: Record<string, SonarDefinition> = { innovation, resilience };

class UsageError extends Error {}
class InvalidInput extends Error {}

async function readJson(file: string, text: CliMessages, cwd: string): Promise<unknown> {
  let source: string;
  try {
    source = await readFile(path.resolve(cwd, file), "utf8");
  } catch (error) {
    throw new UsageError(format(text.unreadable, { file, detail: (error as Error).message }));
  }
  try {
    return JSON.parse(source);
  } catch (error) {
    throw new InvalidInput(format(text.badJson, { file, detail: (error as Error).message }));
  }
}

async function loadDefinition(
  reference: string,
  text: CliMessages,
  locale: "fr" | "en",
  io: CliIo,
) {
  const builtIn = editions[reference];
  const raw = builtIn ?? (await readJson(reference, text, io.cwd));
  const result = validateDefinition(raw);
  if (!result.ok) {
    io.err(format(text.invalid, { count: result.issues.length }));
    for (const issue of result.issues) io.err(`  ${describe(issue, locale)}`);
    throw new InvalidInput("");
  }
  return result.definition;
}

function describe(issue: SonarIssue, locale: "fr" | "en"): string {
  const sentence = issueSentences[locale][issue.code] ?? issue.code;
  return `${issue.path || "/"}: ${format(sentence, issue.params)}`;
}

/** Reads an answers file: `{ answers }`, `{ code }` (a share code) or a bare map of answers. */
function answersFrom(
  definition: SonarDefinition,
  data: unknown,
  file: string,
  text: CliMessages,
): { answers: Answers; problems: string[] } {
  const problems: string[] = [];
  const record = (typeof data === "object" && data !== null ? data : {}) as Record<string, unknown>;
  if (typeof record.code === "string") {
    const decoded = decodeShareCode(definition, record.code);
    if (!decoded.ok)
      throw new InvalidInput(format(text.badCode, { file, code: decoded.error.code }));
    return { answers: decoded.answers, problems };
  }
  const raw = (
    typeof record.answers === "object" && record.answers !== null ? record.answers : record
  ) as Answers;
  for (const [id, value] of Object.entries(raw)) {
    if (id === "edition" || id === "version" || id === "$schema") continue;
    const question = definition.questions.find((candidate) => candidate.id === id);
    const problem = !question
      ? { code: "unknown-question" }
      : value === null
        ? null
        : checkAnswer(question, value);
    if (problem)
      problems.push(format(text.badAnswers, { file, path: `/answers/${id}`, code: problem.code }));
  }
  return { answers: sanitize(definition, raw), problems };
}

function printResult(
  definition: SonarDefinition,
  result: SonarResult,
  locale: "fr" | "en",
  text: CliMessages,
  io: CliIo,
) {
  const find = <T extends { id: string }>(list: T[], id: string | null) =>
    list.find((entry) => entry.id === id);
  const verdicts = {
    clear: text.verdictClear,
    "close-call": text.verdictClose,
    balanced: text.verdictBalanced,
    "not-enough-answers": text.verdictNone,
  };
  const percent = (value: number) =>
    new Intl.NumberFormat(locale, { style: "percent" }).format(value);
  io.out(localize(definition.edition.title, locale));
  io.out(format(text.answered, { answered: result.answered, skipped: result.skipped }));
  const style = find(definition.styles, result.style.style);
  const nearest = find(definition.styles, result.style.nearest);
  const lean =
    result.style.verdict === "close-call" && nearest ? ` → ${localize(nearest.label, locale)}` : "";
  io.out(
    `\n${text.style}${text.colon} ${style ? localize(style.label, locale) : text.none}${lean} (${verdicts[result.style.verdict]}, ${text.confidence} ${percent(result.style.confidence)})`,
  );
  if (style) io.out(`  ${localize(style.summary, locale)}`);
  io.out(`\n${text.axes}${text.colon}`);
  const width = Math.max(...definition.axes.map((axis) => localize(axis.label, locale).length));
  for (const score of result.axes) {
    const axis = find(definition.axes, score.axis)!;
    const bar = "█".repeat(Math.round(score.score * 20)).padEnd(20, "·");
    io.out(`  ${localize(axis.label, locale).padEnd(width)}  ${bar}  ${percent(score.score)}`);
  }
  const stage = find(definition.stages, result.stage.stage);
  const self = find(definition.stages, result.stage.selfPlaced);
  const fromAnswers = find(definition.stages, result.stage.fromAnswers);
  io.out(`\n${text.stage}${text.colon} ${stage ? localize(stage.label, locale) : text.none}`);
  if (self || fromAnswers) {
    io.out(
      `  ${text.selfPlaced}${text.colon} ${self ? localize(self.label, locale) : text.none}; ${text.fromAnswers}${text.colon} ${fromAnswers ? localize(fromAnswers.label, locale) : text.none}`,
    );
  }
  if (result.nextSteps.length > 0) {
    io.out(`\n${text.nextSteps}${text.colon}`);
    for (const step of result.nextSteps) {
      const source = find(definition.stages, step.stage)!;
      io.out(
        `  - ${localize((step.kind === "remedy" ? source.remedies : source.signals)[step.index], locale)}`,
      );
    }
  }
  if (result.pitfalls.length > 0) {
    io.out(`\n${text.pitfalls}${text.colon}`);
    for (const pitfall of result.pitfalls)
      io.out(
        `  - ${localize(find(definition.stages, pitfall.stage)!.pitfalls[pitfall.index], locale)}`,
      );
  }
}

/** Runs the CLI and returns its exit code: 0 valid, 1 invalid input, 2 usage error. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const fallbackLocale = (io.env.LC_ALL ?? io.env.LANG ?? "").startsWith("fr") ? "fr" : "en";
  let locale: "fr" | "en" = fallbackLocale;
  let text: CliMessages = locale === "fr" ? cliMessagesFr : cliMessagesEn;
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          json: { type: "boolean", default: false },
          locale: { type: "string" },
          help: { type: "boolean", short: "h", default: false },
          version: { type: "boolean", short: "v", default: false },
        },
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const { values, positionals } = parsed;
    if (values.locale === "fr" || values.locale === "en") locale = values.locale;
    else if (values.locale !== undefined) throw new UsageError(`--locale fr|en`);
    text = locale === "fr" ? cliMessagesFr : cliMessagesEn;
    if (values.version) {
      io.out(packageVersion);
      return 0;
    }
    const [command, first, second] = positionals;
    if (values.help || command === undefined) {
      io.out(text.usage);
      return values.help ? 0 : 2;
    }
    const need = (value: string | undefined, name: string) => {
      if (value === undefined) throw new UsageError(format(text.missingArgument, { name }));
      return value;
    };
    if (command === "validate") {
      const reference = need(first, "definition");
      const raw = editions[reference] ?? (await readJson(reference, text, io.cwd));
      const result = validateDefinition(raw);
      if (values.json) io.out(JSON.stringify({ valid: result.ok, issues: result.issues }, null, 2));
      else if (result.ok) {
        const { edition, questions } = result.definition;
        io.out(
          format(text.valid, {
            edition: edition.id,
            version: edition.version,
            questions: questions.length,
          }),
        );
      } else {
        io.out(format(text.invalid, { count: result.issues.length }));
        for (const issue of result.issues) io.out(`  ${describe(issue, locale)}`);
      }
      return result.ok ? 0 : 1;
    }
    if (command === "score") {
      const definition = await loadDefinition(need(first, "edition"), text, locale, io);
      const file = need(second, "answers.json");
      const { answers, problems } = answersFrom(
        definition,
        await readJson(file, text, io.cwd),
        file,
        text,
      );
      for (const problem of problems) io.err(problem);
      const result = scoreAnswers(definition, answers);
      if (values.json) io.out(JSON.stringify(result, null, 2));
      else printResult(definition, result, locale, text, io);
      return problems.length > 0 ? 1 : 0;
    }
    if (command === "aggregate") {
      const definition = await loadDefinition(need(first, "edition"), text, locale, io);
      const folder = need(second, "folder");
      let names: string[];
      try {
        names = (await readdir(path.resolve(io.cwd, folder)))
          .filter((name) => name.endsWith(".json"))
          .sort();
      } catch (error) {
        throw new UsageError(
          format(text.unreadable, { file: folder, detail: (error as Error).message }),
        );
      }
      const results: SonarResult[] = [];
      let skipped = 0;
      const showProgress = io.interactive && names.length >= 50;
      for (const [index, name] of names.entries()) {
        const file = path.join(folder, name);
        try {
          const { answers, problems } = answersFrom(
            definition,
            await readJson(file, text, io.cwd),
            file,
            text,
          );
          for (const problem of problems) io.err(problem);
          results.push(scoreAnswers(definition, answers));
        } catch (error) {
          if (!(error instanceof InvalidInput)) throw error;
          io.err(error.message);
          skipped++;
        }
        if (showProgress && (index % 25 === 0 || index === names.length - 1)) {
          const done = (index + 1) / names.length;
          io.err(
            `\r[${"#".repeat(Math.round(done * 30)).padEnd(30, " ")}] ${index + 1}/${names.length}`,
          );
        }
      }
      if (showProgress) io.err("\n");
      const summary = aggregate(results);
      if (values.json) io.out(JSON.stringify({ ...summary, skippedFiles: skipped }, null, 2));
      else {
        const label = (list: { id: string; label: Record<string, string> }[], id: string) =>
          list.find((entry) => entry.id === id)
            ? localize(list.find((entry) => entry.id === id)!.label, locale)
            : text.none;
        const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
        io.out(format(text.respondents, { count: summary.respondents }));
        io.out(`\n${text.styles}${text.colon}`);
        for (const [id, count] of Object.entries(summary.styles))
          io.out(`  ${label(definition.styles, id)}${text.colon} ${count}`);
        io.out(`\n${text.stages}${text.colon}`);
        for (const [id, count] of Object.entries(summary.stages))
          io.out(`  ${label(definition.stages, id)}${text.colon} ${count}`);
        io.out(`\n${text.axes}${text.colon}`);
        for (const axis of summary.axes) {
          io.out(
            `  ${label(definition.axes, axis.axis)}${text.colon} ${text.mean} ${number.format(axis.mean)}, ${text.spread} ${number.format(axis.spread)}`,
          );
        }
        io.out(
          `\n${text.disagreement}${text.colon} ${summary.disagreement
            .slice(0, 2)
            .map((id) => label(definition.axes, id))
            .join(", ")}`,
        );
        if (skipped > 0) io.out(format(text.skippedFiles, { count: skipped }));
      }
      return skipped > 0 ? 1 : 0;
    }
    throw new UsageError(format(text.unknownCommand, { command }));
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      io.err(text.usage);
      return 2;
    }
    if (error instanceof InvalidInput) {
      if (error.message) io.err(error.message);
      return 1;
    }
    throw error;
  }
}
