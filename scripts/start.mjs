// `npm start`: serves what `turbo run build` just built and prints where.
// The catalogue for now; the idea-box server joins it with its own issue.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const catalogue = spawn(process.execPath, ["scripts/serve.mjs", "storybook-static"], {
  cwd: path.join(root, "apps/catalogue"),
  stdio: "inherit",
});
const stop = () => catalogue.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
catalogue.on("exit", (code) => process.exit(code ?? 0));
