import { mkdir, readFile, writeFile } from "node:fs/promises";
import { definePackageBuild } from "@communs/config/tsup";

export default definePackageBuild({
  entry: ["src/index.ts", "src/testing.ts"],
  external: ["@tanstack/react-virtual", "zod"],
  async onSuccess() {
    await mkdir("dist", { recursive: true });
    // One stylesheet: the widgets', then the Démineur's (kept beside its components).
    const parts = await Promise.all(
      ["src/styles/idea-box.css", "src/demineur/demineur.css"].map((file) =>
        readFile(file, "utf8"),
      ),
    );
    await writeFile("dist/styles.css", parts.join("\n"));
  },
});
