import { toJSONSchema } from "zod/mini";
import { sonarDefinitionSchema } from "./definition-schema";
import { innovation } from "./editions/innovation";
import { resilience } from "./editions/resilience";
import type { SonarDefinition } from "./types";

/** The JSON Schema of the definition format, generated from the Zod schema. */
export function definitionJsonSchema(): Record<string, unknown> {
  return {
    ...toJSONSchema(sonarDefinitionSchema, { target: "draft-2020-12" }),
    $id: "https://github.com/communs/communs/packages/sonar/schema/sonar-definition.schema.json",
    title: "Sonar definition (format 1)",
  };
}

/** The editions written to `editions/<id>.json` at build time, from their TypeScript source. */
export const shippedEditions: readonly SonarDefinition[] = [innovation, resilience];

/**
 * An edition as the JSON file that ships in `editions/`: `$schema` first, so that an editor
 * checks a copy as it is edited, then the definition. Formatting is left to Prettier.
 */
export function editionJson(definition: SonarDefinition): string {
  return JSON.stringify({ $schema: "../schema/sonar-definition.schema.json", ...definition });
}
