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
