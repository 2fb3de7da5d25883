import { z } from "zod";
import { reportSchema, SCHEMA_ID, SCHEMA_VERSION } from "./schema";

/** Generates the JSON Schema (draft 2020-12) of the report format from the zod schema. */
export function generateJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(reportSchema, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "any",
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: SCHEMA_ID, version: SCHEMA_VERSION, ...rest };
}
