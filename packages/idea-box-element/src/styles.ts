/**
 * The element's whole stylesheet, composed from the theme tokens and the widgets' CSS. Used at
 * run time (a constructable stylesheet) and at build time (`dist/communs-idea-box.css`, the
 * fallback a `<link>` loads where `adoptedStyleSheets` is missing): one composition for both.
 */
export function composeElementCss(tokenCss: string, widgetCss: string): string {
  // Theme tokens without their `:root, :host` defaults: the page's `--communs-*` properties
  // cross the shadow boundary and win; the widgets' CSS carries fallbacks for pages without
  // them. The dark and DSFR blocks stay so that `theme="dark"` works inside.
  const scopedTokens = tokenCss.replace(
    /:root,\s*:host,\s*\[data-communs-theme="default"\]/,
    '[data-communs-theme="default"]',
  );
  const hostCss = `:host{display:block;contain:content}:host([hidden]){display:none}
.communs-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.communs-idea-box{background:var(--communs-color-background,#fff)}`;
  return `${scopedTokens}\n${hostCss}\n${widgetCss}`;
}

/** The stylesheet file the build writes beside the script. */
export const stylesheetFile = "communs-idea-box.css";

/**
 * Styles a shadow root without inline `<style>` (refused under `style-src 'self'`): a
 * constructable stylesheet where the browser has them, else a `<link>` to the file beside the
 * script. Returns the nodes to put first in the shadow root (none for the constructable way).
 */
export function styleShadowRoot(shadow: ShadowRoot, css: string, scriptUrl: string | null): Node[] {
  if ("adoptedStyleSheets" in shadow && typeof CSSStyleSheet === "function") {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
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
