import {
  colourRoles,
  themeNames,
  themes,
  tokenNames,
  type ColourRole,
  type ColourScheme,
  type ThemeName,
  type TokenName,
} from "./tokens";

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

/** A token's value: the host's property first when the theme follows a host design system. */
function value(theme: ThemeName, token: TokenName, scheme: ColourScheme): string {
  const { tokens, host } = themes[theme];
  const isColour = (colourRoles as readonly string[]).includes(token);
  const fallback =
    scheme === "dark" && host && isColour ? host.darkTokens[token as ColourRole] : tokens[token];
  const property = isColour ? host?.properties[token as ColourRole] : undefined;
  return property ? `var(${property}, ${fallback})` : fallback;
}

function declarations(theme: ThemeName): string {
  const lines = tokenNames.map(
    (token) => `  ${cssVariableName(token)}: ${value(theme, token, themes[theme].colourScheme)};`,
  );
  return [`  color-scheme: ${themes[theme].colourScheme};`, ...lines].join("\n");
}

/** The colour roles again, with the host's dark-scheme fallbacks, for when the page is dark. */
function darkDeclarations(theme: ThemeName): string {
  const lines = colourRoles.map(
    (role) => `  ${cssVariableName(role)}: ${value(theme, role, "dark")};`,
  );
  return ["  color-scheme: dark;", ...lines].join("\n");
}

/**
 * For a theme that follows a host design system: the block that applies when the host page's
 * root is in its dark scheme, and the one for its "system" scheme under a dark system.
 * `targets` are the selectors of the themed elements (`[data-communs-theme="dsfr"]`), and
 * `onRoot` whether the theme also applies to the root itself (a single-theme file).
 */
function hostSchemeBlocks(theme: ThemeName, onRoot: boolean): string {
  const { host } = themes[theme];
  if (!host) return "";
  const targets = (roots: readonly string[]) =>
    roots
      .flatMap((root) => [
        ...(onRoot ? [root] : []),
        `${root}[${themeAttribute}="${theme}"]`,
        `${root} [${themeAttribute}="${theme}"]`,
      ])
      .join(",\n");
  const body = darkDeclarations(theme);
  const indented = body.replace(/^/gm, "  ");
  return (
    `\n/* ${host.name}: the page's dark scheme. */\n${targets(host.darkRoot)} {\n${body}\n}\n` +
    `\n@media (prefers-color-scheme: dark) {\n${targets(host.systemSchemeRoot).replace(/^/gm, "  ")} {\n${indented}\n  }\n}\n`
  );
}

/**
 * The stylesheet of one theme. It applies to the page (`:root`), to a shadow root (`:host`)
 * and to any element that asks for it by attribute, so a single theme file is enough to embed.
 */
export function renderThemeStylesheet(theme: ThemeName): string {
  return `${header(theme)}:root,\n:host,\n[${themeAttribute}="${theme}"] {\n${declarations(theme)}\n}\n${hostSchemeBlocks(theme, true)}`;
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
    return `${selector} {\n${declarations(theme)}\n}\n${hostSchemeBlocks(theme, false)}`;
  });
  return `${header("all")}${blocks.join("\n")}`;
}

function header(theme: ThemeName | "all"): string {
  return `/* @communs/theme: ${theme === "all" ? "every theme" : `${theme} theme`}. Generated from src/tokens.ts, do not edit. MIT licence. */\n`;
}
