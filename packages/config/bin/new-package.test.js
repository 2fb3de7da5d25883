import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const script = path.join(path.dirname(fileURLToPath(import.meta.url)), "new-package.js");

function scratchRepository() {
  const root = mkdtempSync(path.join(tmpdir(), "communs-new-package-"));
  mkdirSync(path.join(root, "apps/catalogue"), { recursive: true });
  writeFileSync(
    path.join(root, "apps/catalogue/package.json"),
    JSON.stringify({ name: "@communs/catalogue", dependencies: { react: "19.3.1" } }),
  );
  writeFileSync(path.join(root, "LICENSE"), "MIT License\n\nscratch copy\n");
  return root;
}

async function newPackage(root, ...args) {
  return run("node", [script, ...args, "--root", root]).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: "" }),
    (error) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

describe("npm run new-package", () => {
  it("creates an engine package with the standard anatomy", async () => {
    const root = scratchRepository();
    const { code } = await newPackage(root, "sonar");
    expect(code).toBe(0);
    for (const file of [
      "packages/sonar/package.json",
      "packages/sonar/README.md",
      "packages/sonar/tsconfig.json",
      "packages/sonar/tsup.config.ts",
      "packages/sonar/vitest.config.ts",
      "packages/sonar/.size-limit.json",
      "packages/sonar/src/index.ts",
      "packages/sonar/src/sonar.ts",
      "packages/sonar/src/sonar.test.ts",
      "apps/catalogue/stories/sonar/sonar.stories.tsx",
      ".changeset/sonar-first-release.md",
    ]) {
      expect(existsSync(path.join(root, file)), file).toBe(true);
    }
    const manifest = JSON.parse(
      readFileSync(path.join(root, "packages/sonar/package.json"), "utf8"),
    );
    expect(manifest).toMatchObject({
      name: "@communs/sonar",
      communs: { layer: "engine" },
      sideEffects: false,
      repository: { directory: "packages/sonar" },
    });
    expect(manifest.files).toContain("LICENSE");
    expect(readFileSync(path.join(root, "packages/sonar/LICENSE"), "utf8")).toBe(
      readFileSync(path.join(root, "LICENSE"), "utf8"),
    );
    expect(Object.keys(manifest.exports["."].import)).toEqual(["types", "default"]);
    expect(readFileSync(path.join(root, "packages/sonar/src/sonar.ts"), "utf8")).toContain(
      "export function createSonar",
    );
    const budget = JSON.parse(
      readFileSync(path.join(root, "packages/sonar/.size-limit.json"), "utf8"),
    );
    expect(budget[0].limit).toBe("8 kB");
    const catalogue = JSON.parse(
      readFileSync(path.join(root, "apps/catalogue/package.json"), "utf8"),
    );
    expect(catalogue.dependencies["@communs/sonar"]).toBe("^0.0.0");
    expect(readFileSync(path.join(root, ".changeset/sonar-first-release.md"), "utf8")).toContain(
      '"@communs/sonar": minor',
    );
  });

  it("creates a UI package with French and English messages and React as a peer", async () => {
    const root = scratchRepository();
    const { code } = await newPackage(root, "sonar-react", "--layer", "ui");
    expect(code).toBe(0);
    const manifest = JSON.parse(
      readFileSync(path.join(root, "packages/sonar-react/package.json"), "utf8"),
    );
    expect(manifest.peerDependencies.react).toBeDefined();
    expect(manifest.communs.layer).toBe("ui");
    expect(
      readFileSync(path.join(root, "packages/sonar-react/src/i18n/messages.en.ts"), "utf8"),
    ).toContain("satisfies SonarReactMessages");
    expect(
      readFileSync(
        path.join(root, "apps/catalogue/stories/sonar-react/sonar-react.stories.tsx"),
        "utf8",
      ),
    ).toContain('from "@communs/sonar-react"');
  });

  it("refuses a bad name, a bad layer and an existing package, saying why", async () => {
    const root = scratchRepository();
    expect(await newPackage(root, "Sonar_React")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("kebab-case"),
    });
    expect(await newPackage(root, "sonar", "--layer", "server")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--layer"),
    });
    await newPackage(root, "sonar");
    expect(await newPackage(root, "sonar")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("already exists"),
    });
  });
});
