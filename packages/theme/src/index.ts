export {
  colourRoles,
  groupOfToken,
  themeNames,
  themes,
  tokenNames,
  type ColourRole,
  type ColourScheme,
  type HostDesignSystem,
  type SharedTokenName,
  type ThemeDefinition,
  type ThemeName,
  type ThemeTokens,
  type TokenGroup,
  type TokenName,
} from "./tokens";
export {
  contrastPairs,
  minimumContrast,
  type ContrastPair,
  type ContrastUse,
} from "./contrast-pairs";
export {
  cssVar,
  cssVariableName,
  cssVariablePrefix,
  renderAllThemesStylesheet,
  renderThemeStylesheet,
  themeAttribute,
} from "./css-variables";
export { renderBaseStylesheet } from "./base-stylesheet";
export { renderTokensJson, type TokenJsonEntry, type TokensJson } from "./tokens-json";
