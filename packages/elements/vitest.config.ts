import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";
import { definePackageTests } from "@communs/config/vitest";

const require = createRequire(import.meta.url);

export default defineConfig({
  ...definePackageTests({ environment: "jsdom", setupFiles: ["./vitest.setup.ts"] }),
  // As in the build: the React components and JSX run on Preact.
  resolve: {
    alias: {
      "react/jsx-runtime": "preact/jsx-runtime",
      "react/jsx-dev-runtime": "preact/jsx-runtime",
      "react-dom/client": "preact/compat/client",
      "react-dom": "preact/compat",
      react: "preact/compat",
    },
  },
  // CSS imported as text, as the tsup build does (loader ".css": "text").
  plugins: [
    {
      name: "css-as-text",
      enforce: "pre",
      resolveId(source) {
        if (source.endsWith(".css") && source.startsWith("@communs/"))
          return `\0css-text:${require.resolve(source)}.js`;
        return null;
      },
      load(id) {
        if (id.startsWith("\0css-text:"))
          return `export default ${JSON.stringify(readFileSync(id.slice("\0css-text:".length, -".js".length), "utf8"))};`;
        return null;
      },
    },
  ],
});
