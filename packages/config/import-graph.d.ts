/**
 * Every module reached by run-time imports from `entry`, with the specifiers each one imports or
 * re-exports (`import type` and `export type` are skipped). Relative specifiers are followed;
 * `aliases` maps a package name to the file to follow instead.
 */
export function runtimeImports(
  entry: string,
  options?: { aliases?: Record<string, string> },
): Map<string, string[]>;

/**
 * How many modules `entry` reaches at run time, and which of them (relative to the entry's
 * folder) import a specifier that `forbidden` accepts (zod, a Node module): `[]` when none does.
 */
export function forbiddenImports(
  entry: string,
  forbidden: (specifier: string) => boolean,
  options?: { aliases?: Record<string, string> },
): { reached: number; offenders: string[] };
