/**
 * Every module reached by run-time imports from `entry`, with the specifiers each one imports or
 * re-exports (`import type` and `export type` are skipped). Relative specifiers are followed;
 * `aliases` maps a package name to the file to follow instead.
 */
export function runtimeImports(
  entry: string,
  options?: { aliases?: Record<string, string> },
): Map<string, string[]>;
