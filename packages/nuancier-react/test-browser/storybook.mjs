// Builds the Nuancier stories into a temporary directory and serves them on loopback.
import { execFile } from "node:child_process";
import { createReadStream, existsSync } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const catalogue = fileURLToPath(new URL("../../../apps/catalogue/", import.meta.url));
const types = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
};

/** `NUANCIER_STORYBOOK_DIR` reuses an existing build (e.g. while writing tests). */
export async function buildStories() {
  if (process.env.NUANCIER_STORYBOOK_DIR) {
    return { directory: process.env.NUANCIER_STORYBOOK_DIR, cleanup: async () => {} };
  }
  const directory = await mkdtemp(path.join(tmpdir(), "communs-nuancier-sb-"));
  await run(
    "npx",
    [
      "storybook",
      "build",
      "--quiet",
      "--disable-telemetry",
      "-c",
      "stories/nuancier/.storybook",
      "-o",
      directory,
    ],
    { cwd: catalogue, maxBuffer: 64 * 1024 * 1024 },
  );
  if (!existsSync(path.join(directory, "iframe.html"))) throw new Error("Storybook build failed");
  return { directory, cleanup: () => rm(directory, { recursive: true, force: true }) };
}

export async function serve(directory) {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const file = path.join(directory, path.normalize(pathname === "/" ? "/index.html" : pathname));
    const found = file.startsWith(directory) && (await stat(file).catch(() => null))?.isFile();
    if (!found) {
      response.writeHead(404).end("Not found");
      return;
    }
    response.writeHead(200, {
      "content-type": types[path.extname(file)] ?? "application/octet-stream",
    });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
