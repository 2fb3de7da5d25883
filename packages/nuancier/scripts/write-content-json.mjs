// Writes the shipped palette as plain JSON (dist/content.json) for non-JavaScript users.
import { writeFile } from "node:fs/promises";
import { nuancierContent } from "../dist/content.js";

await writeFile(
  new URL("../dist/content.json", import.meta.url),
  `${JSON.stringify(nuancierContent, null, 2)}\n`,
);
