import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { build as bundle, transform } from "esbuild";
import { defineConfig, type Options } from "tsup";
import { baseCss, composeElementCss, pruneRules, pruneTokens } from "./src/base/styles";

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

const reactAsPreact = {
  react: "preact/compat",
  "react-dom": "preact/compat",
  "react-dom/client": "preact/compat/client",
  "react/jsx-runtime": "preact/jsx-runtime",
  "react/jsx-dev-runtime": "preact/jsx-runtime",
};

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

/**
 * CSS comes in as minified text (the shadow root's constructable stylesheet). tsup's own CSS
 * plugin loads every path ending in .css, in any namespace, before this one: the path's ".text"
 * ending keeps it away (it used to embed the sheets unminified, comments included: 0.7 kB
 * gzipped more per element). With `element`, the theme tokens nothing in it reads are left out.
 */
function cssText(element?: (typeof elements)[number]): Plugin {
  const minified = async (file: string) =>
    (
      await transform(readFileSync(file, "utf8"), {
        loader: "css",
        minify: true,
        target: "chrome100",
      })
    ).code;
  // The element's code once tree-shaken, and its components' rules that this code can need.
  const kept =
    element &&
    keptCode(element).then(async (code) => ({
      code,
      css: pruneRules(await minified(require.resolve(element.css)), code),
    }));
  // Swallowed here, thrown where it is awaited: an element build that needs it fails there.
  kept?.catch(() => {});
  return {
    name: "minified-css-text",
    setup(build) {
      build.onResolve({ filter: /\.css$/ }, ({ path }) => ({
        path: `${require.resolve(path)}.text`,
        namespace: "css-text",
      }));
      build.onLoad({ filter: /.*/, namespace: "css-text" }, async ({ path }) => {
        const file = path.slice(0, -".text".length);
        if (kept && file === require.resolve(element!.css))
          return { contents: (await kept).css, loader: "text" };
        const code = await minified(file);
        if (kept && file === require.resolve("@communs/theme/tokens.css")) {
          const { code: used, css } = await kept;
          const usedIn = [baseCss, readFileSync(element!.entry, "utf8"), used, css].join("\n");
          return { contents: pruneTokens(code, usedIn), loader: "text" };
        }
        return { contents: code, loader: "text" };
      });
    },
  };
}

/**
 * The element's code once tree-shaken, unminified (class names intact), without its CSS: what
 * `pruneRules` reads to tell which components' rules the element can need.
 */
async function keptCode(element: (typeof elements)[number]): Promise<string> {
  const { outputFiles } = await bundle({
    entryPoints: [element.entry],
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    treeShaking: true,
    define: { "process.env.NODE_ENV": '"production"' },
    alias: reactAsPreact,
    loader: { ".css": "empty" },
    logLevel: "silent",
  });
  return outputFiles.map((file) => file.text).join("\n");
}

/**
 * One file per element that brings everything: the React components rendered by Preact
 * (through preact/compat: about 5 kB instead of about 60 kB gzipped for React DOM), the
 * engines, the content and the styles. Each is built twice, an ES module and a classic script
 * (IIFE) for CMSs that cannot load modules, and bundled alone (no shared chunk), so one tag
 * needs one file. Code only some pages need is the exception: separate ES modules beside it,
 * imported on first need (src/base/sibling.ts): an edition, a definition or overlay check, the
 * checker's spreadsheet code, zod's wording of a broken report.
 */
const shared: Options = {
  target: "es2022",
  sourcemap: true,
  // esbuild minifies, Rollup tree-shakes what esbuild keeps (the object spreads of the
  // Nuancier's example overlays), then terser minifies again: 0.3 to 2.5 kB gzipped less per
  // file than esbuild alone, measured (terser 5.51.2).
  minify: "terser",
  minifyWhitespace: true,
  minifyIdentifiers: true,
  minifySyntax: true,
  terserOptions: {
    ecma: 2020,
    compress: { passes: 3 },
    format: { comments: false },
    sourceMap: true,
  },
  treeshake: true,
  splitting: false,
  noExternal: [/.*/],
  platform: "browser",
  loader: { ".css": "text" },
  esbuildPlugins: [cssText()],
  define: { "process.env.NODE_ENV": '"production"' },
  esbuildOptions(options) {
    options.alias = reactAsPreact;
  },
};

/**
 * The elements take report-schema's zod-free entry for every import of its main entry,
 * report-react's included: zod comes only with communs-report-issues.js, for broken reports
 * (src/validate-report.ts). An import the zod-free entry lacks fails the build.
 */
const zodFreeReportSchema: Plugin = {
  name: "zod-free-report-schema",
  setup(build) {
    build.onResolve({ filter: /^@communs\/report-schema$/ }, ({ resolveDir, kind }) =>
      build.resolve("@communs/report-schema/zod-free", { resolveDir, kind }),
    );
  },
};

export default defineConfig([
  ...elements.flatMap((element, index): Options[] => [
    {
      ...shared,
      esbuildPlugins: [cssText(element), zodFreeReportSchema],
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
      esbuildPlugins: [cssText(element), zodFreeReportSchema],
      // A classic script finds its URL through document.currentScript instead.
      define: { ...shared.define, "import.meta.url": "null" },
    },
  ]),
  // What other packages' elements bundle (idea-box-element): plain ES module with types.
  {
    entry: { kit: "src/kit.ts" },
    format: ["esm"],
    target: "es2022",
    platform: "browser",
    dts: true,
    clean: false,
  },
  // Code some pages need, loaded beside the script on first need (src/base/sibling.ts).
  {
    ...shared,
    entry: {
      "communs-sonar-innovation": "src/chunks/sonar-innovation.ts",
      "communs-sonar-resilience": "src/chunks/sonar-resilience.ts",
      "communs-sonar-validate": "src/chunks/sonar-validate.ts",
      "communs-nuancier-overlay": "src/chunks/nuancier-overlay.ts",
      "communs-report-checker-sheets": "src/chunks/report-checker-sheets.ts",
      "communs-report-issues": "src/chunks/report-issues.ts",
    },
    format: ["esm"],
    clean: false,
  },
]);
