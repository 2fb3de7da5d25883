// Serves the built catalogue: node scripts/serve.mjs [directory]. PORT and HOST may be set.
import { existsSync } from "node:fs";
import path from "node:path";
import { serveDirectory } from "./static-server.mjs";

const directory = path.resolve(process.argv[2] ?? "storybook-static");
if (!existsSync(path.join(directory, "index.html"))) {
  console.error(
    `No catalogue in ${directory}: build it first with "npm run build -w @communs/catalogue".`,
  );
  process.exit(2);
}
const port = Number(process.env.PORT ?? 6006);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a whole number between 0 and 65535, got "${process.env.PORT}".`);
  process.exit(2);
}
const { url } = await serveDirectory(directory, { port, host: process.env.HOST ?? "127.0.0.1" });
console.log(`Catalogue Communs : ${url}/`);
console.log(`Communs catalogue: ${url}/`);
