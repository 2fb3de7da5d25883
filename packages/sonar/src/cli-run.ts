import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import {
  createTranslator,
  appendPointer,
  countIssues,
  groupIssues,
  sortIssues,
  toPointer,
  type Locale,
  type Translator,
} from "@communs/i18n";
import { CliInvalidInput, CliUsageError, defineCli, exitCodes } from "@communs/i18n/cli";
import type { CliProcessIo, RunCli } from "@communs/i18n/cli";
import { cliMessagesEn, cliMessagesFr } from "./cli-messages";
import { formatDefinitionIssue } from "./issue-messages";
import { readJsonText } from "./json-text";
import { sanitize } from "./create-sonar";
import { innovation } from "./editions/innovation";
import { resilience } from "./editions/resilience";
import { localize } from "./localize";
import { checkAnswer, scoreAnswers, type SonarResult } from "./scoring";
import { decodeShareCode } from "./share-code";
import { aggregate } from "./team";
import type { Answers, SonarDefinition, SonarIssue } from "./types";
import { validateDefinition, type ValidationResult } from "./validate-definition";
import { version as packageVersion } from "../package.json";

export interface CliIo extends CliProcessIo {
  /** Whether stderr is a terminal (progress bar). */
  interactive: boolean;
}

const editions: Record<string, SonarDefinition> = { innovation, resilience };

type Text = Translator<typeof cliMessagesFr | typeof cliMessagesEn>;

/** Exit 1: the data given is invalid (what could be read is still reported). */
class InvalidInput extends CliInvalidInput {
  constructor(
    message: string,
    /** The issue behind the message, when it is one (malformed JSON). */
    readonly issue?: SonarIssue,
  ) {
    super(message);
  }
}

async function readJson(file: string, text: Text, cwd: string): Promise<unknown> {
  let source: string;
  try {
    source = await readFile(path.resolve(cwd, file), "utf8");
  } catch (error) {
    throw new CliUsageError(text.t("unreadable", { file, detail: (error as Error).message }));
  }
  const read = readJsonText(source);
  if (!read.ok)
    throw new InvalidInput(
      text.t("badJson", { file, detail: formatDefinitionIssue(read.issue, text.locale as Locale) }),
      read.issue,
    );
  return read.value;
}

/**
 * The issues counted, then grouped as `communs-report` does: one line for a lone issue (where,
 * then what, in the reader's language), a heading with the count for issues that say the same
 * thing at the same place in several entries, each of them below it.
 */
function issueLines(issues: readonly SonarIssue[], text: Text): string[] {
  const locale = text.locale as Locale;
  const where = (pointer: string) => (pointer === "" ? text.t("wholeDocument") : pointer);
  const line = (issue: SonarIssue) =>
    text.t("issueLine", {
      where: where(issue.pointer),
      sentence: formatDefinitionIssue(issue, locale),
    });
  const groups = groupIssues(sortIssues(issues));
  const lines = [text.t("invalid", { count: issues.length })];
  for (const group of groups) {
    if (group.count === 1) {
      lines.push(`  ${line(group.issues[0]!)}`);
      continue;
    }
    const sentences = new Set(group.issues.map((issue) => formatDefinitionIssue(issue, locale)));
    const heading = text.t("groupLine", {
      where: where(group.pattern),
      sentence:
        sentences.size === 1 ? [...sentences][0]! : formatDefinitionIssue(group.issues[0]!, locale),
      count: group.count,
    });
    lines.push(`  ${heading}`);
    for (const issue of group.issues)
      lines.push(sentences.size === 1 ? `    ${where(issue.pointer)}` : `    ${line(issue)}`);
  }
  return lines;
}

async function loadDefinition(reference: string, text: Text, io: CliIo) {
  const raw = editions[reference] ?? (await readJson(reference, text, io.cwd));
  const result = validateDefinition(raw);
  if (!result.ok) {
    for (const line of issueLines(result.issues, text)) io.err(line);
    throw new InvalidInput("");
  }
  return result.definition;
}

/** Reads an answers file: `{ answers }`, `{ code }` (a share code) or a bare map of answers. */
function answersFrom(
  definition: SonarDefinition,
  data: unknown,
  file: string,
  text: Text,
): { answers: Answers; problems: string[] } {
  const problems: string[] = [];
  const record = (typeof data === "object" && data !== null ? data : {}) as Record<string, unknown>;
  if (typeof record.code === "string") {
    const decoded = decodeShareCode(definition, record.code);
    if (!decoded.ok) throw new InvalidInput(text.t("badCode", { file, code: decoded.error.code }));
    return { answers: decoded.answers, problems };
  }
  const answersKey = typeof record.answers === "object" && record.answers !== null;
  const raw = (answersKey ? record.answers : record) as Answers;
  for (const [id, value] of Object.entries(raw)) {
    if (id === "edition" || id === "version" || id === "$schema") continue;
    const question = definition.questions.find((candidate) => candidate.id === id);
    const problem = !question
      ? { code: "unknown-question" }
      : value === null
        ? null
        : checkAnswer(question, value);
    if (problem) {
      const pointer = answersKey ? appendPointer("/answers", id) : toPointer([id]);
      problems.push(text.t("badAnswers", { file, pointer, code: problem.code }));
    }
  }
  return { answers: sanitize(definition, raw), problems };
}

