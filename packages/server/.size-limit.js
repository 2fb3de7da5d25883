// A server bundle is never shipped to browsers: measure our own code only (Node platform,
// dependencies external), to catch accidental bloat such as bundling a dependency.
const nodeOnly = (config) => ({ ...config, platform: "node", packages: "external" });

export default [
  {
    name: "@communs/server (own code, dependencies external)",
    path: "dist/index.js",
    gzip: true,
    // 1.85 kB at its first release (database, lock, migrations runner, erasers); 3.88 kB with
    // request ids, metrics and the health routes (observability.ts, 2 kB of it).
    limit: "4.5 kB",
    modifyEsbuildConfig: nodeOnly,
  },
];
