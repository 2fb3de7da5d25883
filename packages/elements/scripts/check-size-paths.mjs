// size-limit counts a missing file as 0 B: make sure every file a budget names was built.
import { existsSync, readFileSync } from "node:fs";

const budgets = JSON.parse(readFileSync(new URL("../.size-limit.json", import.meta.url), "utf8"));
const missing = budgets
  .flatMap((budget) => [budget.path].flat())
  .filter((file) => !existsSync(new URL(`../${file}`, import.meta.url)));
if (missing.length > 0) {
  console.error(`Not built (run npm run build first): ${[...new Set(missing)].join(", ")}`);
  process.exit(1);
}