function labelOf(
  list: readonly { id: string; label: Record<string, string> }[],
  id: string | null,
  text: Text,
): string {
  const entry = list.find((candidate) => candidate.id === id);
  // Only an id missing from the definition falls through: shown as it is.
  return entry ? localize(entry.label, text.locale) : (id ?? "—");
}

function printResult(definition: SonarDefinition, result: SonarResult, text: Text, io: CliIo) {
  const { t, locale } = text;
  const stageOf = (id: string) => definition.stages.find((stage) => stage.id === id)!;
  const styleNames = (ids: readonly string[]) =>
    text.list(ids.map((id) => labelOf(definition.styles, id, text)));
  const verdicts = {
    clear: t("verdictClear"),
    "close-call": t("verdictClose"),
    balanced: t("verdictBalanced"),
    tie: t("verdictTie", { styles: styleNames(result.style.tied) }),
    "not-enough-answers": t("verdictNone"),
  };
  io.out(localize(definition.edition.title, locale));
  const answered = t("answered", { count: result.answered });
  io.out(t("answeredSkipped", { answered, skipped: t("skipped", { count: result.skipped }) }));
  const style = definition.styles.find((entry) => entry.id === result.style.style);
  const lean =
    result.style.verdict === "close-call" && result.style.nearest
      ? ` → ${labelOf(definition.styles, result.style.nearest, text)}`
      : "";
  io.out(
    `\n${
      result.style.style === null
        ? t("styleNone", { verdict: verdicts[result.style.verdict] })
        : t("styleLine", {
            style: labelOf(definition.styles, result.style.style, text),
            lean,
            verdict: verdicts[result.style.verdict],
            confidence: text.percent(result.style.confidence),
          })
    }`,
  );
  if (style) io.out(`  ${localize(style.summary, locale)}`);
  io.out(`\n${t("axes")}`);
  const width = Math.max(...definition.axes.map((axis) => localize(axis.label, locale).length));
  for (const score of result.axes) {
    const bar = "█".repeat(Math.round(score.score * 20)).padEnd(20, "·");
    const label = labelOf(definition.axes, score.axis, text);
    io.out(`  ${label.padEnd(width)}  ${bar}  ${text.percent(score.score)}`);
  }
  // An edition without stages has no trajectory: nothing to say about it.
  if (definition.stages.length > 0) {
    io.out(
      `\n${
        result.stage.stage
          ? t("stageLine", { stage: labelOf(definition.stages, result.stage.stage, text) })
          : t("stageNone")
      }`,
    );
    const sources = [
      result.stage.selfPlaced &&
        t("stageSelf", { stage: labelOf(definition.stages, result.stage.selfPlaced, text) }),
      result.stage.fromAnswers &&
        t("stageFromAnswers", {
          stage: labelOf(definition.stages, result.stage.fromAnswers, text),
        }),
    ].filter((part): part is string => Boolean(part));
    if (sources.length > 0) io.out(`  ${sources.join(t("sourcesSeparator"))}`);
  }
  if (result.nextSteps.length > 0) {
    io.out(`\n${t("nextSteps")}`);
    for (const step of result.nextSteps) {
      const source = stageOf(step.stage);
      const texts = step.kind === "remedy" ? source.remedies : source.signals;
      io.out(`  - ${localize(texts[step.index]!, locale)}`);
    }
  }
  if (result.pitfalls.length > 0) {
    io.out(`\n${t("pitfalls")}`);
    for (const pitfall of result.pitfalls)
      io.out(`  - ${localize(stageOf(pitfall.stage).pitfalls[pitfall.index]!, locale)}`);
  }
}

