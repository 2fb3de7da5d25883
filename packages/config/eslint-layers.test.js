import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
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

  it("catch a hook called conditionally and an effect with a missing dependency", async () => {
    const rules = await ruleIdsFor(
      `import { useEffect, useState } from "react";
export function Counter({ start, shown }: { start: number; shown: boolean }) {
  if (!shown) return null;
  const [count, setCount] = useState(start);
  useEffect(() => setCount(start), []);
  return count;
}
`,
      "packages/sonar-react/src/example.tsx",
    );
    expect(rules).toContain("react-hooks/rules-of-hooks");
    expect(rules).toContain("react-hooks/exhaustive-deps");
  });

  it("catch an import cycle inside a package, through the TypeScript-aware resolver", async () => {
    // The rule follows imports on disk, so the two files of the circle must exist for a moment.
    const folder = path.join(repositoryRoot, "packages/config/src/__cycle-proof__");
    mkdirSync(folder, { recursive: true });
    try {
      writeFileSync(
        path.join(folder, "a.ts"),
        `import { b } from "./b";\nexport const a = () => b;\n`,
      );
      writeFileSync(
        path.join(folder, "b.ts"),
        `import { a } from "./a";\nexport const b = () => a;\n`,
      );
      const [result] = await eslint.lintFiles([path.join(folder, "a.ts")]);
      expect(result.messages.map((message) => message.ruleId)).toContain("import-x/no-cycle");
    } finally {
      rmSync(path.join(repositoryRoot, "packages/config/src"), { recursive: true, force: true });
    }
  });
});
