import Ajv2020 from "ajv/dist/2020";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import report2018 from "../data/la-27e-region-2018.json";
import { generateJsonSchema } from "./json-schema";
import { SCHEMA_ID, SCHEMA_VERSION } from "./schema";

describe("generated JSON Schema", () => {
  const schema = generateJsonSchema();

  it("is held in place by the committed schema/report.schema.json (run `npm run schema` after a change)", async () => {
    const committed = JSON.parse(
      await readFile(new URL("../schema/report.schema.json", import.meta.url), "utf8"),
    ) as unknown;
    expect(schema).toEqual(committed);
  });

  it("is draft 2020-12 with an $id pinned to the schema version", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(SCHEMA_ID);
    expect(String(schema.$id)).toContain(`/${SCHEMA_VERSION}/`);
  });

  it("accepts the 2018 report and rejects a broken copy, like the zod schema", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    ajv.addFormat("uri", /^https?:\/\/\S+$/);
    const validate = ajv.compile(schema);
    expect(validate(report2018)).toBe(true);
    expect(
      validate({ ...report2018, schemaVersion: "2.0.0", programmes: [{ id: "Bad Id" }] }),
    ).toBe(false);
    expect(validate.errors?.length).toBeGreaterThan(1);
  });
});
