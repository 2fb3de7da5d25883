import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { listWorkspaces } from "@communs/config/layers";
import { messagesEn } from "./i18n/messages.en";
import { messagesFr } from "./i18n/messages.fr";

const catalogue = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function storyFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(stories\.tsx?|mdx)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe("the catalogue", () => {
  const sources = storyFiles(path.join(catalogue, "stories")).map((file) =>
    readFileSync(file, "utf8"),
  );

  it("shows every published package in at least one story (servers aside)", () => {
    const published = listWorkspaces().filter(
      (workspace) => !workspace.private && workspace.layer !== "server",
    );
    expect(published.length).toBeGreaterThan(0);
    const missing = published
      .map((workspace) => workspace.name)
      // Either `import { X } from "name"` or a side-effect import such as a custom element's.
      .filter(
        (name) =>
          !sources.some(
            (source) => source.includes(`from "${name}`) || source.includes(`import "${name}`),
          ),
      );
    expect(missing).toEqual([]);
  });

  it("keeps fixtures out of the published stories folder", () => {
    expect(sources.some((source) => source.includes("Fixtures/"))).toBe(false);
  });

  it("has every French catalogue text in English too", () => {
    expect(Object.keys(messagesEn).sort()).toEqual(Object.keys(messagesFr).sort());
    expect(Object.keys(messagesEn.groups).sort()).toEqual(Object.keys(messagesFr.groups).sort());
  });
});
