import { createServer as createHttpServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AddressInfo } from "node:net";
import {
  createServer,
  loadConfig,
  openPglite,
  seed,
  signEmbedToken,
  type IdeaBoxServer,
} from "@communs/idea-box-server";

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const embedSecret = "e2e-embed-secret-0123456789-abcdefghijklmnop";
const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".map": "application/json",
};

export interface Harness {
  pages: string;
  api: string;
  box: string;
  server: IdeaBoxServer;
  token(email: string, name: string): string;
  close(): Promise<void>;
}

/** A page that holds nothing but the script and the element. */
export function elementPage(attributes: Record<string, string>, classic = false): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => `${key}="${value.replaceAll("&", "&amp;").replaceAll('"', "&quot;")}"`)
    .join(" ");
  const script = classic
    ? `<script src="/dist/communs-idea-box.global.js" defer></script>`
    : `<script type="module" src="/dist/communs-idea-box.js"></script>`;
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>E2E</title>${script}</head><body><main><h1>Intranet</h1><communs-idea-box ${attrs}><a href="/">Boîte à idées</a></communs-idea-box></main></body></html>`;
}

/** Serves the package folder (demo/ and dist/) and an API server on PGlite with the demo content. */
export async function startHarness(): Promise<Harness> {
  const pagesByPath = new Map<string, string>();
  let apiUrl = "";
  const statics: Server = createHttpServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://x");
    try {
      if (url.pathname === "/page.html") {
        response.writeHead(200, { "content-type": types[".html"]! });
        response.end(pagesByPath.get(url.searchParams.get("id") ?? "") ?? "missing");
        return;
      }
      const file = path.join(
        packageRoot,
        path.normalize(url.pathname).replace(/^(\.\.[/\\])+/, ""),
      );
      if (!file.startsWith(packageRoot)) throw new Error("outside");
      let body = await readFile(file);
      if (file.endsWith(".html"))
        body = Buffer.from(body.toString("utf8").replaceAll("http://localhost:8787", apiUrl));
      response.writeHead(200, {
        "content-type": types[path.extname(file)] ?? "application/octet-stream",
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => statics.listen(0, "127.0.0.1", resolve));
  const pages = `http://127.0.0.1:${(statics.address() as AddressInfo).port}`;

  const config = loadConfig(
    {
      LOG_LEVEL: "silent",
      PUBLIC_URL: "http://127.0.0.1",
      ALLOWED_ORIGINS: pages,
      EMBED_SECRET: embedSecret,
      RATE_LIMIT_PER_PERSON: "100000",
      RATE_LIMIT_PER_ADDRESS: "1000000",
    },
    { port: 0, host: "127.0.0.1" },
  );
  const db = await openPglite();
  const server = await createServer(config, { db });
  await seed(db);
  apiUrl = await server.listen();

  let counter = 0;
  const register = (html: string) => {
    const id = String(++counter);
    pagesByPath.set(id, html);
    return `${pages}/page.html?id=${id}`;
  };
  return {
    pages,
    api: apiUrl,
    box: "ville-exemple",
    server,
    token: (email, name) =>
      signEmbedToken(embedSecret, { email, name, exp: Math.floor(Date.now() / 1000) + 540 }),
    close: async () => {
      await server.close();
      await new Promise((resolve) => statics.close(resolve));
    },
    // Exposed through `page()` below.
    ...({ register } as object),
  } as Harness & { register: (html: string) => string };
}
