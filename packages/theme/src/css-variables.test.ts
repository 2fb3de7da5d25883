import { describe, expect, it } from "vitest";
import {
  cssVar,
  cssVariableName,
  renderAllThemesStylesheet,
  renderThemeStylesheet,
} from "./css-variables";
import { renderBaseStylesheet } from "./base-stylesheet";
import { renderTokensJson } from "./tokens-json";
import { themeNames, themes, tokenNames } from "./tokens";

describe("CSS custom properties", () => {
  it("names and references tokens with the communs prefix", () => {
    expect(cssVariableName("color-text")).toBe("--communs-color-text");
    expect(cssVar("space-4")).toBe("var(--communs-space-4)");
    expect(cssVar("color-focus", "blue")).toBe("var(--communs-color-focus, blue)");
  });

  it.each(themeNames)("the %s stylesheet declares every token with its value", (theme) => {
    const css = renderThemeStylesheet(theme);
    for (const token of tokenNames) {
      expect(css).toContain(`--communs-${token}: ${themes[theme].tokens[token]};`);
    }
    expect(css).toContain(`[data-communs-theme="${theme}"]`);
    expect(css).toContain(":host");
    expect(css).toContain(`color-scheme: ${themes[theme].colourScheme};`);
  });

  it("puts the default theme on :root and the others behind the attribute", () => {
    const css = renderAllThemesStylesheet();
    expect(css.indexOf(":root")).toBeLessThan(css.indexOf('[data-communs-theme="dark"]'));
    expect(css.match(/--communs-color-text:/g)).toHaveLength(themeNames.length);
    expect(css).not.toMatch(/undefined/);
  });

  it("ships visible focus, reduced motion and forced colours in the base stylesheet", () => {
    const css = renderBaseStylesheet();
    expect(css).toContain(":focus-visible");
    expect(css).toContain("outline: var(--communs-focus-ring-width)");
    expect(css).toContain("@media (prefers-reduced-motion: reduce)");
    expect(css).toContain("--communs-motion-duration-base: 0ms");
    expect(css).toContain("@media (forced-colors: active)");
    expect(css).not.toMatch(/^\s*\*\s*\{/m);
  });
});

describe("tokens.json", () => {
  it("holds the same values as the TypeScript source, for every theme", () => {
    const json = renderTokensJson();
    expect(json.tokens.map((entry) => entry.name)).toEqual([...tokenNames]);
    for (const entry of json.tokens) {
      for (const theme of themeNames) {
        expect(entry.values[theme]).toBe(themes[theme].tokens[entry.name]);
      }
      expect(entry.cssVariable).toBe(`--communs-${entry.name}`);
    }
    expect(Object.keys(json.themes)).toEqual([...themeNames]);
  });

  it("puts each token in a documented group", () => {
    const groups = new Set(renderTokensJson().tokens.map((entry) => entry.group));
    expect([...groups].sort()).toEqual(
      ["colour", "focus", "motion", "radius", "spacing", "typography"].sort(),
    );
  });
});
