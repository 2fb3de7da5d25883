// A server bundle is never shipped to browsers: measure our own code only (Node platform,
// dependencies external), to catch accidental bloat such as bundling a dependency.
const nodeOnly = (config) => ({ ...config, platform: "node", packages: "external" });

export default [
  {
    name: "@communs/idea-box-server (own code, dependencies external)",
    path: "dist/index.js",
    gzip: true,
    // 24.3 kB after issue 10 (address checks, e-mail verification, OIDC conflicts, start-up messages);
    // 26.5 kB after issue 11's retention purges (+1.5 kB) and the Sonar workshops' mounting (+0.4 kB).
    // 28.9 kB after issue 17's embed JWTs, Standard Webhooks signatures and one-click unsubscribe
    // (embed-token and unsubscribe modules about 1.2 and 1.1 kB each) and the one-query box access.
    // +11.6 kB for issue 16's Démineur (its share of the minified bundle: handlers 12.5 kB,
    // fr/en report labels and Markdown/CSV 8 kB, French demo content 6.6 kB, migration 8, export
    // and erasure 2 kB, all before gzip).
    // +16.8 kB for issue 17's sign-in pages and admin console (58.4 kB measured): the ProConnect
    // logo (SVG served by the server itself, 5.2 kB gzip alone), the pages and their fr/en texts
    // and DSFR stylesheet (about 8.7 kB), password reset (3.1 kB), admin operations (2.3 kB).
    limit: "59 kB",
    modifyEsbuildConfig: nodeOnly,
  },
];
