import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, two levels above this file (packages/config). */
export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Every workspace with its layer, read from `"communs": { "layer": … }` in its package.json.
 * Layers: "engine" (plain TypeScript: no React, no DOM), "ui", "element", "server", "app", "tooling".
 * @param {string} [root]
 * @returns {import("./layers.d.ts").Workspace[]}
 */
export function listWorkspaces(root = repositoryRoot) {
  const workspaces = [];
  for (const group of ["packages", "apps"]) {
    const groupDir = path.join(root, group);
    if (!existsSync(groupDir)) continue;
    for (const name of readdirSync(groupDir).sort()) {
      const manifestPath = path.join(groupDir, name, "package.json");
      if (!existsSync(manifestPath)) continue;
      const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
      workspaces.push({
        name: manifest.name,
        directory: `${group}/${name}`,
        layer: manifest.communs?.layer ?? "unknown",
        private: manifest.private === true,
      });
    }
  }
  return workspaces;
}
