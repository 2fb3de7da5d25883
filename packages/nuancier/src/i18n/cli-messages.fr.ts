/** The CLI's sentences. French is the source; `cli-messages.en.ts` must have every key. */
export const cliMessagesFr = {
  usage:
    "Utilisation : communs-nuancier <commande> [options]\n\n" +
    "Commandes :\n" +
    "  validate <fichier.json>             vérifie une extension (ou un nuancier entier)\n" +
    "  apply <extension.json>…             applique des extensions, dans l'ordre, et écrit le nuancier obtenu\n" +
    "  export --select <ids|lien>          exporte un parcours de formation\n\n" +
    "Options :\n" +
    "  --base <nuancier.json>   le nuancier de départ (par défaut celui de Communs)\n" +
    "  --overlay <fichier.json> (export) une extension à appliquer avant ; répétable\n" +
    "  --format md|csv|json     (export) le format, md par défaut\n" +
    "  --order as-selected|progressive, --max-hours <n>, --audience <id>   (export) les contraintes\n" +
    "  --out <fichier>          écrit dans un fichier plutôt que sur la sortie standard\n" +
    "  --locale fr|en           la langue des messages et des textes (autre langue : repli déclaré)\n" +
    "  --json                   compte rendu en JSON\n" +
    "  --help, --version\n\n" +
    "Codes de sortie : 0 correct, 1 données refusées, 2 erreur d'utilisation ou de fichier",
  validOverlay: {
    "=0": "Extension valide, sans modification.",
    one: "Extension valide : {count} modification.",
    other: "Extension valide : {count} modifications.",
  },
  validPalette:
    "Nuancier valide : {sectors} secteurs, {nuances} nuances, {formats} formats, {audiences} publics.",
  invalid: {
    one: "{file} : {count} problème.",
    other: "{file} : {count} problèmes.",
  },
  applied: {
    "=0": "{file} : aucune modification.",
    one: "{file} : {count} modification.",
    other: "{file} : {count} modifications.",
  },
  written: "Écrit dans {file}.",
  line: "  {pointer} : {sentence}",
  wholeDocument: "(le document entier)",
  selection: "--select",
  pathProblems: {
    one: "{count} problème dans le parcours :",
    other: "{count} problèmes dans le parcours :",
  },
  unknownCommand: "Commande inconnue : {command}",
  missingArgument: "Argument manquant : {name}",
  badOption: "Valeur refusée pour {option} : « {value} » (attendu : {expected}).",
  unreadable: "Impossible de lire {file} : {detail}",
  unwritable: "Impossible d'écrire {file} : {detail}",
  badJson: "JSON invalide dans {file} : {detail}",
} as const;
