// Writes schema/report.schema.json and generated/structure-validator.js from the zod schema
// (build first). The schema tests fail until the committed files match what the code generates.
import { writeFile } from "node:fs/promises";
import { reportSchema } from "../dist/index.js";
import { generateJsonSchema } from "../dist/json-schema.js";
import { structureValidatorSource } from "./structure-validator.mjs";

const target = new URL("../schema/report.schema.json", import.meta.url);
await writeFile(target, `${JSON.stringify(generateJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${target.pathname}`);
const validator = new URL("../generated/structure-validator.js", import.meta.url);
await writeFile(validator, await structureValidatorSource(reportSchema));
console.log(`Wrote ${validator.pathname}`);
