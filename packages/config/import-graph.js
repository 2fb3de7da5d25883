// For tests that prove what an entry pulls in at run time (no zod in a zod-free entry, no Node
// API in a browser one) by reading the sources, before any bundler has tree-shaken them.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";

const importOrExport = /^(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gms;

/** The file a relative specifier names: as written, then with `.ts`, `.tsx`, `/index.ts`. */
function resolveRelative(from, specifier) {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  throw new Error(`${from}: cannot find the module "${specifier}" it imports`);
}

/**
 * Every module reached by run-time imports from `entry`, with the specifiers each one imports or
 * re-exports (`import type` and `export type` are erased at build time, so they are skipped).
 * Relative specifiers are followed; `aliases` maps a package name to the file to follow instead,
 * for a package that imports its own entries by name.
 * @param {string} entry
 * @param {{ aliases?: Record<string, string> }} [options]
 * @returns {Map<string, string[]>}
 */
export function runtimeImports(entry, { aliases = {} } = {}) {
  const graph = new Map();
  const visit = (file) => {
    if (graph.has(file)) return;
    const specifiers = [...readFileSync(file, "utf8").matchAll(importOrExport)].map(
      (match) => match[1],
    );
    graph.set(file, specifiers);
    for (const specifier of specifiers) {
      if (specifier in aliases) visit(aliases[specifier]);
      else if (specifier.startsWith(".")) visit(resolveRelative(file, specifier));
    }
  };
  visit(path.resolve(entry));
  return graph;
}

/**
 * What a "runs without X" test asserts: how many modules `entry` reaches at run time, and which
 * of them (relative to the entry's folder) import a specifier that `forbidden` accepts, such as
 * zod in a zod-free entry or a Node module in a browser one. `offenders` is `[]` when it holds.
 * @param {string} entry
 * @param {(specifier: string) => boolean} forbidden
 * @param {{ aliases?: Record<string, string> }} [options]
 * @returns {{ reached: number; offenders: string[] }}
 */
export function forbiddenImports(entry, forbidden, options) {
  const graph = runtimeImports(entry, options);
  const root = path.dirname(path.resolve(entry));
  const offenders = [...graph]
    .filter(([, specifiers]) => specifiers.some(forbidden))
    .map(([file]) => path.relative(root, file));
  return { reached: graph.size, offenders };
}
