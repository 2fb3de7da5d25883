/**
 * `@communs/i18n/cli`: the shape every Communs command-line tool shares, written once. The common
 * options (`--locale`, `--json`, `--help`, `--version`), the language of the messages, usage
 * errors worded in French or English, and the exit codes. Each CLI declares its own options as
 * data and writes its commands in `run`.
 *
 * Node only (`node:util`, `process`): this entry is never imported by `.` or `./csv`, which run
 * in browsers too (`cli.test.ts` walks their imports to check).
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { isLocale, resolveLocale, type Locale } from "./locale";
import { formatMessage } from "./translator";

/** The exit codes of every Communs CLI. */
export const exitCodes = {
  /** The data is valid, or the command did what it was asked. */
  ok: 0,
  /** The data was read but has problems (what could be used is still printed). */
  problems: 1,
  /** A usage error, or a file that cannot be read or written. */
  usage: 2,
} as const;

/** What a CLI's `runCli` writes to and reads from: lines on stdout and stderr, the environment. */
export interface CliStreams {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
}

/** One option of a command, as `node:util` `parseArgs` declares it. */
export interface CliOption {
  type: "string" | "boolean";
  /** A one-letter alias (`-o`). */
  short?: string;
  /** Repeatable: the values are collected in an array. */
  multiple?: boolean;
  default?: string | boolean | readonly string[];
}

export type CliOptions = Record<string, CliOption>;

type OptionValue<Option extends CliOption> = Option["type"] extends "boolean"
  ? Option["multiple"] extends true
    ? boolean[]
    : boolean
  : Option["multiple"] extends true
    ? string[]
    : string;

/** The parsed values of a command's options: `undefined` when absent and without a default. */
export type CliValues<Options extends CliOptions> = {
  -readonly [Name in keyof Options]: Options[Name] extends { default: unknown }
    ? OptionValue<Options[Name]>
    : OptionValue<Options[Name]> | undefined;
};

/** Usage errors the kit words itself. A CLI may reword them (`messages`), keeping the parameters. */
export const cliMessagesFr = {
  unknownOption: "Option inconnue : {option}",
  missingValue: "L'option {option} attend une valeur.",
  unexpectedValue: "L'option {option} ne prend pas de valeur.",
  /** `{expected}` lists the accepted values ("fr, en") for a rewording that wants it. */
  badLocale: "{option} attend fr ou en, pas « {value} ».",
} as const;

export type CliMessages = { readonly [Key in keyof typeof cliMessagesFr]: string };

export const cliMessagesEn = {
  unknownOption: "Unknown option: {option}",
  missingValue: "Option {option} needs a value.",
  unexpectedValue: "Option {option} takes no value.",
  badLocale: "{option} takes fr or en, not “{value}”.",
} as const satisfies CliMessages;

/** A CLI as its tests and `runMain` call it: the arguments and the io in, the exit code out. */
export type RunCli<Io extends CliStreams> = (argv: readonly string[], io: Io) => Promise<number>;

/** What `run` is given once the common options are read. */
export interface CliContext<Options extends CliOptions, Io extends CliStreams> {
  /** The first positional argument (never `help`: the kit answers it). */
  command: string;
  /** The positional arguments after the command. */
  operands: string[];
  /** The command's own options (`definition.options`). */
  values: CliValues<Options>;
  /** `--json`: a machine-readable result on stdout. */
  json: boolean;
  /** The language of the messages: `--locale`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else French. */
  locale: Locale;
  /** The tag `--locale` was given (`acceptLocale` may take more than fr and en), else `locale`. */
  localeTag: string;
  io: Io;
}

export interface CliDefinition<Options extends CliOptions, Io extends CliStreams> {
  /** Printed by `--version` / `-v`. */
  version: string;
  /** The help text in a language: printed by `--help` / `-h` / `help`, and after a usage error. */
  usage(locale: Locale): string;
  /** The command's own options; `--locale`, `--json`, `--help` and `--version` are added. */
  options?: Options;
  /** Other names of `--locale`, kept for existing scripts (`communs-report --lang`). */
  localeAliases?: readonly string[];
  /**
   * The message language of a `--locale` tag, or `undefined` to refuse it (a usage error). By
   * default fr and en only; `communs-nuancier` takes any tag its palette may have texts in.
   */
  acceptLocale?(tag: string): Locale | undefined;
  /** Rewordings of the kit's usage errors, per language. */
  messages?: Partial<Record<Locale, Partial<CliMessages>>>;
  /** The command itself: returns the exit code, or throws `CliUsageError` / `CliInvalidInput`. */
  run(context: CliContext<Options, Io>): Promise<number>;
}

/** Thrown from `run`: the command line is wrong, or a file cannot be read or written (exit 2). */
export class CliUsageError extends Error {
  override name = "CliUsageError";
}

/**
 * Thrown from `run`: the data was read but is refused (exit 1). Its message, when there is one,
 * goes to stderr; leave it empty when the problems are printed already.
 */
export class CliInvalidInput extends Error {
  override name = "CliInvalidInput";
}

const commonOptions = {
  json: { type: "boolean", default: false },
  locale: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
  version: { type: "boolean", short: "v", default: false },
} as const satisfies CliOptions;

