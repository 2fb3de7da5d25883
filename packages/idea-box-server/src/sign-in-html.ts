import type { Context } from "hono";
import { renderBaseStylesheet, renderThemeStylesheet } from "@communs/theme";
import { proConnectLogo } from "./sign-in-logo";

/**
 * The HTML of the sign-in pages: one language per page (French by default, English from
 * `?lang=en` or the browser's Accept-Language), the DSFR look from @communs/theme's "dsfr"
 * theme, one style sheet and one image served by this server, no script at all: the server's
 * Content-Security-Policy only opens `style-src` and `img-src` to 'self' on these paths.
 */
export type Locale = "fr" | "en";

export const signInAssets = {
  stylesheet: "/auth/assets/sign-in.css",
  proConnectLogo: "/auth/assets/proconnect-logo.svg",
} as const;

export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!,
  );

/** `?lang=` first, then the first of fr/en in Accept-Language's order of preference; French otherwise. */
export function pickLocale(c: Context): Locale {
  const asked = c.req.query("lang");
  if (asked === "fr" || asked === "en") return asked;
  const header = c.req.header("accept-language") ?? "";
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return { lang: tag.split("-")[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => (entry.lang === "fr" || entry.lang === "en") && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (ranked[0]?.lang as Locale | undefined) ?? "fr";
}

export interface FieldError {
  field: string;
  message: string;
}

export interface Field {
  name: string;
  label: string;
  type: "email" | "password" | "text";
  autocomplete: string;
  hint?: string;
  value?: string;
  required?: boolean;
  minLength?: number;
}

const texts = {
  fr: {
    site: "Boîte à idées",
    errorsTitle: (count: number) =>
      count > 1 ? `${count} erreurs à corriger` : "Une erreur à corriger",
    other: "English",
    otherLang: "en",
    errorPrefix: "Erreur : ",
    proConnectLogin: "S’identifier avec",
    proConnectWhat: "Qu’est-ce que ProConnect ?",
    newWindow: "nouvelle fenêtre",
    or: "ou",
  },
  en: {
    site: "Idea box",
    errorsTitle: (count: number) => (count > 1 ? `${count} errors to fix` : "One error to fix"),
    other: "Français",
    otherLang: "fr",
    errorPrefix: "Error: ",
    proConnectLogin: "Sign in with",
    proConnectWhat: "What is ProConnect?",
    newWindow: "new window",
    or: "or",
  },
} as const;

/** The link to the same page in the other language, keeping the other query parameters. */
function otherLanguageHref(url: string, locale: Locale) {
  const parsed = new URL(url);
  parsed.searchParams.set("lang", texts[locale].otherLang);
  parsed.searchParams.delete("token");
  return `${parsed.pathname}${parsed.search}`;
}

export interface PageOptions {
  locale: Locale;
  /** The request URL (for the language switch). */
  url: string;
  title: string;
  /** Already-escaped HTML of the page's content under its heading. */
  body: string;
  errors?: FieldError[];
}

/** A whole page; the title says "Error:" first when the form has errors (RGAA 11.10). */
export function page({ locale, url, title, body, errors = [] }: PageOptions): string {
  const t = texts[locale];
  const summary =
    errors.length > 0
      ? `<div class="error-summary" id="error-summary" tabindex="-1" autofocus aria-labelledby="error-summary-title"><h2 id="error-summary-title">${escapeHtml(
          t.errorsTitle(errors.length),
        )}</h2><ul>${errors
          .map(
            (error) =>
              `<li><a href="#${escapeHtml(error.field)}">${escapeHtml(error.message)}</a></li>`,
          )
          .join("")}</ul></div>`
      : "";
  const fullTitle = `${errors.length > 0 ? t.errorPrefix : ""}${title} – ${t.site}`;
  return `<!doctype html><html lang="${locale}" data-communs-theme="dsfr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(
    fullTitle,
  )}</title><link rel="stylesheet" href="${signInAssets.stylesheet}"></head><body><header class="site"><p class="site-name">${escapeHtml(
    t.site,
  )}</p><p><a href="${escapeHtml(otherLanguageHref(url, locale))}" lang="${t.otherLang}" hreflang="${t.otherLang}">${
    t.other
  }</a></p></header><main id="main"><h1>${escapeHtml(title)}</h1>${summary}${body}</main></body></html>`;
}

/** A labelled input with its hint (in the label) and its error (tied by aria-describedby). */
export function field(input: Field, errors: FieldError[] = []): string {
  const error = errors.find((e) => e.field === input.name);
  const hintId = `${input.name}-hint`;
  const errorId = `${input.name}-error`;
  // The hint is inside the label (as DSFR does): part of the name, so only the error describes.
  const described = error ? errorId : "";
  return `<div class="field${error ? " field-error" : ""}"><label for="${input.name}">${escapeHtml(
    input.label,
  )}${input.hint ? ` <span class="hint" id="${hintId}">${escapeHtml(input.hint)}</span>` : ""}</label>${
    error ? `<p class="error" id="${errorId}">${escapeHtml(error.message)}</p>` : ""
  }<input id="${input.name}" name="${input.name}" type="${input.type}" autocomplete="${input.autocomplete}"${
    input.required === false ? "" : " required"
  }${input.minLength ? ` minlength="${input.minLength}"` : ""}${
    input.value !== undefined && input.type !== "password"
      ? ` value="${escapeHtml(input.value)}"`
      : ""
  }${described ? ` aria-describedby="${described}"` : ""}${error ? ' aria-invalid="true"' : ""}${
    input.type === "email" ? ' spellcheck="false"' : ""
  }></div>`;
}

export const hidden = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(
      ([name, value]) =>
        `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
    )
    .join("");

/** A form that POSTs to `action`; `novalidate` so that the server's error summary speaks. */
export const form = (action: string, inner: string, submit: string, secondary = false) =>
  `<form method="post" action="${escapeHtml(action)}" novalidate>${inner}<p><button type="submit" class="button${
    secondary ? " button-secondary" : ""
  }">${escapeHtml(submit)}</button></p></form>`;

export const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`;
export const link = (href: string, text: string) =>
  `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;

/**
 * The ProConnect button as ProConnect publishes it for DSFR sites (the DSFR FranceConnect
 * button with "ProConnect", its logo and its link): a GET form to the OIDC sign-in.
 */
export function proConnectButton(locale: Locale, loginPath: string, returnTo: string): string {
  const t = texts[locale];
  return `<div class="proconnect-group"><form method="get" action="${escapeHtml(loginPath)}">${hidden(
    { returnTo },
  )}<button type="submit" class="fr-connect"><span class="fr-connect__login">${escapeHtml(
    t.proConnectLogin,
  )}</span> <span class="fr-connect__brand">ProConnect</span></button></form><p><a href="https://www.proconnect.gouv.fr/" target="_blank" rel="noopener noreferrer" title="${escapeHtml(
    `${t.proConnectWhat} - ${t.newWindow}`,
  )}">${escapeHtml(t.proConnectWhat)}</a></p></div><p class="separator"><span>${t.or}</span></p>`;
}

/** The pages' style sheet: the DSFR theme's tokens and base rules, then the page's own. */
export const signInStylesheet = `${renderThemeStylesheet("dsfr")}
${renderBaseStylesheet()}
html { font-family: var(--communs-font-family-body, Marianne, arial, sans-serif); color: var(--communs-color-text); background: var(--communs-color-background); }
body { margin: 0; }
.site { display: flex; justify-content: space-between; align-items: center; gap: 1rem; padding: 0.75rem 1.5rem; border-bottom: 1px solid #dddddd; }
.site p { margin: 0; }
.site-name { font-weight: 700; font-size: 1.25rem; }
main { max-width: 36rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1 { font-size: 2rem; line-height: 2.5rem; margin: 0 0 1.5rem; }
a { color: var(--communs-color-link, #000091); }
:focus-visible { outline: 2px solid #0a76f6; outline-offset: 2px; }
.field { margin: 0 0 1.5rem; }
.field label { display: block; margin-bottom: 0.5rem; }
.hint { display: block; font-size: 0.75rem; color: var(--communs-color-text-muted, #666666); }
.field input { box-sizing: border-box; width: 100%; font: inherit; padding: 0.5rem 1rem; border: 0; border-radius: 0.25rem 0.25rem 0 0; background: #eeeeee; color: #161616; box-shadow: inset 0 -2px 0 0 #3a3a3a; }
.field-error { border-left: 2px solid #ce0500; padding-left: 0.75rem; }
.field-error input { box-shadow: inset 0 -2px 0 0 #ce0500; }
.error { color: #ce0500; margin: 0 0 0.5rem; font-size: 0.875rem; }
.error-summary { border: 2px solid #ce0500; padding: 1rem 1.5rem; margin: 0 0 2rem; }
.error-summary h2 { font-size: 1.25rem; margin: 0 0 0.5rem; color: #ce0500; }
.error-summary a { color: #ce0500; }
.notice { border-left: 4px solid #000091; background: #f5f5fe; padding: 1rem 1.5rem; margin: 0 0 2rem; }
.button { font: inherit; font-weight: 500; min-height: 2.5rem; padding: 0.5rem 1.5rem; border: 0; background: #000091; color: #f5f5fe; cursor: pointer; }
.button:hover { background: #1212ff; }
.button:active { background: #2323ff; }
.button-secondary { background: transparent; color: #000091; box-shadow: inset 0 0 0 1px #000091; }
.button-secondary:hover { background: #f6f6f6; }
.links { list-style: none; padding: 0; }
.links li { margin: 0.5rem 0; }
.separator { display: flex; align-items: center; gap: 1rem; color: #666666; }
.separator::before, .separator::after { content: ""; flex: 1; border-top: 1px solid #dddddd; }
.proconnect-group p { font-size: 0.875rem; }
.fr-connect { position: relative; display: inline-flex; flex-direction: column; align-items: flex-start; justify-content: center; min-height: 3.5rem; padding: 0.25rem 0.75rem 0.25rem 4.375em; margin-bottom: 0.75rem; border: 0; font: inherit; text-align: left; background-color: #000091; color: #f5f5fe; cursor: pointer; }
.fr-connect:hover { background-color: #1212ff; }
.fr-connect:active { background-color: #2323ff; }
.fr-connect::before { content: ""; position: absolute; top: 0.25rem; bottom: 0.25rem; left: 0.625em; width: 3.375em; background: url("${signInAssets.proConnectLogo}") no-repeat center / 3.375em 3em; }
.fr-connect__login { display: block; font-size: 0.875rem; line-height: 1.5rem; }
.fr-connect__brand { display: block; font-size: 1.125rem; line-height: 1.5rem; font-weight: 700; }
@media (forced-colors: active) { .fr-connect, .button { border: 1px solid ButtonText; } .fr-connect::before { forced-color-adjust: none; } }
`;

export { proConnectLogo };
