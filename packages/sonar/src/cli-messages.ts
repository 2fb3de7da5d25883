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
  wholeDocument: "(document entier)",
  unknownCommand: "Commande inconnue : {command}",
  missingArgument: "Argument manquant : {name}",
  badLocale: "--locale attend fr ou en, pas « {locale} ».",
  unreadable: "Impossible de lire {file} : {detail}",
  badJson: "JSON invalide dans {file} : {detail}",
  badAnswers: "{file} : réponse ignorée en {pointer} ({code})",
  badCode: "{file} : code de partage refusé ({code})",
  answeredSkipped: "{answered}, {skipped}",
  answered: { "=0": "aucune réponse", one: "{count} réponse", other: "{count} réponses" },
  skipped: { "=0": "aucune passée", one: "{count} passée", other: "{count} passées" },
  styleLine: "Style : {style}{lean} ({verdict}, confiance {confidence})",
  stageLine: "Étape : {stage}",
  stageSources: "auto-placement : {self} ; d'après les réponses : {fromAnswers}",
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
  verdictNone: "pas assez de réponses",
  none: "aucun",
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
  wholeDocument: "(whole document)",
  unknownCommand: "Unknown command: {command}",
  missingArgument: "Missing argument: {name}",
  badLocale: "--locale takes fr or en, not “{locale}”.",
  unreadable: "Cannot read {file}: {detail}",
  badJson: "Invalid JSON in {file}: {detail}",
  badAnswers: "{file}: answer ignored at {pointer} ({code})",
  badCode: "{file}: share code refused ({code})",
  answeredSkipped: "{answered}, {skipped}",
  answered: { "=0": "no answer", one: "{count} answered", other: "{count} answered" },
  skipped: { "=0": "none skipped", one: "{count} skipped", other: "{count} skipped" },
  styleLine: "Style: {style}{lean} ({verdict}, confidence {confidence})",
  stageLine: "Stage: {stage}",
  stageSources: "self-placement: {self}; from the answers: {fromAnswers}",
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
  verdictNone: "not enough answers",
  none: "none",
} as const satisfies CliMessages;

/** Sentences for the codes of `validateDefinition`'s issues. */
export const issueMessagesFr = {
  "invalid-shape": "forme invalide : {detail}",
  "missing-translation": "traduction manquante ({locale})",
  "duplicate-id": "identifiant en double : {id}",
  "unknown-axis": "axe inconnu : {axis}",
  "unknown-stage": "étape inconnue : {stage}",
  "unknown-family": "famille inconnue : {family}",
  "unknown-question": "la condition cite une question absente : {question}",
  "forward-reference": "la condition cite une question posée plus tard : {question}",
  "unknown-option": "la condition cite une option absente : {question} = {option}",
  "condition-syntax": "condition illisible à la position {at} (« {found} »)",
  "condition-never-true": "la condition ne peut jamais être vraie",
  "unreachable-question": "question jamais posée : {question}",
  "max-out-of-range": "maximum {max} supérieur au nombre d'options ({options})",
  "empty-scale": "échelle vide ({min} à {max})",
  "empty-band": "tranche vide ({min} à {max})",
  "missing-profile-axis": "profil sans valeur pour l'axe {axis}",
  "self-placement-needs-stage": "chaque option d'auto-placement doit nommer une étape",
  "several-hybrid-styles": "un seul style hybride est permis",
} as const;

export const issueMessagesEn = {
  "invalid-shape": "invalid shape: {detail}",
  "missing-translation": "missing translation ({locale})",
  "duplicate-id": "duplicate id: {id}",
  "unknown-axis": "unknown axis: {axis}",
  "unknown-stage": "unknown stage: {stage}",
  "unknown-family": "unknown family: {family}",
  "unknown-question": "the condition refers to a missing question: {question}",
  "forward-reference": "the condition refers to a later question: {question}",
  "unknown-option": "the condition refers to a missing option: {question} = {option}",
  "condition-syntax": "unreadable condition at position {at} (“{found}”)",
  "condition-never-true": "the condition can never be true",
  "unreachable-question": "question never asked: {question}",
  "max-out-of-range": "maximum {max} is more than the number of options ({options})",
  "empty-scale": "empty scale ({min} to {max})",
  "empty-band": "empty band ({min} to {max})",
  "missing-profile-axis": "profile has no value for axis {axis}",
  "self-placement-needs-stage": "each self-placement option must name one stage",
  "several-hybrid-styles": "only one hybrid style is allowed",
} as const satisfies MessageCatalogue<typeof issueMessagesFr>;
