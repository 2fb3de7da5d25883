import { definePackageBuild } from "@communs/config/tsup";

// The workshop components are their own entry: the quiz alone does not carry the definition
// validator (zod/mini) and the workshop client.
export default definePackageBuild({
  entry: { index: "src/index.ts", workshop: "src/workshop/index.ts" },
});
