import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = path.dirname(fileURLToPath(import.meta.url));
const selfClient = path.join(src, "client-entry.ts");

/** Every module reached by run-time imports from an entry (type-only imports are erased). */
function runtimeGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (file: string) => {
    if (graph.has(file)) return;
    const code = readFileSync(file, "utf8");
    const specifiers = [
      ...code.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gms),
    ].map((match) => match[1]!);
    graph.set(file, specifiers);
    for (const specifier of specifiers) {
      if (specifier === "@communs/idea-box/client") visit(selfClient);
      else if (specifier.startsWith("."))
        for (const ext of [".ts", "/index.ts"]) {
          const target = path.resolve(path.dirname(file), specifier + ext);
          try {
            readFileSync(target);
            visit(target);
            break;
          } catch {
            continue;
          }
        }
    }
  };
  visit(entry);
  return graph;
}

describe("the client and the store run without zod", () => {
  for (const entry of ["client-entry.ts", "store/index.ts"])
    it(`${entry} imports zod nowhere at run time`, () => {
      const graph = runtimeGraph(path.join(src, entry));
      expect(graph.size).toBeGreaterThan(3);
      const offenders = [...graph].filter(([, specifiers]) =>
        specifiers.some((specifier) => specifier === "zod" || specifier === "@communs/idea-box"),
      );
      expect(offenders.map(([file]) => path.relative(src, file))).toEqual([]);
    });
});
