/**
 * An element's whole stylesheet: the theme tokens, the base rules every element shares and
 * the React components' CSS. Used at run time (a constructable stylesheet) and at build time
 * (`dist/<tag>.css`, linked where `adoptedStyleSheets` is missing): one composition for both.
 */
export function composeElementCss(tokenCss: string, componentCss: string): string {
  return `${scopeTokens(tokenCss)}\n${baseCss}\n${componentCss}`;
}

/**
 * The theme tokens for a shadow root: without their `:root, :host` defaults, so that the
 * page's `--communs-*` properties cross the shadow boundary and win (the components carry
 * fallbacks); the dark and DSFR blocks stay, so that `theme="dark"` and `theme="dsfr"` work
 * inside. Minified (the build), the selector has no quotes.
 */
export function scopeTokens(tokenCss: string): string {
  return tokenCss.replace(
    /:root,\s*:host,\s*\[data-communs-theme=("?)default\1\]/,
    "[data-communs-theme=default]",
  );
}

const tokenName = /--communs-[\w-]+/g;

/**
 * The theme tokens without the custom properties nothing reads: those not named in `usedIn`
 * (the element's code and stylesheets) nor in a kept token's value. Build time only: a
 * property nobody reads changes nothing, and an element carries a third fewer tokens.
 */
export function pruneTokens(tokenCss: string, usedIn: string): string {
  const used = new Set(usedIn.match(tokenName));
  const declarations = [...tokenCss.matchAll(/(--communs-[\w-]+)\s*:([^;}]*)/g)];
  for (let grew = true; grew;) {
    grew = false;
    for (const [, name, value] of declarations)
      if (used.has(name!))
        for (const reference of value!.match(tokenName) ?? [])
          if (!used.has(reference)) grew = used.add(reference).size > 0;
  }
  return tokenCss.replace(/(--communs-[\w-]+)\s*:[^;}]*(;|(?=\}))/g, (declaration, name: string) =>
    used.has(name) ? declaration : "",
  );
}

/**
 * Minified CSS without the rules for components an element never renders: a rule goes when each
 * of its selectors names a `communs-…` class whose block (the name before `__` or `--`) appears
 * nowhere in `usedIn`, the element's code once tree-shaken (Sonar's team view and workshop
 * rules: 0.7 kB gzipped); such a selector also leaves a list it shares with used ones. At-rules
 * keep their kept rules and go when none is left. Build time.
 */
export function pruneRules(css: string, usedIn: string): string {
  const unused = (selector: string) =>
    [...selector.matchAll(/\.(communs-[\w-]+)/g)].some(
      ([, name]) => !usedIn.includes(name!.replace(/(__|--).*$/, "")),
    );
  let at = 0;
  const block = (): string => {
    let out = "";
    while (at < css.length && css[at] !== "}") {
      const open = css.indexOf("{", at);
      if (open < 0) return out + css.slice(at, (at = css.length));
      const prelude = css.slice(at, open);
      at = open + 1;
      if (prelude.startsWith("@") && !/^@(font-face|page)\b/.test(prelude)) {
        const inner = block();
        at++;
        if (inner || !/^@(media|supports|container|layer)\b/.test(prelude))
          out += `${prelude}{${inner}}`;
        continue;
      }
      const close = css.indexOf("}", at);
      const body = css.slice(at, close);
      at = close + 1;
      // A comma inside `:is(…)` or `:not(…)` is no list separator: such a rule stays whole.
      const selectors = prelude.includes("(")
        ? [prelude]
        : prelude.split(",").filter((selector) => !unused(selector));
      if (selectors.length > 0) out += `${selectors.join(",")}{${body}}`;
    }
    return out;
  };
  return block();
}

export const baseCss = `:host{display:block;contain:content}:host([hidden]){display:none}
.communs-element{color:var(--communs-color-text,#161616);background:var(--communs-color-background,#fff);font-family:var(--communs-font-family-body,system-ui,sans-serif);line-height:1.5;padding:var(--communs-space-4,1rem)}
.communs-element :focus-visible{outline:3px solid var(--communs-color-focus,#0a76f6);outline-offset:2px}
.communs-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.communs-element__problems{border:2px solid var(--communs-color-danger,#ce0500);border-radius:4px;padding:.5rem 1rem;margin-block-end:1rem;background:var(--communs-color-background,#fff);color:var(--communs-color-text,#161616)}
.communs-element__problems p{margin:.25rem 0;font-weight:700}
.communs-element__problems ul{margin:.25rem 0;padding-inline-start:1.25rem}
.communs-element__status{margin:.5rem 0}
.communs-element__button{min-height:2.5rem;padding:.5rem 1rem;border:1px solid var(--communs-color-primary,#000091);border-radius:4px;background:var(--communs-color-primary,#000091);color:var(--communs-color-text-inverse,#fff);cursor:pointer}
.communs-element button,.communs-element input,.communs-element select,.communs-element textarea{font:inherit}
@media print{:host{contain:none}.communs-element{padding:0}.communs-element__no-print{display:none!important}}`;

/**
 * One sheet per stylesheet text, shared by every instance of an element on the page.
 * A sheet built by `replaceSync` is not governed by `style-src`, unlike an inline `<style>`.
 */
const sheets = new Map<string, CSSStyleSheet>();

/**
 * Styles a shadow root without inline `<style>` (refused under `style-src 'self'`): a
 * constructable stylesheet where the browser has them, else a `<link>` to the file beside the
 * script. Returns the nodes to put first in the shadow root (none for the constructable way).
 */
export function styleShadowRoot(
  shadow: ShadowRoot,
  css: string,
  stylesheetFile: string,
  scriptUrl: string | null,
): Node[] {
  if ("adoptedStyleSheets" in shadow && typeof CSSStyleSheet === "function") {
    try {
      let sheet = sheets.get(css);
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        sheets.set(css, sheet);
      }
      shadow.adoptedStyleSheets = [sheet];
      return [];
    } catch {
      // An engine with the property but without constructable sheets: use the file.
    }
  }
  if (!scriptUrl) return [];
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = new URL(stylesheetFile, scriptUrl).href;
  return [link];
}
