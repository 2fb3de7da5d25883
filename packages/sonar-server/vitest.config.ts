import { defineConfig } from "vitest/config";
import { defineServerTests } from "@communs/config/vitest";

export default defineConfig(defineServerTests());
