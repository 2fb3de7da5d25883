import { scopeTokens, styleShadowRoot } from "@communs/elements/kit";

/**
 * The element's whole stylesheet, composed from the theme tokens and the widgets' CSS. Used at
 * run time (a constructable stylesheet) and at build time (`dist/communs-idea-box.css`, the
 * fallback a `<link>` loads where `adoptedStyleSheets` is missing): one composition for both.
 */
export function composeElementCss(tokenCss: string, widgetCss: string): string {
  const hostCss = `:host{display:block;contain:content}:host([hidden]){display:none}
.communs-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.communs-idea-box{background:var(--communs-color-background,#fff)}`;
  return `${scopeTokens(tokenCss)}\n${hostCss}\n${widgetCss}`;
}

/** The stylesheet file the build writes beside the script. */
export const stylesheetFile = "communs-idea-box.css";

/**
 * Styles a shadow root without inline `<style>` (refused under `style-src 'self'`): see
 * `@communs/elements/kit`. Returns the nodes to put first in the shadow root.
 */
export const styleIdeaBoxRoot = (shadow: ShadowRoot, css: string, scriptUrl: string | null) =>
  styleShadowRoot(shadow, css, stylesheetFile, scriptUrl);
