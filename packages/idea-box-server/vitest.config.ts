import { defineConfig } from "vitest/config";
import { defineServerTests } from "@communs/config/vitest";

export default defineConfig(defineServerTests({ testTimeout: 180_000, hookTimeout: 300_000 }));
