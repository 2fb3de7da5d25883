import { defineConfig, mergeConfig } from "vitest/config";
import { definePackageTests } from "@communs/config/vitest";

export default mergeConfig(
  defineConfig(definePackageTests()),
  // Property tests and the XLSX round trip take seconds on a busy two-core machine.
  defineConfig({ test: { testTimeout: 30_000 } }),
);
