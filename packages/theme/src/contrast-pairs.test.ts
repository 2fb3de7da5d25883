import { wcagContrast } from "culori";
import { describe, expect, it } from "vitest";
import { contrastPairs, minimumContrast, type ContrastPair } from "./contrast-pairs";
import { colourRoles, themeNames, themes, type ThemeTokens } from "./tokens";

/** Every palette a page can show: each theme, and the DSFR theme in DSFR's dark scheme. */
const palettes: [string, ThemeTokens][] = [
  ...themeNames.map((theme): [string, ThemeTokens] => [theme, themes[theme].tokens]),
  ["dsfr (dark scheme)", { ...themes.dsfr.tokens, ...themes.dsfr.host!.darkTokens }],
];

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
  it.each(palettes)(
    "the %s theme meets WCAG 2.1 AA for every text/background pair",
    (_, tokens) => {
      const failures = findContrastFailures(tokens).map(
        ({ pair, ratio }) =>
          `${pair.foreground} on ${pair.background} (${pair.use}): ${ratio.toFixed(2)}:1 < ${minimumContrast[pair.use]}:1`,
      );
      expect(failures).toEqual([]);
    },
  );

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

  it.each(palettes)("every colour role of the %s theme is a colour", (_, tokens) => {
    for (const role of colourRoles) {
      expect(Number.isFinite(wcagContrast(tokens[role], "#000")), role).toBe(true);
    }
  });

  it("checks the DSFR dark scheme with its own values, not the light ones", () => {
    const dark = palettes.find(([name]) => name === "dsfr (dark scheme)")![1];
    expect(dark["color-background"]).toBe("#161616");
    expect(dark["color-text"]).toBe("#cecece");
    // DSFR's light text on its dark background would fail: the dark palette is really checked.
    const mixed = { ...dark, "color-text": themes.dsfr.tokens["color-text"] };
    expect(findContrastFailures(mixed).map(({ pair }) => pair.foreground)).toContain("color-text");
  });
});
