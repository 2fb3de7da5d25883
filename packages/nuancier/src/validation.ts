export { validateNuancier, type ValidationResult } from "./validate";
export {
  extendNuancier,
  type ExtendOptions,
  type ExtendResult,
  type NuancierChange,
} from "./extend";
export {
  audienceSchema,
  contributionSchema,
  languageSchema,
  localizedPatchSchema,
  localizedTextSchema,
  nuanceSchema,
  nuancierDataSchema,
  nuancierOverlaySchema,
  sectorSchema,
  trainingFormatSchema,
} from "./schema";
