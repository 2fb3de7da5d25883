import { defineConfig } from "vitest/config";
import { definePackageTests } from "@communs/config/vitest";

export default defineConfig(definePackageTests());
