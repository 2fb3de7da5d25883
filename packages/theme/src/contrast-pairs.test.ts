import { wcagContrast } from "culori";
import { describe, expect, it } from "vitest";
import { contrastPairs, minimumContrast, type ContrastPair } from "./contrast-pairs";
import { colourRoles, themeNames, themes, type ThemeTokens } from "./tokens";

interface ContrastFailure {
  pair: ContrastPair;
  ratio: number;
}

function findContrastFailures(tokens: ThemeTokens): ContrastFailure[] {
  return contrastPairs
    .map((pair) => ({
      pair,
      ratio: wcagContrast(tokens[pair.foreground], tokens[pair.background]),
    }))
    .filter(({ pair, ratio }) => ratio < minimumContrast[pair.use]);
}

describe("contrast of every theme", () => {
  it.each(themeNames)("the %s theme meets WCAG 2.1 AA for every text/background pair", (theme) => {
    const failures = findContrastFailures(themes[theme].tokens).map(
      ({ pair, ratio }) =>
        `${pair.foreground} on ${pair.background} (${pair.use}): ${ratio.toFixed(2)}:1 < ${minimumContrast[pair.use]}:1`,
    );
    expect(failures).toEqual([]);
  });

  it("covers body text, large text rules and UI borders", () => {
    const uses = new Set(contrastPairs.map((pair) => pair.use));
    expect(uses).toContain("text");
    expect(uses).toContain("ui");
    expect(uses).toContain("large-text");
    expect(minimumContrast.text).toBe(4.5);
    expect(minimumContrast["large-text"]).toBe(3);
    expect(minimumContrast.ui).toBe(3);
  });

  it("catches a pair that fails: light grey text on white", () => {
    const broken = { ...themes.default.tokens, "color-text-muted": "#999999" };
    const failures = findContrastFailures(broken);
    expect(failures.map(({ pair }) => pair.foreground)).toContain("color-text-muted");
    expect(failures[0]?.ratio).toBeCloseTo(2.85, 1);
  });

  it.each(themeNames)("every colour role of the %s theme is a colour", (theme) => {
    for (const role of colourRoles) {
      expect(Number.isFinite(wcagContrast(themes[theme].tokens[role], "#000")), role).toBe(true);
    }
  });
});
