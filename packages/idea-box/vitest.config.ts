import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { definePackageTests } from "@communs/config/vitest";

export default defineConfig({
  ...definePackageTests(),
  // The store and the in-memory server import the contract by its own package name: test the
  // sources, not a stale build.
  resolve: {
    alias: [
      {
        find: /^@communs\/idea-box\/client$/,
        replacement: fileURLToPath(new URL("./src/client-entry.ts", import.meta.url)),
      },
      {
        find: /^@communs\/idea-box$/,
        replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)),
      },
    ],
  },
});
