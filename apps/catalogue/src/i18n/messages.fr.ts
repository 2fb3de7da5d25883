/** The catalogue's own texts, French first: English must have every key (see messages.en.ts). */
export const messagesFr = {
  tokenColumn: "Jeton",
  variableColumn: "Propriété CSS",
  valueColumn: "Valeur",
  sampleColumn: "Aperçu",
  themeColumn: "Thème",
  groups: {
    colour: "Couleurs",
    typography: "Typographie",
    spacing: "Espacements",
    radius: "Arrondis",
    focus: "Anneau de focus",
    motion: "Mouvement",
  },
  tableCaption: (group: string, theme: string) => `${group} : thème « ${theme} »`,
  comparisonCaption: "Couleurs dans les trois thèmes",
  typographySample: "Une idée pour améliorer le service public",
  focusSample: "Élément ciblé",
  motionNote:
    "L’animation s’arrête si le système demande de réduire les animations (prefers-reduced-motion).",
} as const;

export type CatalogueMessages = {
  [Key in keyof typeof messagesFr]: (typeof messagesFr)[Key] extends (...args: infer A) => string
    ? (...args: A) => string
    : (typeof messagesFr)[Key] extends Record<string, string>
      ? { [Group in keyof (typeof messagesFr)[Key]]: string }
      : string;
};
