/**
 * The tsup preset of every published package: ESM + declarations, CJS too for libraries
 * that Node consumers may `require`, sourcemaps, and peer/workspace dependencies left external.
 * @param {import("./tsup.d.ts").PackageBuildOptions} [options]
 */
export function definePackageBuild(options = {}) {
  const { entry = ["src/index.ts"], cjs = true, external = [], ...rest } = options;
  return {
    entry,
    format: cjs ? ["esm", "cjs"] : ["esm"],
    dts: true,
    clean: true,
    sourcemap: true,
    target: "es2022",
    splitting: false,
    treeshake: true,
    external: [/^react($|\/)/, /^react-dom($|\/)/, /^@communs\//, ...external],
    ...rest,
  };
}

/**
 * The build of a package's CLI, beside its library build (which cleans `dist/`): `src/cli.ts`
 * as one Node ESM file `dist/cli.js`, no declarations, no CommonJS, what the `bin/` file imports.
 * @param {import("./tsup.d.ts").PackageBuildOptions} [options]
 */
export function defineCliBuild(options = {}) {
  return definePackageBuild({
    entry: { cli: "src/cli.ts" },
    cjs: false,
    dts: false,
    clean: false,
    sourcemap: false,
    ...options,
  });
}
