import path from "node:path";
import { fileURLToPath } from "node:url";
import { runtimeImports } from "@communs/config/import-graph";
import { describe, expect, it } from "vitest";

const src = path.dirname(fileURLToPath(import.meta.url));

describe("the overlay entry runs without zod", () => {
  it("overlay.ts imports zod nowhere at run time", () => {
    const graph = runtimeImports(path.join(src, "overlay.ts"));
    expect(graph.size).toBeGreaterThan(3);
    const offenders = [...graph].filter(([, specifiers]) =>
      specifiers.some((specifier) => specifier.startsWith("zod")),
    );
    expect(offenders.map(([file]) => path.relative(src, file))).toEqual([]);
  });
});
