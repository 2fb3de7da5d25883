import { toJSONSchema } from "zod/mini";
import { sonarDefinitionSchema } from "./definition-schema";

/** The JSON Schema of the definition format, generated from the Zod schema. */
export function definitionJsonSchema(): Record<string, unknown> {
  return {
    ...toJSONSchema(sonarDefinitionSchema, { target: "draft-2020-12" }),
    $id: "https://github.com/communs/communs/packages/sonar/schema/sonar-definition.schema.json",
    title: "Sonar definition (format 1)",
  };
}