/**
 * A CLI's `runCli(argv, io)`: reads the common options, answers `--version`, `--help` and a
 * missing command, then calls `definition.run`. A usage error (an unknown option, a bad
 * `--locale`, a `CliUsageError`) prints its message and the usage on stderr and returns 2; a
 * `CliInvalidInput` returns 1. Other errors are thrown.
 */
export function defineCli<Options extends CliOptions, Io extends CliStreams>(
  definition: CliDefinition<Options, Io>,
): RunCli<Io> {
  const acceptLocale =
    definition.acceptLocale ?? ((tag: string) => (isLocale(tag) ? tag : undefined));
  const declared: CliOptions = { ...definition.options, ...commonOptions };
  for (const alias of definition.localeAliases ?? []) declared[alias] = { type: "string" };

  return async (argv, io) => {
    let locale = resolveLocale(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG);
    const word = (key: keyof CliMessages, params: Record<string, string>) =>
      formatMessage(
        definition.messages?.[locale]?.[key] ??
          (locale === "en" ? cliMessagesEn : cliMessagesFr)[key],
        params,
        locale,
      );
    const usageError = (message: string) => {
      io.err(message);
      io.err(definition.usage(locale));
      return exitCodes.usage;
    };

    // Not strict, so that the language is known before an unknown option is reported in it.
    const { values, positionals, tokens } = parseArgs({
      args: [...argv],
      options: declared as ParseArgsConfig["options"],
      allowPositionals: true,
      strict: false,
      tokens: true,
    });
    // Worded once the language is known.
    let refusal: { key: keyof CliMessages; option: string } | undefined;
    for (const token of tokens) {
      if (refusal !== undefined || token.kind !== "option") continue;
      const option = Object.hasOwn(declared, token.name) ? declared[token.name] : undefined;
      if (!option) refusal = { key: "unknownOption", option: token.rawName };
      else if (option.type === "boolean" && token.value !== undefined)
        refusal = { key: "unexpectedValue", option: token.rawName };
      // A value that looks like an option (`--out --json`) is a forgotten one, as parseArgs holds.
      else if (
        option.type === "string" &&
        (token.value === undefined || (!token.inlineValue && token.value.startsWith("-")))
      )
        refusal = { key: "missingValue", option: token.rawName };
    }

    let localeTag: string | undefined;
    for (const name of ["locale", ...(definition.localeAliases ?? [])]) {
      const tag = values[name];
      if (typeof tag !== "string" || localeTag !== undefined) continue;
      const accepted = acceptLocale(tag);
      if (accepted === undefined) {
        return usageError(
          word("badLocale", { option: `--${name}`, value: tag, expected: "fr, en" }),
        );
      }
      localeTag = tag;
      locale = accepted;
    }
    if (refusal) return usageError(word(refusal.key, { option: refusal.option }));

    if (values.version === true) {
      io.out(definition.version);
      return exitCodes.ok;
    }
    const [command, ...operands] = positionals;
    if (values.help === true || command === "help") {
      io.out(definition.usage(locale));
      return exitCodes.ok;
    }
    if (command === undefined) {
      io.out(definition.usage(locale));
      return exitCodes.usage;
    }
    try {
      return await definition.run({
        command,
        operands,
        values: values as CliValues<Options>,
        json: values.json === true,
        locale,
        localeTag: localeTag ?? locale,
        io,
      });
    } catch (error) {
      if (error instanceof CliUsageError) return usageError(error.message);
      if (error instanceof CliInvalidInput) {
        if (error.message) io.err(error.message);
        return exitCodes.problems;
      }
      throw error;
    }
  };
}

/** What `runMain` gives every CLI: the process's streams, environment and directory. */
export interface CliProcessIo extends CliStreams {
  /** Where the user typed the command (`INIT_CWD` under npm), for relative paths. */
  cwd: string;
}

/**
 * Runs a CLI on the process (what `src/cli.ts` does): the arguments, stdout and stderr a line
 * per call, the environment, the directory; sets `process.exitCode`. `extra` adds what the CLI's
 * io has beyond that, or replaces a default. A closed pipe (`| head`) ends quietly; an unexpected
 * error prints its stack and exits 2. The promise never rejects: `void runMain(…)` needs no
 * top-level await, so the size check can bundle the CLI.
 */
export async function runMain<Io extends CliStreams>(
  runCli: RunCli<Io>,
  extra: Omit<Io, keyof CliProcessIo> & Partial<CliProcessIo>,
): Promise<void> {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? exitCodes.ok);
    throw error;
  });
  const defaults: CliProcessIo = {
    out: (text) => void process.stdout.write(`${text}\n`),
    err: (text) => void process.stderr.write(`${text}\n`),
    env: process.env,
    // npm runs scripts from the package root; paths are relative to where the user typed.
    cwd: process.env.INIT_CWD ?? process.cwd(),
  };
  // Io is CliStreams plus what `extra` gives: the spread holds every field it declares.
  const io = { ...defaults, ...extra } as unknown as Io;
  try {
    process.exitCode = await runCli(process.argv.slice(2), io);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = exitCodes.usage;
  }
}
