import {
  cssVar,
  cssVariableName,
  groupOfToken,
  themeAttribute,
  themeNames,
  themes,
  tokenNames,
  type ThemeName,
  type TokenGroup,
  type TokenName,
} from "@communs/theme";
import type { ReactNode } from "react";
import { messagesFor } from "./i18n/messages";

export interface TokenTableProps {
  group: TokenGroup;
  theme: ThemeName;
  locale: string;
}

/** Every token of one group with its value in the current theme and a live sample. */
export function TokenTable({ group, theme, locale }: TokenTableProps) {
  const messages = messagesFor(locale);
  const themeLabel = themes[theme].label[locale === "en" ? "en" : "fr"];
  const rows = tokenNames.filter((token) => groupOfToken(token) === group);
  return (
    <table className="catalogue-token-table">
      <caption>{messages.tableCaption(messages.groups[group], themeLabel)}</caption>
      <thead>
        <tr>
          <th scope="col">{messages.tokenColumn}</th>
          <th scope="col">{messages.variableColumn}</th>
          <th scope="col">{messages.valueColumn}</th>
          <th scope="col">{messages.sampleColumn}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((token) => (
          <tr key={token}>
            <th scope="row">{token}</th>
            <td>
              <code>{cssVariableName(token)}</code>
            </td>
            <td>
              <code>{themes[theme].tokens[token]}</code>
            </td>
            <td>{renderSample(token, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function renderSample(token: TokenName, locale: string): ReactNode {
  const messages = messagesFor(locale);
  switch (groupOfToken(token)) {
    case "colour":
      return <span className="catalogue-swatch" style={{ background: cssVar(token) }} />;
    case "typography":
      return token.startsWith("font-size") ||
        token.startsWith("font-family") ||
        token.startsWith("font-weight") ? (
        <span style={{ [cssProperty(token)]: cssVar(token) }}>{messages.typographySample}</span>
      ) : (
        <span
          style={{ lineHeight: cssVar(token), display: "inline-block", maxInlineSize: "12rem" }}
        >
          {messages.typographySample}
        </span>
      );
    case "spacing":
      return <span className="catalogue-space-bar" style={{ inlineSize: cssVar(token) }} />;
    case "radius":
      return <span className="catalogue-radius-sample" style={{ borderRadius: cssVar(token) }} />;
    case "focus":
      return <span className="catalogue-focus-sample">{messages.focusSample}</span>;
    case "motion":
      return token.includes("duration") ? (
        <span
          className="catalogue-motion-sample"
          style={{ animationDuration: `calc(${cssVar(token)} * 8)` }}
        />
      ) : (
        <span
          className="catalogue-motion-sample"
          style={{ animationTimingFunction: cssVar(token) }}
        />
      );
  }
}

function cssProperty(token: TokenName): "fontSize" | "fontFamily" | "fontWeight" {
  if (token.startsWith("font-size")) return "fontSize";
  if (token.startsWith("font-family")) return "fontFamily";
  return "fontWeight";
}

export interface ThemeComparisonProps {
  locale: string;
}

/** Every colour token in the three themes side by side, each cell drawn in its own theme. */
export function ThemeComparison({ locale }: ThemeComparisonProps) {
  const messages = messagesFor(locale);
  const colourTokens = tokenNames.filter((token) => groupOfToken(token) === "colour");
  const language = locale === "en" ? "en" : "fr";
  return (
    <table className="catalogue-token-table">
      <caption>{messages.comparisonCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{messages.tokenColumn}</th>
          {themeNames.map((theme) => (
            <th scope="col" key={theme}>
              {themes[theme].label[language]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {colourTokens.map((token) => (
          <tr key={token}>
            <th scope="row">{token}</th>
            {themeNames.map((theme) => (
              <td key={theme} className="catalogue-theme-cell" {...{ [themeAttribute]: theme }}>
                <span className="catalogue-swatch" style={{ background: cssVar(token) }} />{" "}
                <code>{themes[theme].tokens[token]}</code>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
