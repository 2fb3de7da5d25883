import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { nuancierJsonSchemas } from "./json-schema";

const published = async (name: string) =>
  JSON.parse(await readFile(new URL(`../schema/${name}`, import.meta.url), "utf8")) as unknown;

// The published files are generated from the Zod schema: `npm run schema` after a change.
describe("JSON Schemas", () => {
  it("match the published palette schema", async () => {
    expect(await published("nuancier-1.schema.json")).toEqual(nuancierJsonSchemas().data);
  });

  it("match the published overlay schema", async () => {
    expect(await published("nuancier-overlay-1.schema.json")).toEqual(
      nuancierJsonSchemas().overlay,
    );
  });

  it("describe the fields a non-JavaScript user needs", () => {
    const schema = nuancierJsonSchemas().data as {
      properties: Record<string, unknown>;
      $id: string;
    };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["sectors", "nuances", "formats", "audiences", "licence"]),
    );
    expect(schema.$id).toMatch(/nuancier-1\.json$/);
  });
});
