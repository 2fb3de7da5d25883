import { mergeOverlay } from "./merge-overlay";
import { nuancierDataSchema, nuancierOverlaySchema } from "./schema";

export type { ExtendOptions, ExtendResult, NuancierChange } from "./merge-overlay";

/**
 * Validates an administration's overlay and merges it into `base` without changing `base`
 * (see `mergeOverlay`); `@communs/nuancier/overlay` does the same without zod.
 */
export const extendNuancier = mergeOverlay({
  overlay: nuancierOverlaySchema,
  data: nuancierDataSchema,
});
