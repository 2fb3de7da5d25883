/** Sentences for the CLI, French first (the source of truth). `{name}` marks a parameter. */
export const cliMessagesFr = {
  usage:
    "Utilisation : communs-sonar <commande> [options]\n\n" +
    "Commandes :\n" +
    "  validate <définition.json|édition>          vérifie une définition\n" +
    "  score <édition|définition.json> <réponses.json>  calcule un résultat\n" +
    "  aggregate <édition|définition.json> <dossier>    agrège les réponses d'une équipe\n\n" +
    "Options : --json (sortie JSON), --locale fr|en, --help, --version\n" +
    "Éditions intégrées : innovation, resilience\n" +
    "Codes de sortie : 0 valide, 1 invalide, 2 erreur d'utilisation",
  valid: "Définition valide : {edition} {version} ({questions} questions).",
  invalid: "{count} problème(s) dans la définition :",
  unknownCommand: "Commande inconnue : {command}",
  missingArgument: "Argument manquant : {name}",
  unreadable: "Impossible de lire {file} : {detail}",
  badJson: "JSON invalide dans {file} : {detail}",
  badAnswers: "{file} : réponse ignorée en {path} ({code})",
  badCode: "{file} : code de partage refusé ({code})",
  style: "Style",
  confidence: "confiance",
  stage: "Étape",
  selfPlaced: "auto-placement",
  fromAnswers: "d'après les réponses",
  axes: "Axes",
  nextSteps: "Prochains pas",
  pitfalls: "Pièges à éviter",
  answered: "{answered} réponses, {skipped} passées",
  respondents: "{count} répondants",
  spread: "écart",
  mean: "moyenne",
  disagreement: "Là où l'équipe diverge le plus",
  styles: "Répartition des styles",
  stages: "Répartition des étapes",
  skippedFiles: "{count} fichier(s) ignoré(s)",
  verdictClear: "net",
  verdictClose: "penchant, profil hybride",
  verdictBalanced: "profil équilibré",
  verdictNone: "pas assez de réponses",
  none: "aucun",
  colon: " :",
} as const;

export type CliMessages = { [Key in keyof typeof cliMessagesFr]: string };

export const cliMessagesEn = {
  usage:
    "Usage: communs-sonar <command> [options]\n\n" +
    "Commands:\n" +
    "  validate <definition.json|edition>          check a definition\n" +
    "  score <edition|definition.json> <answers.json>  compute a result\n" +
    "  aggregate <edition|definition.json> <folder>    aggregate a team's answers\n\n" +
    "Options: --json (JSON output), --locale fr|en, --help, --version\n" +
    "Built-in editions: innovation, resilience\n" +
    "Exit codes: 0 valid, 1 invalid, 2 usage error",
  valid: "Valid definition: {edition} {version} ({questions} questions).",
  invalid: "{count} problem(s) in the definition:",
  unknownCommand: "Unknown command: {command}",
  missingArgument: "Missing argument: {name}",
  unreadable: "Cannot read {file}: {detail}",
  badJson: "Invalid JSON in {file}: {detail}",
  badAnswers: "{file}: answer ignored at {path} ({code})",
  badCode: "{file}: share code refused ({code})",
  style: "Style",
  confidence: "confidence",
  stage: "Stage",
  selfPlaced: "self-placement",
  fromAnswers: "from the answers",
  axes: "Axes",
  nextSteps: "Next steps",
  pitfalls: "Pitfalls to avoid",
  answered: "{answered} answered, {skipped} skipped",
  respondents: "{count} respondents",
  spread: "spread",
  mean: "mean",
  disagreement: "Where the team disagrees most",
  styles: "Styles",
  stages: "Stages",
  skippedFiles: "{count} file(s) skipped",
  verdictClear: "clear",
  verdictClose: "a lean, hybrid profile",
  verdictBalanced: "balanced profile",
  verdictNone: "not enough answers",
  none: "none",
  colon: ":",
} satisfies CliMessages;

/** Sentences for validation issue codes. */
export const issueSentences: Record<"fr" | "en", Record<string, string>> = {
  fr: {
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
  },
  en: {
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
  },
};

export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
