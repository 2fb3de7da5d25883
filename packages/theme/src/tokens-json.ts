import {
  colourRoles,
  groupOfToken,
  themeNames,
  themes,
  tokenNames,
  type ColourRole,
  type ThemeName,
  type TokenName,
} from "./tokens";
import { cssVariableName } from "./css-variables";

export interface TokenJsonEntry {
  name: TokenName;
  group: ReturnType<typeof groupOfToken>;
  cssVariable: string;
  values: Record<ThemeName, string>;
  /**
   * For themes that follow a host design system (DSFR): the host's custom property this token
   * reads first (absent when it has none), and the fallback used in the host's dark scheme.
   */
  host?: Partial<Record<ThemeName, { property?: string; dark: string }>>;
}

export interface TokensJson {
  $comment: string;
  themes: Record<ThemeName, { label: { fr: string; en: string }; colourScheme: string }>;
  tokens: TokenJsonEntry[];
}

/** Every token with its value in every theme, for tools that do not read TypeScript or CSS. */
export function renderTokensJson(): TokensJson {
  return {
    $comment: "@communs/theme design tokens. Generated from src/tokens.ts, do not edit.",
    themes: Object.fromEntries(
      themeNames.map((theme) => [
        theme,
        { label: themes[theme].label, colourScheme: themes[theme].colourScheme },
      ]),
    ) as TokensJson["themes"],
    tokens: tokenNames.map((name) => ({
      name,
      group: groupOfToken(name),
      cssVariable: cssVariableName(name),
      values: Object.fromEntries(
        themeNames.map((theme) => [theme, themes[theme].tokens[name]]),
      ) as Record<ThemeName, string>,
      ...hostEntry(name),
    })),
  };
}

function hostEntry(name: TokenName): Pick<TokenJsonEntry, "host"> {
  if (!(colourRoles as readonly string[]).includes(name)) return {};
  const role = name as ColourRole;
  const entries = themeNames.flatMap((theme) => {
    const { host } = themes[theme];
    if (!host) return [];
    const property = host.properties[role];
    return [[theme, { ...(property ? { property } : {}), dark: host.darkTokens[role] }]];
  });
  return entries.length > 0 ? { host: Object.fromEntries(entries) } : {};
}
