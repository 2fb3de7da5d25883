export const catalogueLocales = ["fr", "en"] as const;
export type CatalogueLocale = (typeof catalogueLocales)[number];
