import { copyFile, mkdir } from "node:fs/promises";
import { definePackageBuild } from "@communs/config/tsup";

export default definePackageBuild({
  entry: ["src/index.ts", "src/testing.ts"],
  external: ["@tanstack/react-virtual", "zod"],
  async onSuccess() {
    await mkdir("dist", { recursive: true });
    await copyFile("src/styles/idea-box.css", "dist/styles.css");
  },
});
