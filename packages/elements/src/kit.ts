/**
 * The `./kit` entry: what every Communs custom element shares, for the elements of other
 * packages (`@communs/idea-box-element`): a shadow root styled under a strict CSP (a
 * constructable stylesheet, else the stylesheet file beside the script) and the theme tokens
 * scoped to it. Plain DOM code, no dependency: the importing element bundles it.
 */
export { scopeTokens, styleShadowRoot } from "./base/styles";
