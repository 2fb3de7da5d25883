#!/usr/bin/env node
// npm run new-package -- <name> [--layer engine|ui] [--description "…"]
// Creates packages/<name> with the anatomy of docs/contributing.md ("Package anatomy"), a test,
// a size budget, a README, a catalogue story and a changeset, then tells what to run next.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { repositoryRoot } from "../layers.js";
import { renderPackageFiles } from "./package-template.js";

const usage =
  'Usage: npm run new-package -- <name> [--layer engine|ui] [--description "what it is for"]';

function fail(message) {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      layer: { type: "string", default: "engine" },
      description: { type: "string" },
      root: { type: "string", default: repositoryRoot },
    },
  });
} catch (error) {
  fail(error.message);
}
const [name, ...extra] = parsed.positionals;
const { layer, root } = parsed.values;
if (!name) fail("Missing the package name.");
if (extra.length > 0) fail(`One name only, got also: ${extra.join(" ")}.`);
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
  fail(
    `"${name}" is not a kebab-case name (lower-case letters, digits, single dashes), e.g. "sonar-react".`,
  );
}
if (!["engine", "ui"].includes(layer)) fail(`--layer must be "engine" or "ui", got "${layer}".`);
const packageDir = path.join(root, "packages", name);
if (existsSync(packageDir)) fail(`packages/${name} already exists.`);

const description =
  parsed.values.description ?? `@communs/${name}: say here what this package is for.`;
// UI packages depend on the theme at its current version, so npm links the workspace.
const themeManifestPath = path.join(root, "packages/theme/package.json");
const themeVersion = existsSync(themeManifestPath)
  ? JSON.parse(readFileSync(themeManifestPath, "utf8")).version
  : "0.0.0";
const files = renderPackageFiles({ name, layer, description, themeVersion });
// The tarball carries the code licence; packages that ship method content add LICENSE-CONTENT.
files[`packages/${name}/LICENSE`] = readFileSync(path.join(root, "LICENSE"), "utf8");
for (const [relativePath, content] of Object.entries(files)) {
  const target = path.join(root, relativePath);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, content);
}

// The catalogue depends on every published package, so its stories can import it by name.
const catalogueManifestPath = path.join(root, "apps/catalogue/package.json");
if (existsSync(catalogueManifestPath)) {
  const manifest = JSON.parse(readFileSync(catalogueManifestPath, "utf8"));
  manifest.dependencies = Object.fromEntries(
    Object.entries({ ...manifest.dependencies, [`@communs/${name}`]: "^0.0.0" }).sort(([a], [b]) =>
      a.localeCompare(b),
    ),
  );
  writeFileSync(catalogueManifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}

// Format what was written with the repository's Prettier settings (skipped where none is installed).
spawnSync(
  "npx",
  [
    "--no-install",
    "prettier",
    "--write",
    "--log-level=warn",
    ...Object.keys(files).filter((file) => !file.endsWith("/LICENSE")),
  ],
  {
    cwd: root,
    stdio: "inherit",
  },
);

console.log(`Created @communs/${name} (${layer}):`);
for (const relativePath of Object.keys(files)) console.log(`  ${relativePath}`);
console.log(`Next: npm install && npx turbo run build test --filter=@communs/${name}`);
