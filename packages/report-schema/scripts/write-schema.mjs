// Writes schema/report.schema.json from the zod schema (build first). The schema test fails
// until the committed file matches what the code generates.
import { writeFile } from "node:fs/promises";
import { generateJsonSchema } from "../dist/json-schema.js";

const target = new URL("../schema/report.schema.json", import.meta.url);
await writeFile(target, `${JSON.stringify(generateJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${target.pathname}`);
