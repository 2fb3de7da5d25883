import { describe, expect, it } from "vitest";
import {
  cssVar,
  cssVariableName,
  renderAllThemesStylesheet,
  renderThemeStylesheet,
} from "./css-variables";
import { renderBaseStylesheet } from "./base-stylesheet";
import { renderTokensJson } from "./tokens-json";
import { colourRoles, themeNames, themes, tokenNames } from "./tokens";

describe("CSS custom properties", () => {
  it("names and references tokens with the communs prefix", () => {
    expect(cssVariableName("color-text")).toBe("--communs-color-text");
    expect(cssVar("space-4")).toBe("var(--communs-space-4)");
    expect(cssVar("color-focus", "blue")).toBe("var(--communs-color-focus, blue)");
  });

  it.each(themeNames)("the %s stylesheet declares every token with its value", (theme) => {
    const css = renderThemeStylesheet(theme);
    const { host } = themes[theme];
    for (const token of tokenNames) {
      const value = themes[theme].tokens[token];
      const property = host?.properties[token as keyof typeof host.properties];
      expect(css).toContain(
        `--communs-${token}: ${property ? `var(${property}, ${value})` : value};`,
      );
    }
    expect(css).toContain(`[data-communs-theme="${theme}"]`);
    expect(css).toContain(":host");
    expect(css).toContain(`color-scheme: ${themes[theme].colourScheme};`);
  });

  it("puts the default theme on :root and the others behind the attribute", () => {
    const css = renderAllThemesStylesheet();
    expect(css.indexOf(":root")).toBeLessThan(css.indexOf('[data-communs-theme="dark"]'));
    // Once per theme, plus the DSFR theme's dark-scheme block and its "system" twin.
    expect(css.match(/--communs-color-text:/g)).toHaveLength(themeNames.length + 2);
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

describe("the DSFR theme on DSFR's own custom properties", () => {
  const css = renderAllThemesStylesheet();
  const dsfrBlock = css.slice(css.indexOf('[data-communs-theme="dsfr"] {'));

  it("reads DSFR's properties first, with DSFR's light values as fallbacks", () => {
    expect(dsfrBlock).toContain(
      "--communs-color-primary: var(--background-action-high-blue-france, #000091);",
    );
    expect(dsfrBlock).toContain(
      "--communs-color-background: var(--background-default-grey, #ffffff);",
    );
    expect(dsfrBlock).toContain("--communs-color-text: var(--text-default-grey, #3a3a3a);");
    // DSFR draws the edges of its fields with border-plain-grey; #7b7b7b is no DSFR value.
    expect(dsfrBlock).toContain("--communs-color-border: var(--border-plain-grey, #3a3a3a);");
    expect(css).not.toContain("#7b7b7b");
    // DSFR's focus ring is a literal #0a76f6 in its own stylesheet, not a property.
    expect(dsfrBlock).toContain("--communs-color-focus: #0a76f6;");
  });

  it("gives every colour role a DSFR property, except the focus ring", () => {
    const unmapped = colourRoles.filter((role) => !themes.dsfr.host!.properties[role]);
    expect(unmapped).toEqual(["color-focus"]);
  });

  it("follows the page's dark scheme: data-fr-theme, data-fr-scheme, or system", () => {
    const dark = css.slice(css.indexOf("/* DSFR 1.15: the page's dark scheme. */"));
    const rule = (selector: string) => {
      const start = dark.indexOf(selector);
      expect(start, selector).toBeGreaterThan(-1);
      return dark.slice(start, dark.indexOf("}", start));
    };
    for (const selector of [
      ':root[data-fr-theme="dark"] [data-communs-theme="dsfr"]',
      ':root[data-fr-theme="dark"][data-communs-theme="dsfr"]',
      ':root[data-fr-scheme="dark"]:not([data-fr-theme="light"]) [data-communs-theme="dsfr"]',
    ]) {
      const block = rule(selector);
      expect(block).toContain("color-scheme: dark;");
      expect(block).toContain(
        "--communs-color-background: var(--background-default-grey, #161616);",
      );
      expect(block).toContain(
        "--communs-color-primary: var(--background-action-high-blue-france, #8585f6);",
      );
    }
    const system = dark.slice(dark.indexOf("@media (prefers-color-scheme: dark)"));
    expect(system).toContain(
      ':root[data-fr-scheme="system"]:not([data-fr-theme="light"]) [data-communs-theme="dsfr"]',
    );
    expect(system).toContain("--communs-color-text: var(--text-default-grey, #cecece);");
    // Other themes do not follow DSFR's scheme.
    expect(css).not.toMatch(/data-fr-theme="dark"\] \[data-communs-theme="(default|dark)"\]/);
  });

  it("lets the single dsfr.css file follow the scheme on the page root too", () => {
    const single = renderThemeStylesheet("dsfr");
    expect(single).toMatch(/:root\[data-fr-theme="dark"\],\n/);
    expect(renderThemeStylesheet("default")).not.toContain("data-fr-");
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

  it("says which DSFR property each colour follows and its dark-scheme fallback", () => {
    const json = renderTokensJson();
    const border = json.tokens.find((entry) => entry.name === "color-border");
    expect(border?.host).toEqual({ dsfr: { property: "--border-plain-grey", dark: "#cecece" } });
    const focus = json.tokens.find((entry) => entry.name === "color-focus");
    expect(focus?.host).toEqual({ dsfr: { dark: "#0a76f6" } });
    expect(json.tokens.find((entry) => entry.name === "space-4")?.host).toBeUndefined();
  });

  it("puts each token in a documented group", () => {
    const groups = new Set(renderTokensJson().tokens.map((entry) => entry.group));
    expect([...groups].sort()).toEqual(
      ["colour", "focus", "motion", "radius", "spacing", "typography"].sort(),
    );
  });
});
