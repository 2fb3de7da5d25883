import type { Options } from "tsup";

export interface PackageBuildOptions extends Omit<Options, "entry" | "format" | "external"> {
  /** Entry files, `["src/index.ts"]` by default. */
  entry?: string[] | Record<string, string>;
  /** Also emit CommonJS (`.cjs` + `.d.cts`). True by default: libraries serve `require` users too. */
  cjs?: boolean;
  /** Extra externals; React, React DOM and `@communs/*` are always external. */
  external?: (string | RegExp)[];
}

export declare function definePackageBuild(options?: PackageBuildOptions): Options;

/** `src/cli.ts` as one Node ESM file `dist/cli.js` (no declarations, no CJS, no clean). */
export declare function defineCliBuild(options?: PackageBuildOptions): Options;
