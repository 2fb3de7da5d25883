import { describe, expect, it } from "vitest";
import { composeElementCss, pruneTokens } from "./styles";

const tokens =
  ":root,:host,[data-communs-theme=default]{color-scheme:light;--communs-color-text: #111;--communs-color-focus: var(--communs-color-primary);--communs-color-primary: #00f;--communs-space-9: 4rem}[data-communs-theme=dark]{--communs-color-text: #eee;--communs-space-9: 4rem}";

describe("composeElementCss", () => {
  it("drops the tokens' :root and :host defaults, quoted or minified", () => {
    for (const css of [tokens, tokens.replace("=default]", '="default"]')])
      expect(composeElementCss(css, ".x{}")).toMatch(/^\[data-communs-theme=default\]\{/);
  });
});

describe("pruneTokens", () => {
  it("keeps the tokens read, and those they read, in every theme", () => {
    const pruned = pruneTokens(
      tokens,
      ".a{color:var(--communs-color-text);outline-color:var(--communs-color-focus)}",
    );
    expect(pruned).toContain("--communs-color-primary: #00f");
    expect(pruned).toContain("--communs-color-text: #eee");
    expect(pruned).toContain("color-scheme:light");
    expect(pruned).not.toContain("--communs-space-9");
  });
});
