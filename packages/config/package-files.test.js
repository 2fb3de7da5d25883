// What an adopter gets from npm: each published tarball, as `npm pack` builds it, carries the
// licence texts its `license` field names, and the fields a public body's checks read.
// The rule behind the dependency ranges is in docs/adr/0002-published-packages.md.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { listWorkspaces, repositoryRoot } from "./layers.js";

const run = promisify(execFile);

const codeLicence = "MIT";
const codeAndContentLicence = "MIT AND CC-BY-SA-4.0";

/**
 * Packages whose tarball ships method content or sample texts under CC BY-SA 4.0
 * (LICENSE-CONTENT says what counts as content), with where that content is.
 */
const contentPackages = {
  "@communs/sonar": "the Sonar editions (questions, styles, stages, results texts)",
  "@communs/nuancier": "the Nuancier palette (sectors, nuances, formats), dist/content.json",
  "@communs/report-schema": "La 27e Région's 2018 report data and the fixtures",
  "@communs/idea-box": "the sample ideas and comments of @communs/idea-box/testing",
  "@communs/idea-box-server": "the demo ideas written by --seed-if-empty",
  "@communs/elements": "the Sonar editions and the Nuancier palette bundled in its chunks",
};

/** Folders or files that can only hold content: a package packing one must be a content package. */
const contentPath = /^(data|content|fixtures|examples)\/|(^|\/)content\.json$/;

const rootLicence = readFileSync(path.join(repositoryRoot, "LICENSE"), "utf8");
const rootContentLicence = readFileSync(path.join(repositoryRoot, "LICENSE-CONTENT"), "utf8");

const published = listWorkspaces()
  .map((workspace) => {
    const dir = path.join(repositoryRoot, workspace.directory);
    return { dir, relativeDir: workspace.directory, manifest: readManifest(dir) };
  })
  .filter(({ manifest }) => manifest.private !== true);

function readManifest(dir) {
  return JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
}

async function packedFiles(dir) {
  // --ignore-scripts: list what would be packed without running anyone's prepack.
  const { stdout } = await run("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: dir,
    maxBuffer: 64 * 1024 * 1024,
  });
  const [report] = JSON.parse(stdout);
  return report.files.map((file) => file.path);
}

/** Exact version "1.2.3" (pre-release allowed); a workspace's own "0.0.0" is one too. */
const exactVersion = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

describe("dev tools", () => {
  const manifests = [
    { where: "package.json", manifest: readManifest(repositoryRoot) },
    ...listWorkspaces().map((workspace) => ({
      where: `${workspace.directory}/package.json`,
      manifest: readManifest(path.join(repositoryRoot, workspace.directory)),
    })),
  ];

  it.each(manifests.map(({ where, manifest }) => [where, manifest]))(
    "are pinned exactly in %s",
    (_, manifest) => {
      const ranged = Object.entries(manifest.devDependencies ?? {}).filter(
        ([, range]) => !exactVersion.test(range),
      );
      expect(ranged, "devDependencies must be exact versions (ADR 0001, ADR 0002)").toEqual([]);
    },
  );
});

describe("published packages", () => {
  it("are found (the check covers something)", () => {
    expect(published.map(({ manifest }) => manifest.name)).toEqual(
      expect.arrayContaining(["@communs/theme", "@communs/sonar", "@communs/nuancier"]),
    );
  });

  for (const { dir, relativeDir, manifest } of published) {
    describe(manifest.name, () => {
      const shipsContent = Object.hasOwn(contentPackages, manifest.name);

      it(`says its licence: ${shipsContent ? codeAndContentLicence : codeLicence}`, () => {
        expect(manifest.license).toBe(shipsContent ? codeAndContentLicence : codeLicence);
      });

      it("packs its licence files, identical to the repository's", async () => {
        const files = await packedFiles(dir);
        expect(files).toContain("LICENSE");
        expect(manifest.files ?? [], "list LICENSE in `files`").toContain("LICENSE");
        expect(
          readFileSync(path.join(dir, "LICENSE"), "utf8"),
          `${relativeDir}/LICENSE differs from the root LICENSE: cp LICENSE ${relativeDir}/`,
        ).toBe(rootLicence);
        if (shipsContent) {
          expect(files).toContain("LICENSE-CONTENT");
          expect(
            readFileSync(path.join(dir, "LICENSE-CONTENT"), "utf8"),
            `${relativeDir}/LICENSE-CONTENT differs from the root one: cp LICENSE-CONTENT ${relativeDir}/`,
          ).toBe(rootContentLicence);
        } else {
          expect(files).not.toContain("LICENSE-CONTENT");
          const content = files.filter((file) => contentPath.test(file));
          expect(
            content,
            "these files look like method content: add the package to contentPackages, its licence and LICENSE-CONTENT",
          ).toEqual([]);
        }
      });

      it("points to its folder in the repository", () => {
        expect(manifest.repository).toEqual({
          type: "git",
          url: expect.stringMatching(/^git\+https:\/\/.+\.git$/),
          directory: relativeDir,
        });
      });

      it("takes runtime dependencies in caret ranges", () => {
        for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
          expect(range, `dependencies.${name}`).toMatch(/^\^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
        }
      });
    });
  }
});
