import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { listWorkspaces, repositoryRoot } from "./layers.js";

const eslint = new ESLint({ cwd: repositoryRoot });

async function ruleIdsFor(code, filePath) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((message) => message.ruleId);
}

const headlessCode = `import { useState } from "react";\nexport const width = () => window.innerWidth + useState.length;\n`;

describe("layer rules", () => {
  it("reads each workspace's layer from its package.json", () => {
    const theme = listWorkspaces().find((workspace) => workspace.name === "@communs/theme");
    expect(theme).toMatchObject({ layer: "engine", directory: "packages/theme", private: false });
  });

  it("forbid React and browser globals in an engine package", async () => {
    const rules = await ruleIdsFor(headlessCode, "packages/theme/src/example.ts");
    expect(rules).toContain("no-restricted-imports");
    expect(rules).toContain("no-restricted-globals");
  });

  it("allow them in the catalogue app", async () => {
    const rules = await ruleIdsFor(headlessCode, "apps/catalogue/src/example.ts");
    expect(rules).not.toContain("no-restricted-imports");
    expect(rules).not.toContain("no-restricted-globals");
  });

  it("make stories import packages by their public name", async () => {
    const rules = await ruleIdsFor(
      `import { themes } from "../../../packages/theme/src/tokens";\nexport const names = Object.keys(themes);\n`,
      "apps/catalogue/stories/foundations/example.stories.tsx",
    );
    expect(rules).toContain("no-restricted-imports");
  });

  it("forbid eval everywhere", async () => {
    const rules = await ruleIdsFor(
      `export const run = (source) => eval(source);\n`,
      "apps/catalogue/src/x.js",
    );
    expect(rules).toContain("no-restricted-syntax");
  });
});
