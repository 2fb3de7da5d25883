/**
 * The `./overlay` entry: `extendNuancier` without zod (about 8 kB gzipped less), for pages that
 * merge an overlay in the browser, such as `<communs-nuancier overlay-url>`. Same decisions and
 * same located issues as `@communs/nuancier/validation`'s (`overlay.test.ts` holds them equal);
 * `zod-free.test.ts` checks that nothing it imports brings zod.
 */
import { liteZod } from "./lite-schema";
import { mergeOverlay } from "./merge-overlay";
import { defineSchemas, type SchemaBuilders } from "./schema-definition";

export type { ExtendOptions, ExtendResult, NuancierChange } from "./merge-overlay";

// The stand-in implements the builders the definitions call; its answers are held to zod's.
const schemas = defineSchemas(liteZod as unknown as SchemaBuilders);

export const extendNuancier = mergeOverlay({
  overlay: schemas.nuancierOverlaySchema,
  data: schemas.nuancierDataSchema,
});
