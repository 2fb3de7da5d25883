import type { MessageCatalogue } from "@communs/i18n";

/** The checker's own texts; the issue sentences come from @communs/report-schema. */
export const checkerMessagesFr = {
  title: "Vérifier un rapport d’activité",
  help: "Déposez ou choisissez un fichier JSON, CSV (un ou plusieurs) ou XLSX. La vérification se fait dans votre navigateur : le fichier n’est envoyé nulle part.",
  label: "Fichier du rapport (JSON, CSV ou XLSX)",
  drop: "Ou déposez le fichier ici",
  reading: "Lecture de {file}…",
  valid: "{file} est valide.",
  invalid: "{file} n’est pas valide : {errors}.",
  unreadable: "Impossible de lire {file} : {reason}",
  unknownType: "{file} n’est ni un JSON, ni un CSV, ni un XLSX.",
  mixed: "Déposez un seul JSON ou XLSX, ou un ou plusieurs CSV, pas un mélange.",
  noScriptUrl:
    "Le module des tableurs est introuvable : servez communs-report-checker-sheets.js à côté du script de l’élément.",
  errors: { one: "{count} erreur", other: "{count} erreurs" },
  convert: "Convertir",
  convertHelp: "Le contenu lu, même incomplet, dans un autre format.",
  toJson: "Télécharger en JSON",
  toXlsx: "Télécharger en XLSX",
  toCsv: "Télécharger en CSV",
  csvFiles: "Fichiers CSV, un par tableau :",
  preview: "Aperçu du rapport",
} as const;

export type CheckerMessages = MessageCatalogue<typeof checkerMessagesFr>;

export const checkerMessagesEn = {
  title: "Check an activity report",
  help: "Drop or pick a JSON, CSV (one or several) or XLSX file. The check runs in your browser: the file is sent nowhere.",
  label: "Report file (JSON, CSV or XLSX)",
  drop: "Or drop the file here",
  reading: "Reading {file}…",
  valid: "{file} is valid.",
  invalid: "{file} is not valid: {errors}.",
  unreadable: "Could not read {file}: {reason}",
  unknownType: "{file} is not a JSON, CSV or XLSX file.",
  mixed: "Drop one JSON or XLSX file, or one or more CSV files, not a mix.",
  noScriptUrl:
    "The spreadsheet module cannot be found: serve communs-report-checker-sheets.js beside the element's script.",
  errors: { one: "{count} error", other: "{count} errors" },
  convert: "Convert",
  convertHelp: "What was read, even if incomplete, in another format.",
  toJson: "Download as JSON",
  toXlsx: "Download as XLSX",
  toCsv: "Download as CSV",
  csvFiles: "CSV files, one per table:",
  preview: "Report preview",
} satisfies CheckerMessages;
