import { definePackageBuild } from "@communs/config/tsup";

// Entries import the zod-free part by its package name (`@communs/idea-box/client`), which the
// preset leaves external: one client module (one `IdeaBoxError`) at run time for every entry,
// and the store and client bundles carry no zod.
export default definePackageBuild({
  entry: {
    index: "src/index.ts",
    client: "src/client-entry.ts",
    schemas: "src/schemas-entry.ts",
    store: "src/store/index.ts",
    testing: "src/testing.ts",
  },
});
