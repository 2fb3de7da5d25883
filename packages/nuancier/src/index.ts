export type {
  Audience,
  LearningMode,
  Locale,
  LocalizedText,
  Nuance,
  NuanceKind,
  NuancierData,
  NuancierIssue,
  NuancierOverlay,
  Sector,
  SwatchPattern,
  TrainingFormat,
} from "./model";
export { textIn } from "./model";
export { idPattern, learningModes, nuanceKinds, swatchPatterns } from "./constants";
export { foldText } from "./normalize";
export {
  createNuancierSearch,
  type MatchField,
  type NuanceHit,
  type NuanceQuery,
  type NuancierSearch,
} from "./search";
export {
  buildPath,
  type PathConstraints,
  type PathReason,
  type PathStep,
  type TrainingPath,
} from "./path";
export {
  csvField,
  describeReason,
  formatHours,
  kindLabel,
  pathToCsv,
  pathToMarkdown,
} from "./export";
export {
  createShareLink,
  decodeSelection,
  encodeSelection,
  type DecodedSelection,
  type SharedSelection,
} from "./share";
export { contrastRatio, relativeLuminance, textColourOn } from "./contrast";
