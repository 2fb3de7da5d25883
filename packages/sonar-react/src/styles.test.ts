import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const here = import.meta.dirname;
const sources = readdirSync(here)
  .filter((name) => name.endsWith(".tsx") && !name.includes(".test."))
  .map((name) => readFileSync(path.join(here, name), "utf8"))
  .join("\n");
const css = readFileSync(path.join(here, "styles/sonar.css"), "utf8");

describe("class names", () => {
  // Every class-like word of the package's family, and every plain className attribute.
  const used = new Set([
    ...[...sources.matchAll(/\bcommuns-[a-z0-9_-]+/g)].map((match) => match[0]),
    ...[...sources.matchAll(/className="([^"]+)"/g)].flatMap((match) => match[1]!.split(/\s+/)),
  ]);

  it("all carry the package prefix communs-sonar-", () => {
    const foreign = [...used].filter(
      (name) => !/^communs-sonar(-|$)/.test(name) && !name.startsWith("communs-sonar-field-"),
    );
    expect(foreign).toEqual([]);
  });

  it("that hide text visually are styled by the package itself", () => {
    expect(used.has("communs-sonar-visually-hidden")).toBe(true);
    expect(css).toMatch(/\.communs-sonar-visually-hidden \{[^}]*clip: rect\(0, 0, 0, 0\)/);
  });
});
