import { createServer } from "node:http";
import sirv from "sirv";

/**
 * Serves a built Storybook on loopback. Port 0 picks a free port.
 * @param {string} directory
 * @param {{ port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveDirectory(directory, { port = 0, host = "127.0.0.1" } = {}) {
  const serveFiles = sirv(directory, { dev: false, etag: true, single: false });
  const server = createServer((request, response) =>
    serveFiles(request, response, () => {
      response.statusCode = 404;
      response.end("Not found");
    }),
  );
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const url = `http://${host}:${typeof address === "object" && address ? address.port : port}`;
  return {
    url,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
