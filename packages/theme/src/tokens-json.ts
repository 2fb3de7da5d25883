import {
  groupOfToken,
  themeNames,
  themes,
  tokenNames,
  type ThemeName,
  type TokenName,
} from "./tokens";
import { cssVariableName } from "./css-variables";

export interface TokenJsonEntry {
  name: TokenName;
  group: ReturnType<typeof groupOfToken>;
  cssVariable: string;
  values: Record<ThemeName, string>;
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
    })),
  };
}
