import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { forbiddenImports, runtimeImports } from "./import-graph.js";

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures/import-graph");
const at = (file) => path.join(fixtures, file);

describe("runtimeImports", () => {
  it("follows run-time imports and re-exports, skips type-only ones, follows aliases", () => {
    const graph = runtimeImports(at("entry.ts"), { aliases: { "@fixture/self": at("self.ts") } });
    expect([...graph.keys()].sort()).toEqual(
      [at("entry.ts"), at("helper.ts"), at("nested/index.ts"), at("self.ts")].sort(),
    );
    expect(graph.get(at("entry.ts"))).toEqual(["./helper", "./nested", "@fixture/self"]);
    expect(graph.get(at("helper.ts"))).toEqual(["zod"]);
  });

  it("says which file imports a module that is not there", () => {
    expect(() => runtimeImports(at("missing-import.ts"))).toThrow(/missing-import/);
  });
});

describe("forbiddenImports", () => {
  it("names the files that import what an entry must not pull in, relative to the entry", () => {
    const aliases = { "@fixture/self": at("self.ts") };
    expect(
      forbiddenImports(at("entry.ts"), (specifier) => specifier === "zod", { aliases }),
    ).toEqual({ reached: 4, offenders: ["helper.ts"] });
    expect(forbiddenImports(at("nested/index.ts"), (specifier) => specifier === "zod")).toEqual({
      reached: 1,
      offenders: [],
    });
  });
});
