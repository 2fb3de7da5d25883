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
  ".css": "text/css",
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

/** The policy of many State and intranet sites: nothing inline, nothing from elsewhere. */
export const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'";

/**
 * Serves the package folder (demo/ and dist/) and an API server on PGlite with the demo content.
 * The demo pages come with `strictCsp` and reach the API on their own origin under `/api/`
 * (proxied), as an intranet would behind its reverse proxy.
 */
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
      if (url.pathname.startsWith("/api/")) {
        const chunks: Buffer[] = [];
        for await (const chunk of request) chunks.push(chunk as Buffer);
        const headers = new Headers();
        for (const [name, value] of Object.entries(request.headers))
          if (typeof value === "string" && name !== "host") headers.set(name, value);
        const answer = await fetch(`${apiUrl}${url.pathname.slice(4)}${url.search}`, {
          method: request.method,
          headers,
          body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
        });
        const out: Record<string, string> = {};
        answer.headers.forEach((value, name) => {
          if (!["content-encoding", "content-length", "transfer-encoding"].includes(name))
            out[name] = value;
        });
        response.writeHead(answer.status, out);
        response.end(Buffer.from(await answer.arrayBuffer()));
        return;
      }
      const file = path.join(
        packageRoot,
        path.normalize(url.pathname).replace(/^(\.\.[/\\])+/, ""),
      );
      if (!file.startsWith(packageRoot)) throw new Error("outside");
      let body = await readFile(file);
      const demo = url.pathname.startsWith("/demo/") && file.endsWith(".html");
      if (demo)
        body = Buffer.from(
          body.toString("utf8").replaceAll("http://localhost:8787", `${pages}/api`),
        );
      response.writeHead(200, {
        "content-type": types[path.extname(file)] ?? "application/octet-stream",
        ...(demo ? { "content-security-policy": strictCsp } : {}),
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
  // The keyboard test's moderator acts through an embed token, which the server caps at the
  // box's embed role (agent by default): this intranet lets its moderators moderate embedded.
  await db.query("update boxes set embed_role = 'moderator' where slug = 'ville-exemple'");
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
      signEmbedToken(embedSecret, {
        aud: config.publicUrl,
        email,
        name,
        exp: Math.floor(Date.now() / 1000) + 540,
      }),
    close: async () => {
      await server.close();
      await new Promise((resolve) => statics.close(resolve));
    },
    // Exposed through `page()` below.
    ...({ register } as object),
  } as Harness & { register: (html: string) => string };
}
