import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { transform } from "esbuild";
import { defineConfig, type Options } from "tsup";
import { composeElementCss } from "./src/base/styles";

const require = createRequire(import.meta.url);
const read = (name: string) => readFileSync(require.resolve(name), "utf8");

/** Each element, its source and the components' stylesheet it carries. */
const elements = [
  {
    tag: "communs-sonar",
    entry: "src/sonar.tsx",
    css: "@communs/sonar-react/styles.css",
    global: "CommunsSonar",
  },
  {
    tag: "communs-nuancier",
    entry: "src/nuancier.tsx",
    css: "@communs/nuancier-react/styles.css",
    global: "CommunsNuancier",
  },
  {
    tag: "communs-report",
    entry: "src/report.tsx",
    css: "@communs/report-react/styles.css",
    global: "CommunsReport",
  },
  {
    tag: "communs-report-checker",
    entry: "src/report-checker.tsx",
    css: "@communs/report-react/styles.css",
    global: "CommunsReportChecker",
  },
];

/** `dist/<tag>.css`: the fallback stylesheet where `adoptedStyleSheets` is missing. */
function writeStylesheets() {
  mkdirSync("dist", { recursive: true });
  for (const element of elements)
    writeFileSync(
      `dist/${element.tag}.css`,
      composeElementCss(read("@communs/theme/tokens.css"), read(element.css)),
    );
}

/**
 * One file per element that brings everything: the React components rendered by Preact
 * (through preact/compat: about 5 kB instead of about 60 kB gzipped for React DOM), the
 * engines, the content and the styles. Each is built twice, an ES module and a classic script
 * (IIFE) for CMSs that cannot load modules, and bundled alone (no shared chunk), so one tag
 * needs one file. The checker's spreadsheet code is the one exception: a separate ES module
 * beside it, imported only when a spreadsheet is read or written (see src/report-checker.tsx).
 */
const shared: Options = {
  target: "es2020",
  sourcemap: true,
  minify: true,
  treeshake: true,
  splitting: false,
  noExternal: [/.*/],
  platform: "browser",
  loader: { ".css": "text" },
  esbuildPlugins: [
    {
      // CSS comes in as minified text (the shadow root's constructable stylesheet), in its own
      // namespace so that tsup's CSS handling leaves it alone.
      name: "minified-css-text",
      setup(build) {
        build.onResolve({ filter: /\.css$/ }, ({ path }) => ({
          path: require.resolve(path),
          namespace: "css-text",
        }));
        build.onLoad({ filter: /.*/, namespace: "css-text" }, async ({ path }) => {
          const { code } = await transform(readFileSync(path, "utf8"), {
            loader: "css",
            minify: true,
            target: "chrome100",
          });
          return { contents: code, loader: "text" };
        });
      },
    },
  ],
  define: { "process.env.NODE_ENV": '"production"' },
  esbuildOptions(options) {
    options.alias = {
      react: "preact/compat",
      "react-dom": "preact/compat",
      "react-dom/client": "preact/compat/client",
      "react/jsx-runtime": "preact/jsx-runtime",
      "react/jsx-dev-runtime": "preact/jsx-runtime",
    };
  },
};

export default defineConfig([
  ...elements.flatMap((element, index): Options[] => [
    {
      ...shared,
      entry: { [element.tag]: element.entry },
      format: ["esm"],
      dts: { entry: { [element.tag]: element.entry } },
      clean: index === 0,
      onSuccess: index === 0 ? async () => writeStylesheets() : undefined,
    },
    {
      ...shared,
      entry: { [element.tag]: element.entry },
      format: ["iife"],
      globalName: element.global,
      clean: false,
      // A classic script finds its URL through document.currentScript instead.
      define: { ...shared.define, "import.meta.url": "null" },
    },
  ]),
  // Code some pages need, loaded beside the script on first need (src/base/sibling.ts).
  {
    ...shared,
    entry: {
      "communs-sonar-innovation": "src/chunks/sonar-innovation.ts",
      "communs-sonar-resilience": "src/chunks/sonar-resilience.ts",
      "communs-sonar-validate": "src/chunks/sonar-validate.ts",
      "communs-nuancier-overlay": "src/chunks/nuancier-overlay.ts",
      "communs-report-checker-sheets": "src/chunks/report-checker-sheets.ts",
    },
    format: ["esm"],
    clean: false,
  },
]);
