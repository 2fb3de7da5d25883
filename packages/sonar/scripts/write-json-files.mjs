// Writes the JSON files the package ships, after tsup: the JSON Schema of the definition format
// (from the Zod schema) and each edition (from its TypeScript source in src/editions/),
// formatted as the repository's Prettier would, so that lint stays green after a build.
import { writeFileSync } from "node:fs";
import { format, resolveConfig } from "prettier";
import { definitionJsonSchema, editionJson, shippedEditions } from "../dist/json-schema.js";

async function write(relativePath, json) {
  const target = new URL(`../${relativePath}`, import.meta.url);
  const options = (await resolveConfig(target)) ?? {};
  writeFileSync(target, await format(json, { ...options, parser: "json" }));
}

await write("schema/sonar-definition.schema.json", JSON.stringify(definitionJsonSchema()));
for (const edition of shippedEditions) {
  await write(`editions/${edition.edition.id}.json`, editionJson(edition));
}
