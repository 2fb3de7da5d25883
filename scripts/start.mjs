// `npm start`: runs what `turbo run build` just built and prints where.
// - the idea-box server on its embedded database (PGlite, data in .data/idea-box, French demo
//   content on first start), on IDEA_BOX_PORT (8787);
// - the catalogue, on PORT (6006), allowed by the server as an embedding origin;
// - the plain pages of the Communs elements (packages/elements/demo), on ELEMENTS_PORT (6007),
//   served with the strict Content-Security-Policy they are made for.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cataloguePort = process.env.PORT ?? "6006";
const ideaBoxPort = process.env.IDEA_BOX_PORT ?? "8787";
const elementsPort = process.env.ELEMENTS_PORT ?? "6007";
const catalogueOrigins = [`http://127.0.0.1:${cataloguePort}`, `http://localhost:${cataloguePort}`];

const children = [
  spawn(
    process.execPath,
    [
      "packages/idea-box-server/dist/cli.js",
      "start",
      "--data",
      process.env.IDEA_BOX_DATA_DIR ?? ".data/idea-box",
      "--seed-if-empty",
    ],
    {
      cwd: root,
      stdio: "inherit",
      env: {
        ...process.env,
        PORT: ideaBoxPort,
        ALLOWED_ORIGINS: process.env.ALLOWED_ORIGINS ?? catalogueOrigins.join(","),
      },
    },
  ),
  spawn(process.execPath, ["scripts/serve.mjs", "storybook-static"], {
    cwd: path.join(root, "apps/catalogue"),
    stdio: "inherit",
    env: { ...process.env, PORT: cataloguePort },
  }),
  spawn(process.execPath, ["packages/elements/scripts/serve-demo.mjs"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, PORT: elementsPort },
  }),
];

const stopAll = () => children.forEach((child) => child.kill("SIGTERM"));
process.on("SIGINT", stopAll);
process.on("SIGTERM", stopAll);
// When one stops, stop the others too: half a demo is worse than a clear exit.
for (const child of children) {
  child.on("exit", (code) => {
    stopAll();
    process.exitCode = code ?? 0;
  });
}
