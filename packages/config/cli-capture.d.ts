/** What every Communs CLI's `runCli` writes to and reads from. */
export interface CliStreams {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
}

/**
 * Runs a CLI's `runCli(argv, io)` with `out` and `err` collected (an empty environment unless
 * `io.env` says otherwise); returns the exit code and what each stream received, lines joined.
 */
export function captureCli<Io extends CliStreams>(
  runCli: (argv: string[], io: Io) => Promise<number>,
  argv: string[],
  io: Omit<Io, keyof CliStreams> & Partial<Pick<Io, "env">>,
): Promise<{ code: number; out: string; err: string }>;
