export type {
  Audience,
  ContentLocale,
  Contribution,
  Language,
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
export { localeChain, messageLocale, textIn } from "./model";
export {
  collections,
  idPattern,
  learningModes,
  localeTagPattern,
  nuanceKinds,
  swatchPatterns,
} from "./constants";
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
  describeReason,
  formatHours,
  kindLabel,
  pathCredits,
  pathToCsv,
  pathToJson,
  pathToMarkdown,
  type PathCredits,
} from "./export";
export {
  exportMessagesFr,
  overlayMessagesFr,
  type ExportMessages,
  type OverlayMessages,
} from "./i18n/messages.fr";
export { exportMessagesEn, overlayMessagesEn } from "./i18n/messages.en";
export {
  createShareLink,
  decodeSelection,
  encodeSelection,
  type DecodedSelection,
  type SharedSelection,
} from "./share";
export { contrastRatio, relativeLuminance, textColourOn } from "./contrast";
