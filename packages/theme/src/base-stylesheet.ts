import { cssVar, themeAttribute } from "./css-variables";

/**
 * The base stylesheet: text and background from the theme, a focus ring that is always
 * visible, motion turned off for people who ask for less, and system colours in forced-colours
 * mode (Windows high contrast). It applies inside elements that carry `data-communs-theme`
 * and inside shadow roots, never to the rest of a host page.
 */
export function renderBaseStylesheet(): string {
  const scope = `[${themeAttribute}], :host`;
  return `/* @communs/theme: base stylesheet. Generated from src/base-stylesheet.ts, do not edit. MIT licence. */
${scope} {
  font-family: ${cssVar("font-family-body")};
  font-size: ${cssVar("font-size-md")};
  line-height: ${cssVar("line-height-body")};
  color: ${cssVar("color-text")};
  background-color: ${cssVar("color-background")};
}

:is(${scope}) :focus-visible {
  outline: ${cssVar("focus-ring-width")} ${cssVar("focus-ring-style")} ${cssVar("color-focus")};
  outline-offset: ${cssVar("focus-ring-offset")};
}

:is(${scope}) a {
  color: ${cssVar("color-link")};
  text-underline-offset: 0.15em;
}

.communs-visually-hidden {
  position: absolute !important;
  width: 1px !important;
  height: 1px !important;
  padding: 0 !important;
  margin: -1px !important;
  overflow: hidden !important;
  clip: rect(0, 0, 0, 0) !important;
  white-space: nowrap !important;
  border: 0 !important;
}

@media (prefers-reduced-motion: reduce) {
  ${scope} {
    --communs-motion-duration-fast: 0ms;
    --communs-motion-duration-base: 0ms;
    --communs-motion-duration-slow: 0ms;
  }
  :is(${scope}) *,
  :is(${scope}) *::before,
  :is(${scope}) *::after {
    animation-duration: 0.01ms !important;
    animation-iteration-count: 1 !important;
    transition-duration: 0.01ms !important;
    scroll-behavior: auto !important;
  }
}

@media (forced-colors: active) {
  :is(${scope}) :focus-visible {
    outline-color: Highlight;
  }
  ${scope} {
    --communs-color-border: CanvasText;
    --communs-color-focus: Highlight;
    --communs-color-primary: LinkText;
    --communs-color-link: LinkText;
  }
}
`;
}
