import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";
import { contractData } from "./contract-data";

/**
 * One file that brings everything: the widgets, the client, zod and Preact (through
 * preact/compat, in place of React: about 5 kB instead of about 60 kB gzipped for React DOM,
 * which alone would use the whole 60 kB budget). Built twice: an ES module and a classic
 * script (IIFE) for CMSs that cannot load modules.
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
    __IDEA_BOX_CONTRACT__: JSON.stringify(contractData()),
  },
  // The widgets' run-time needs from the contract, without zod (see src/contract-lite.ts). Only
  // the bare name is swapped: `@communs/idea-box/store`, which imports the contract by that
  // bare name, is bundled as it is and so uses the light contract too.
  esbuildPlugins: [
    {
      name: "communs-contract-lite",
      setup(build: {
        onResolve(options: { filter: RegExp }, callback: () => { path: string }): void;
      }) {
        build.onResolve({ filter: /^@communs\/idea-box$/ }, () => ({
          path: fileURLToPath(new URL("./src/contract-lite.ts", import.meta.url)),
        }));
      },
    },
  ],
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
  },
  { ...shared, format: ["iife"], globalName: "CommunsIdeaBox", clean: false },
]);
