/**
 * The reference server's sign-in pages (HTML forms, no script) in the OpenAPI document: a GET
 * for each page and a POST for each form. `operationId`s are the page's name plus `Page` (GET)
 * or `Submit` (POST). Forms are urlencoded and carry a CSRF field (the form cookie's value
 * without a session, the session's CSRF token with one); every page takes `returnTo` and `lang`.
 */
const pages: [name: string, path: string, summary: string, post?: 1][] = [
  ["signIn", "/auth/sign-in", "Sign in (password; ProConnect with OIDC)", 1],
  ["createAccount", "/auth/create-account", "Create an account", 1],
  ["verifyNotice", "/auth/verify-notice", "Confirm your address; send the link again", 1],
  ["forgottenPassword", "/auth/forgotten-password", "Forgotten password (with SMTP)", 1],
  ["resetPassword", "/auth/reset-password", "New password from the e-mailed link", 1],
  ["signOut", "/auth/sign-out", "Sign out, at the OIDC provider too", 1],
  ["signedOut", "/auth/signed-out", "Back from the provider's logout"],
  ["signInStylesheet", "/auth/assets/sign-in.css", "Style sheet"],
  ["proConnectLogo", "/auth/assets/proconnect-logo.svg", "ProConnect's logo"],
];

export function signInPageOperations(): Record<string, Record<string, unknown>> {
  const html = { content: { "text/html": {} } };
  const operation = (operationId: string, summary: string, path: string, post?: 1) => ({
    operationId,
    summary,
    tags: ["sign-in pages"],
    security: [{}],
    parameters: path.includes("assets")
      ? []
      : ["returnTo", "lang"].map((name) => ({ name, in: "query", schema: { type: "string" } })),
    ...(post && {
      requestBody: { content: { "application/x-www-form-urlencoded": {} } },
    }),
    responses: {
      "200": { description: "A page", ...html },
      ...(post && { "303": { description: "On to the next page or returnTo" } }),
      "4XX": { description: "The page with its errors, or why the form was refused", ...html },
    },
  });
  return Object.fromEntries(
    pages.map(([name, path, summary, post]) => [
      path,
      {
        get: operation(path.includes("assets") ? name : `${name}Page`, summary, path),
        ...(post && { post: operation(`${name}Submit`, summary, path, post) }),
      },
    ]),
  );
}
