import { scriptUrl } from "./element";

const modules = new Map<string, Promise<unknown>>();

/**
 * Imports an ES module that the build writes beside the element's script, on first need
 * (code only some pages use: a definition or overlay check, an edition, the spreadsheet
 * reader). A dynamic `import()` of a same-place file works from a classic script too; under a
 * CSP it is governed by `script-src` like the element's own script, and needs no 'unsafe-eval'.
 */
export function importSibling<T>(file: string, base: string | null = scriptUrl): Promise<T> {
  if (!base) return Promise.reject(new Error(`no-script-url:${file}`));
  let module = modules.get(file);
  if (!module) {
    module = import(/* @vite-ignore */ new URL(file, base).href);
    // A failed load (offline, wrong path) may be tried again later.
    module.catch(() => modules.delete(file));
    modules.set(file, module);
  }
  return module as Promise<T>;
}
