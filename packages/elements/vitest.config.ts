import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";
import { definePackageTests } from "@communs/config/vitest";

const require = createRequire(import.meta.url);

export default defineConfig({
  ...definePackageTests({ environment: "jsdom", setupFiles: ["./vitest.setup.ts"] }),
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
