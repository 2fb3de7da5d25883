import { themeNames, themes, tokenNames, type ThemeName, type TokenName } from "./tokens";

/** The prefix of every custom property, so tokens never clash with a host site's own. */
export const cssVariablePrefix = "--communs-";

/** The custom property of a token: `cssVariableName("color-text")` → `--communs-color-text`. */
export function cssVariableName(token: TokenName): `--communs-${TokenName}` {
  return `--communs-${token}`;
}

/** A `var()` reference to a token, with an optional fallback: `var(--communs-color-text)`. */
export function cssVar(token: TokenName, fallback?: string): string {
  return fallback === undefined
    ? `var(${cssVariableName(token)})`
    : `var(${cssVariableName(token)}, ${fallback})`;
}

/** The attribute that selects a theme on any element: `<div data-communs-theme="dark">`. */
export const themeAttribute = "data-communs-theme";

function declarations(theme: ThemeName): string {
  const { tokens, colourScheme } = themes[theme];
  const lines = tokenNames.map((token) => `  ${cssVariableName(token)}: ${tokens[token]};`);
  return [`  color-scheme: ${colourScheme};`, ...lines].join("\n");
}

/**
 * The stylesheet of one theme. It applies to the page (`:root`), to a shadow root (`:host`)
 * and to any element that asks for it by attribute, so a single theme file is enough to embed.
 */
export function renderThemeStylesheet(theme: ThemeName): string {
  return `${header(theme)}:root,\n:host,\n[${themeAttribute}="${theme}"] {\n${declarations(theme)}\n}\n`;
}

/**
 * Every theme in one stylesheet: the default theme on `:root` and `:host`, the others switched
 * on with `data-communs-theme` on any element (the page, a widget, a story).
 */
export function renderAllThemesStylesheet(): string {
  const blocks = themeNames.map((theme) => {
    const selector =
      theme === "default"
        ? `:root,\n:host,\n[${themeAttribute}="default"]`
        : `[${themeAttribute}="${theme}"]`;
    return `${selector} {\n${declarations(theme)}\n}\n`;
  });
  return `${header("all")}${blocks.join("\n")}`;
}

function header(theme: ThemeName | "all"): string {
  return `/* @communs/theme: ${theme === "all" ? "every theme" : `${theme} theme`}. Generated from src/tokens.ts, do not edit. MIT licence. */\n`;
}
