import { definePackageBuild } from "@communs/config/tsup";

export default definePackageBuild({
  entry: { index: "src/index.ts", csv: "src/csv.ts", cli: "src/cli.ts" },
});
