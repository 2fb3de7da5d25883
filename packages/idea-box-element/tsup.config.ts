import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { defineConfig } from "tsup";
import { composeElementCss, stylesheetFile } from "./src/styles";

const require = createRequire(import.meta.url);
/** `dist/communs-idea-box.css`: the fallback stylesheet where `adoptedStyleSheets` is missing. */
function writeStylesheet() {
  const read = (name: string) => readFileSync(require.resolve(name), "utf8");
  writeFileSync(
    `dist/${stylesheetFile}`,
    composeElementCss(
      read("@communs/theme/tokens.css"),
      read("@communs/idea-box-react/styles.css"),
    ),
  );
}

/**
 * One file that brings everything: the widgets, the client and Preact (through
 * preact/compat, in place of React: about 5 kB instead of about 60 kB gzipped for React DOM,
 * which alone would use the whole 60 kB budget). Built twice: an ES module and a classic
 * script (IIFE) for CMSs that cannot load modules. No zod: the widgets and the store import
 * only `@communs/idea-box/client`, the contract's zod-free part.
 */
const shared = {
  entry: { "communs-idea-box": "src/index.ts" },
  target: "es2020",
  sourcemap: true,
  minify: true,
  treeshake: true,
  splitting: false,
  noExternal: [/.*/],
  platform: "browser" as const,
  loader: { ".css": "text" as const },
  define: {
    "process.env.NODE_ENV": '"production"',
  },
  esbuildOptions(options: {
    alias?: Record<string, string>;
    jsx?: string;
    jsxImportSource?: string;
  }) {
    options.alias = {
      react: "preact/compat",
      "react-dom": "preact/compat",
      "react-dom/client": "preact/compat/client",
      "react/jsx-runtime": "preact/jsx-runtime",
      "react/jsx-dev-runtime": "preact/jsx-runtime",
    };
  },
};

export default defineConfig([
  {
    ...shared,
    format: ["esm"],
    dts: { entry: { "communs-idea-box": "src/index.ts" } },
    clean: true,
    onSuccess: async () => writeStylesheet(),
  },
  {
    ...shared,
    format: ["iife"],
    globalName: "CommunsIdeaBox",
    clean: false,
    // A classic script finds its URL through document.currentScript instead.
    define: { ...shared.define, "import.meta.url": "null" },
  },
]);
