const escapeHtml = (text: string) => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The default join link's page. The quiz itself is a component of `@communs/sonar-react`
 * embedded in the organisation's site: `SONAR_JOIN_URL` should point there. Without it, this
 * page gives the code and says where to type it, in French and English. No style sheet, inline or
 * not: the host's `default-src 'none'` policy would refuse it; headings carry the emphasis.
 */
export function joinPage(code: string | null): string {
  const shown = code ? escapeHtml(code) : "";
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Atelier Sonar${code ? ` ${shown}` : ""}</title>
</head>
<body><main>
${
  code
    ? `<h1>Atelier Sonar</h1><p>Code de l'atelier :</p><h2><code>${shown}</code></h2>
<p>Saisissez ce code dans l'application Sonar que vous a indiquée l'animateur ou l'animatrice de l'atelier.</p>
<p lang="en">Workshop code <b>${shown}</b>: type it into the Sonar application your facilitator gave you.</p>`
    : `<h1>Code inconnu</h1><p>Ce lien ne contient pas de code d'atelier valable (six caractères).</p><p lang="en">This link holds no valid workshop code (six characters).</p>`
}
</main></body></html>`;
}
