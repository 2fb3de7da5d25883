// Writes the JSON Schema of the definition format from the Zod schema (run after tsup),
// formatted as the repository's Prettier would, so that lint stays green after a build.
import { writeFileSync } from "node:fs";
import { format, resolveConfig } from "prettier";
import { definitionJsonSchema } from "../dist/json-schema.js";

const target = new URL("../schema/sonar-definition.schema.json", import.meta.url);
const options = (await resolveConfig(target)) ?? {};
const text = await format(JSON.stringify(definitionJsonSchema()), { ...options, parser: "json" });
writeFileSync(target, text);
