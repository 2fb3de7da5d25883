import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import { importX, createNodeResolver } from "eslint-plugin-import-x";
import { listWorkspaces } from "@communs/config/layers";

const workspaces = listWorkspaces();
const filesOf = (layers) =>
  workspaces
    .filter((workspace) => layers.includes(workspace.layer))
    .map((workspace) => `${workspace.directory}/src/**/*.{ts,tsx,js}`);

// Globals that only exist in a browser page. Engines run anywhere (Node, workers, a CLI,
// a server), so they must not touch them; UI packages hand them what they need.
const browserOnlyGlobals = [
  "window",
  "document",
  "navigator",
  "location",
  "history",
  "localStorage",
  "sessionStorage",
  "customElements",
  "HTMLElement",
  "Element",
  "Node",
  "Event",
  "CustomEvent",
  "MutationObserver",
  "IntersectionObserver",
  "ResizeObserver",
  "requestAnimationFrame",
  "getComputedStyle",
  "matchMedia",
  "alert",
  "confirm",
  "prompt",
].map((name) => ({
  name,
  message: `Engine packages run outside browsers: pass '${name}' in from a UI package instead.`,
}));

const engineFiles = filesOf(["engine"]);

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/storybook-static/**",
      "**/storybook-fixtures/**",
      "**/test-results/**",
      "**/.turbo/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.name='eval']", message: "Never eval: parse instead." },
      ],
    },
  },
  {
    // Hooks called conditionally or with stale dependencies are bugs React cannot report.
    files: ["packages/*/src/**/*.{ts,tsx}", "apps/catalogue/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    // No circular imports, type-only ones included: a circle is a layer that lost its direction.
    files: ["packages/*/src/**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [
        createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".d.ts"] }),
      ],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
    },
    rules: { "import-x/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    rules: { "@typescript-eslint/consistent-type-imports": "off" },
  },
  ...(engineFiles.length === 0
    ? []
    : [
        {
          files: engineFiles,
          ignores: ["**/*.test.{ts,tsx,js}"],
          rules: {
            "no-restricted-globals": ["error", ...browserOnlyGlobals],
            "no-restricted-imports": [
              "error",
              {
                patterns: [
                  {
                    group: ["react", "react/*", "react-dom", "react-dom/*"],
                    message: "Engine packages are headless: React belongs in the *-react packages.",
                  },
                ],
              },
            ],
          },
        },
      ]),
  {
    files: ["apps/catalogue/stories/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/packages/**", "@communs/*/src/**", "@communs/*/dist/**"],
              message: "Stories import only public package names, as a user of the package would.",
            },
          ],
        },
      ],
    },
  },
);
