/**
 * Small HTML pages for the steps a browser lands on directly (end of an OIDC sign-in that
 * cannot finish, e-mail verification and unsubscribe links): French first, then English. No script, no style
 * sheet, so the server's `default-src 'none'` policy holds.
 */
const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!,
  );

export interface PageText {
  title: string;
  paragraphs: string[];
}

/**
 * `link` ends each section with a link, or with a button when `post` is set: a form that POSTs
 * `fields` to `href` (a step that must not happen on a mere GET, like unsubscribing).
 */
export function htmlPage(
  fr: PageText,
  en: PageText,
  link?: { href: string; fr: string; en: string; post?: Record<string, string> },
) {
  const action = (label: string) =>
    link?.post
      ? `<form method="post" action="${escape(link.href)}">${Object.entries(link.post)
          .map(
            ([name, value]) =>
              `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`,
          )
          .join("")}<button type="submit">${escape(label)}</button></form>`
      : `<p><a href="${escape(link!.href)}">${escape(label)}</a></p>`;
  const section = (text: PageText, lang: string, label?: string) =>
    `<section lang="${lang}"><h1>${escape(text.title)}</h1>${text.paragraphs
      .map((p) => `<p>${escape(p)}</p>`)
      .join("")}${link && label ? action(label) : ""}</section>`;
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(
    fr.title,
  )}</title></head><body><main>${section(fr, "fr", link?.fr)}<hr>${section(en, "en", link?.en)}</main></body></html>`;
}
