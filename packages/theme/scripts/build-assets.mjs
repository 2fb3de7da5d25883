// Writes the CSS and JSON files of @communs/theme from the built module, so that every output
// comes from the one source, src/tokens.ts. Runs after tsup (see "build" in package.json).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  renderAllThemesStylesheet,
  renderBaseStylesheet,
  renderThemeStylesheet,
  renderTokensJson,
  themeNames,
} from "../dist/index.js";

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "dist");
await mkdir(path.join(dist, "themes"), { recursive: true });

const files = {
  "tokens.css": renderAllThemesStylesheet(),
  "base.css": renderBaseStylesheet(),
  "tokens.json": `${JSON.stringify(renderTokensJson(), null, 2)}\n`,
  ...Object.fromEntries(
    themeNames.map((theme) => [`themes/${theme}.css`, renderThemeStylesheet(theme)]),
  ),
};
for (const [name, content] of Object.entries(files)) {
  await writeFile(path.join(dist, name), content);
}
console.log(`@communs/theme: wrote ${Object.keys(files).length} files to dist/`);
