import { defineConfig } from "vitest/config";
import { definePackageTests } from "./vitest.js";

export default defineConfig(definePackageTests({ include: ["*.test.js", "bin/*.test.js"] }));
