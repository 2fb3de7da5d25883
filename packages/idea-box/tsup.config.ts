import { definePackageBuild } from "@communs/config/tsup";

// The store and the in-memory server import the contract by its package name, which the preset
// leaves external: one contract module at run time, and a bundle that swaps the contract for a
// lighter one (the custom element does) swaps it for the store too.
export default definePackageBuild({
  entry: { index: "src/index.ts", store: "src/store/index.ts", testing: "src/testing.ts" },
});
