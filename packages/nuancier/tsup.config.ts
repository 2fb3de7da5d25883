import { definePackageBuild } from "@communs/config/tsup";

export default definePackageBuild({
  entry: {
    index: "src/index.ts",
    content: "src/content/index.ts",
    validation: "src/validation.ts",
    "json-schema": "src/json-schema.ts",
  },
});