function printSummary(
  definition: SonarDefinition,
  summary: ReturnType<typeof aggregate>,
  skipped: number,
  text: Text,
  io: CliIo,
) {
  const { t } = text;
  io.out(t("respondents", { count: summary.respondents }));
  const counts = (
    heading: string,
    list: SonarDefinition["styles" | "stages"],
    by: Record<string, number>,
    none: string,
  ) => {
    io.out(`\n${heading}`);
    for (const [id, count] of Object.entries(by)) {
      const label = list.some((entry) => entry.id === id) ? labelOf(list, id, text) : none;
      io.out(`  ${t("countLine", { label, count })}`);
    }
  };
  counts(t("styles"), definition.styles, summary.styles, t("noStyle"));
  if (definition.stages.length > 0)
    counts(t("stages"), definition.stages, summary.stages, t("noStage"));
  io.out(`\n${t("axes")}`);
  const decimals = { maximumFractionDigits: 2 };
  for (const axis of summary.axes) {
    const line = t("axisSummary", {
      axis: labelOf(definition.axes, axis.axis, text),
      mean: text.number(axis.mean, decimals),
      spread: text.number(axis.spread, decimals),
    });
    io.out(`  ${line}`);
  }
  const axes = summary.disagreement.slice(0, 2).map((id) => labelOf(definition.axes, id, text));
  io.out(`\n${t("disagreement", { axes })}`);
  if (skipped > 0) io.out(t("skippedFiles", { count: skipped }));
}

async function aggregateFolder(definition: SonarDefinition, folder: string, text: Text, io: CliIo) {
  let names: string[];
  try {
    names = (await readdir(path.resolve(io.cwd, folder)))
      .filter((name) => name.endsWith(".json"))
      .sort();
  } catch (error) {
    throw new CliUsageError(
      text.t("unreadable", { file: folder, detail: (error as Error).message }),
    );
  }
  const results: SonarResult[] = [];
  let skipped = 0;
  const showProgress = io.interactive && names.length >= 50;
  for (const [index, name] of names.entries()) {
    const file = path.join(folder, name);
    try {
      const data = await readJson(file, text, io.cwd);
      const { answers, problems } = answersFrom(definition, data, file, text);
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
  return { summary: aggregate(results), skipped };
}

const translator = (locale: Locale): Text =>
  createTranslator(locale === "en" ? cliMessagesEn : cliMessagesFr, locale);

/**
 * Runs the CLI and returns its exit code: 0 valid, 1 invalid data, 2 usage or read error.
 * The language is `--locale`, else the environment's (`LC_ALL`, `LC_MESSAGES`, `LANG`), else French.
 */
export const runCli: RunCli<CliIo> = defineCli({
  version: packageVersion,
  usage: (locale) => translator(locale).t("usage", { editions: Object.keys(editions).join(", ") }),
  async run({ command, operands: [first, second], json, locale, io }) {
    const text = translator(locale);
    const need = (value: string | undefined, name: string) => {
      if (value === undefined) throw new CliUsageError(text.t("missingArgument", { name }));
      return value;
    };
    if (command === "validate") {
      const reference = need(first, "definition");
      let result: ValidationResult;
      try {
        result = validateDefinition(
          editions[reference] ?? (await readJson(reference, text, io.cwd)),
        );
      } catch (error) {
        // Malformed JSON is a problem of the definition: reported like the others.
        if (!(error instanceof InvalidInput) || !error.issue) throw error;
        result = { ok: false, issues: [error.issue] };
      }
      if (json) {
        const message = (issue: SonarIssue) => formatDefinitionIssue(issue, locale);
        io.out(
          JSON.stringify(
            {
              valid: result.ok,
              counts: countIssues(result.issues),
              issues: result.issues.map((issue) => ({ ...issue, message: message(issue) })),
              groups: groupIssues(sortIssues(result.issues)).map((group) => ({
                code: group.code,
                pattern: group.pattern,
                count: group.count,
              })),
            },
            null,
            2,
          ),
        );
      } else if (result.ok) {
        const { edition, questions } = result.definition;
        io.out(
          text.t("valid", {
            edition: edition.id,
            version: edition.version,
            count: questions.length,
          }),
        );
      } else for (const line of issueLines(result.issues, text)) io.out(line);
      return result.ok ? exitCodes.ok : exitCodes.problems;
    }
    if (command === "score") {
      const definition = await loadDefinition(need(first, "edition"), text, io);
      const file = need(second, "answers.json");
      const data = await readJson(file, text, io.cwd);
      const { answers, problems } = answersFrom(definition, data, file, text);
      for (const problem of problems) io.err(problem);
      const result = scoreAnswers(definition, answers);
      if (json) io.out(JSON.stringify(result, null, 2));
      else printResult(definition, result, text, io);
      return problems.length > 0 ? exitCodes.problems : exitCodes.ok;
    }
    if (command === "aggregate") {
      const definition = await loadDefinition(need(first, "edition"), text, io);
      const folder = need(second, "folder");
      const { summary, skipped } = await aggregateFolder(definition, folder, text, io);
      if (json) io.out(JSON.stringify({ ...summary, skippedFiles: skipped }, null, 2));
      else printSummary(definition, summary, skipped, text, io);
      return skipped > 0 ? exitCodes.problems : exitCodes.ok;
    }
    throw new CliUsageError(text.t("unknownCommand", { command }));
  },
});
