export { NuancierExplorer, type NuancierExplorerProps } from "./nuancier-explorer";
export { Palette, type PaletteProps } from "./palette";
export { SectorPage, type SectorPageProps } from "./sector-page";
export { SectorSwatch, type SectorSwatchProps } from "./sector-swatch";
export { NuanceCard, type NuanceCardProps } from "./nuance-card";
export { NuanceSearch, type NuanceSearchProps } from "./nuance-search";
export { PathBuilder, type PathBuilderProps } from "./path-builder";
export {
  usePathBuilder,
  type PathBuilderApi,
  type PathBuilderItem,
  type PathBuilderStep,
  type PathExportFormat,
  type UsePathBuilderOptions,
} from "./use-path-builder";
export { ExtensionReport, type ExtensionReportProps } from "./extension-report";
export type { NuancierCommonProps } from "./common";
export { resolveMessages, type MessageOverrides } from "./i18n/format";
export { messagesFr as nuancierMessagesFr, type NuancierMessages } from "./i18n/messages.fr";
export { messagesEn as nuancierMessagesEn } from "./i18n/messages.en";
