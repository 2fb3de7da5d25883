// The CLIs' tests run `runCli(argv, io)` in process and read what it wrote; this is that set-up.

/**
 * Runs a CLI's `runCli(argv, io)` with `out` and `err` collected (an empty environment unless
 * `io.env` says otherwise) and returns the exit code with what each stream received, lines
 * joined by "\n".
 * @template {{ out(text: string): void; err(text: string): void; env: Record<string, string | undefined> }} Io
 * @param {(argv: string[], io: Io) => Promise<number>} runCli
 * @param {string[]} argv
 * @param {Omit<Io, "out" | "err" | "env"> & Partial<Pick<Io, "env">>} io
 * @returns {Promise<{ code: number; out: string; err: string }>}
 */
export async function captureCli(runCli, argv, io) {
  const out = [];
  const err = [];
  const code = await runCli(argv, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    env: {},
    ...io,
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}
