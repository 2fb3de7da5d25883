import type { MessageCatalogue } from "@communs/i18n";

/** Sentences of the CLI, French first (the source of truth). `{name}` marks a parameter. */
export const cliMessagesFr = {
  usage:
    "Utilisation : communs-sonar <commande> [options]\n\n" +
    "Commandes :\n" +
    "  validate <définition.json|édition>          vérifie une définition\n" +
    "  score <édition|définition.json> <réponses.json>  calcule un résultat\n" +
    "  aggregate <édition|définition.json> <dossier>    agrège les réponses d'une équipe\n\n" +
    "Options : --json (sortie JSON), --locale fr|en (sinon LANG, puis le français), --help, --version\n" +
    "Éditions intégrées : {editions}\n" +
    "Codes de sortie : 0 valide, 1 données invalides, 2 erreur d'utilisation ou de lecture",
  valid: {
    one: "Définition valide : {edition} {version} ({count} question).",
    other: "Définition valide : {edition} {version} ({count} questions).",
  },
  invalid: {
    one: "{count} problème dans la définition :",
    other: "{count} problèmes dans la définition :",
  },
  issueLine: "{where} : {sentence}",
  groupLine: {
    one: "{where} : {sentence} ({count} fois)",
    other: "{where} : {sentence} ({count} fois)",
  },
  wholeDocument: "(document entier)",
  unknownCommand: "Commande inconnue : {command}",
  missingArgument: "Argument manquant : {name}",
  unreadable: "Impossible de lire {file} : {detail}",
  badJson: "JSON invalide dans {file} : {detail}",
  badAnswers: "{file} : réponse ignorée en {pointer} ({code})",
  badCode: "{file} : code de partage refusé ({code})",
  answeredSkipped: "{answered}, {skipped}",
  answered: { "=0": "aucune réponse", one: "{count} réponse", other: "{count} réponses" },
  skipped: { "=0": "aucune passée", one: "{count} passée", other: "{count} passées" },
  styleLine: "Style : {style}{lean} ({verdict}, confiance {confidence})",
  styleNone: "Style : {verdict}",
  stageLine: "Étape : {stage}",
  stageNone: "Étape : pas assez de réponses pour en situer une",
  stageSelf: "auto-placement : {stage}",
  stageFromAnswers: "d'après les réponses : {stage}",
  sourcesSeparator: " ; ",
  axes: "Axes :",
  nextSteps: "Prochains pas :",
  pitfalls: "Pièges à éviter :",
  respondents: {
    "=0": "Aucun répondant",
    one: "{count} répondant",
    other: "{count} répondants",
  },
  axisSummary: "{axis} : moyenne {mean}, écart {spread}",
  countLine: "{label} : {count}",
  disagreement: "Là où l'équipe diverge le plus : {axes}",
  styles: "Répartition des styles :",
  stages: "Répartition des étapes :",
  skippedFiles: { one: "{count} fichier ignoré", other: "{count} fichiers ignorés" },
  verdictClear: "net",
  verdictClose: "penchant, profil hybride",
  verdictBalanced: "profil équilibré",
  verdictTie: "égalité exacte entre {styles}",
  verdictNone: "pas assez de réponses",
  noStyle: "sans style",
  noStage: "sans étape",
} as const;

export type CliMessages = MessageCatalogue<typeof cliMessagesFr>;

export const cliMessagesEn = {
  usage:
    "Usage: communs-sonar <command> [options]\n\n" +
    "Commands:\n" +
    "  validate <definition.json|edition>          check a definition\n" +
    "  score <edition|definition.json> <answers.json>  compute a result\n" +
    "  aggregate <edition|definition.json> <folder>    aggregate a team's answers\n\n" +
    "Options: --json (JSON output), --locale fr|en (else LANG, then French), --help, --version\n" +
    "Built-in editions: {editions}\n" +
    "Exit codes: 0 valid, 1 invalid data, 2 usage or read error",
  valid: {
    one: "Valid definition: {edition} {version} ({count} question).",
    other: "Valid definition: {edition} {version} ({count} questions).",
  },
  invalid: {
    one: "{count} problem in the definition:",
    other: "{count} problems in the definition:",
  },
  issueLine: "{where}: {sentence}",
  groupLine: {
    one: "{where}: {sentence} ({count} time)",
    other: "{where}: {sentence} ({count} times)",
  },
  wholeDocument: "(whole document)",
  unknownCommand: "Unknown command: {command}",
  missingArgument: "Missing argument: {name}",
  unreadable: "Cannot read {file}: {detail}",
  badJson: "Invalid JSON in {file}: {detail}",
  badAnswers: "{file}: answer ignored at {pointer} ({code})",
  badCode: "{file}: share code refused ({code})",
  answeredSkipped: "{answered}, {skipped}",
  answered: { "=0": "no answer", one: "{count} answered", other: "{count} answered" },
  skipped: { "=0": "none skipped", one: "{count} skipped", other: "{count} skipped" },
  styleLine: "Style: {style}{lean} ({verdict}, confidence {confidence})",
  styleNone: "Style: {verdict}",
  stageLine: "Stage: {stage}",
  stageNone: "Stage: not enough answers to place one",
  stageSelf: "self-placement: {stage}",
  stageFromAnswers: "from the answers: {stage}",
  sourcesSeparator: "; ",
  axes: "Axes:",
  nextSteps: "Next steps:",
  pitfalls: "Pitfalls to avoid:",
  respondents: { "=0": "No respondent", one: "{count} respondent", other: "{count} respondents" },
  axisSummary: "{axis}: mean {mean}, spread {spread}",
  countLine: "{label}: {count}",
  disagreement: "Where the team disagrees most: {axes}",
  styles: "Styles:",
  stages: "Stages:",
  skippedFiles: { one: "{count} file skipped", other: "{count} files skipped" },
  verdictClear: "clear",
  verdictClose: "a lean, hybrid profile",
  verdictBalanced: "balanced profile",
  verdictTie: "exact tie between {styles}",
  verdictNone: "not enough answers",
  noStyle: "no style",
  noStage: "no stage",
} as const satisfies CliMessages;
