// Regenerates schema/*.schema.json from the Zod schema (after `npm run build`).
import { writeFile } from "node:fs/promises";
import { nuancierJsonSchemas } from "../dist/json-schema.js";

const schemas = nuancierJsonSchemas();
for (const [name, schema] of [
  ["nuancier-1.schema.json", schemas.data],
  ["nuancier-overlay-1.schema.json", schemas.overlay],
]) {
  await writeFile(
    new URL(`../schema/${name}`, import.meta.url),
    `${JSON.stringify(schema, null, 2)}\n`,
  );
}
