// Serves the plain demo pages (demo/) and the built scripts (dist/) under the strict
// Content-Security-Policy many State and intranet sites send, as `npm start` and the Chromium
// tests do: node scripts/serve-demo.mjs (PORT, default 6007; HOST, default 127.0.0.1).
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'";
const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const types = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".map": "application/json",
};

/**
 * @param {{ port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveElementsDemo({ port = 0, host = "127.0.0.1" } = {}) {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    if (pathname === "/" || pathname === "/demo") {
      response.writeHead(302, { location: "/demo/" }).end();
      return;
    }
    const relative = path.normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/, "");
    const file = path.join(
      packageRoot,
      relative.endsWith("/") || relative === "demo" ? `${relative}/index.html` : relative,
    );
    const allowed = ["demo", "dist"].some((folder) =>
      file.startsWith(path.join(packageRoot, folder) + path.sep),
    );
    try {
      if (!allowed) throw new Error("outside");
      const body = await readFile(file);
      response.writeHead(200, {
        "content-type": types[path.extname(file)] ?? "application/octet-stream",
        "content-security-policy": strictCsp,
        "x-content-type-options": "nosniff",
        "cache-control": "no-cache",
      });
      response.end(body);
    } catch {
      response.writeHead(404, {
        "content-type": "text/plain; charset=utf-8",
        "content-security-policy": strictCsp,
      });
      response.end("Not found");
    }
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  const url = `http://${host}:${typeof address === "object" && address ? address.port : port}`;
  return { url, close: () => new Promise((resolve) => server.close(() => resolve(undefined))) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 6007);
  const { url } = await serveElementsDemo({ port, host: process.env.HOST ?? "127.0.0.1" });
  console.log(`Éléments Communs (pages simples, CSP stricte) : ${url}/demo/`);
  console.log(`Communs elements (plain pages, strict CSP): ${url}/demo/`);
}
