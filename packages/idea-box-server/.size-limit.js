// A server bundle is never shipped to browsers: measure our own code only (Node platform,
// dependencies external), to catch accidental bloat such as bundling a dependency.
const nodeOnly = (config) => ({ ...config, platform: "node", packages: "external" });

export default [
  {
    name: "@communs/idea-box-server (own code, dependencies external)",
    path: "dist/index.js",
    gzip: true,
    // 24.3 kB after issue 10 (address checks, e-mail verification, OIDC conflicts, start-up messages).
    limit: "26 kB",
    modifyEsbuildConfig: nodeOnly,
  },
];
