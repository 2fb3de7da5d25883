import path from "node:path";
import { fileURLToPath } from "node:url";
import { runtimeImports } from "@communs/config/import-graph";
import { describe, expect, it } from "vitest";

const src = path.dirname(fileURLToPath(import.meta.url));
// The entries import the client by the package's own name: follow it to the source.
const aliases = { "@communs/idea-box/client": path.join(src, "client-entry.ts") };

describe("the client and the store run without zod", () => {
  for (const entry of ["client-entry.ts", "store/index.ts"])
    it(`${entry} imports zod nowhere at run time`, () => {
      const graph = runtimeImports(path.join(src, entry), { aliases });
      expect(graph.size).toBeGreaterThan(3);
      const offenders = [...graph].filter(([, specifiers]) =>
        specifiers.some((specifier) => specifier === "zod" || specifier === "@communs/idea-box"),
      );
      expect(offenders.map(([file]) => path.relative(src, file))).toEqual([]);
    });
});
