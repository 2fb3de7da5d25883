import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { editionJson, shippedEditions } from "../json-schema";
import { innovation } from "./innovation";
import { resilience } from "./resilience";

const packageRoot = path.resolve(import.meta.dirname, "../..");

describe.each([
  ["innovation", innovation],
  ["resilience", resilience],
] as const)("the %s edition", (name, edition) => {
  const file = path.join(packageRoot, "editions", `${name}.json`);
  const committed = readFileSync(file, "utf8");

  it("is committed as the JSON its TypeScript source writes (run `npm run build` after editing)", () => {
    expect(JSON.stringify(JSON.parse(committed))).toBe(
      JSON.stringify(JSON.parse(editionJson(edition))),
    );
  });

  it("is written by the build", () => {
    expect(shippedEditions).toContain(edition);
  });

  it("points editors at the JSON Schema that ships beside it", () => {
    const schema = (JSON.parse(committed) as { $schema: string }).$schema;
    expect(existsSync(path.resolve(path.dirname(file), schema))).toBe(true);
  });
});
