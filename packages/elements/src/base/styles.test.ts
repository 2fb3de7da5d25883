import { describe, expect, it } from "vitest";
import { composeElementCss, pruneRules, pruneTokens } from "./styles";

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

describe("pruneRules", () => {
  const css =
    ".communs-sonar,.communs-sonar-team{color:red}.communs-sonar-team__bar{height:1rem}" +
    "@media print{.communs-sonar-board .communs-sonar-result{display:none}}" +
    "@media (min-width:40rem){.communs-sonar-result__radar{width:50%}}" +
    ".communs-sonar-question__choice:has(input:checked){outline:0}@keyframes spin{to{rotate:1turn}}";
  const code = 'h("div",{className:"communs-sonar"},h(Result,{className:"communs-sonar-result"}))';

  it("drops the rules and selectors of blocks the code never names, and emptied at-rules", () => {
    expect(pruneRules(css, code)).toBe(
      ".communs-sonar{color:red}@media (min-width:40rem){.communs-sonar-result__radar{width:50%}}" +
        ".communs-sonar-question__choice:has(input:checked){outline:0}@keyframes spin{to{rotate:1turn}}",
    );
  });

  it("keeps everything when every block is named", () => {
    expect(pruneRules(css, `${code} communs-sonar-team communs-sonar-board`)).toBe(css);
  });
});
