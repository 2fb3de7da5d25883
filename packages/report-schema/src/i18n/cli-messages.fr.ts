/** Texts of the communs-report CLI. French is the source of truth; `{name}` is a parameter. */
export const cliMessagesFr = {
  usage: `Usage : communs-report <commande> [options]

Commandes :
  validate <fichiers…>                                       valide des rapports (JSON, XLSX ou dossier CSV)
  stats <fichier>                                            compte ce que contient un rapport
  to-sheets <fichier> --out <dossier|fichier.xlsx>           exporte en feuilles CSV ou en classeur XLSX
  from-sheets <dossier|fichier.xlsx> --out <fichier.json>    relit des feuilles en rapport JSON
  migrate <fichier> [--to <version>] [--out <fichier>]       convertit vers une autre version du schéma
  jsonld <fichier> [--out <fichier>]                         exporte en JSON-LD (schema.org)
  key-figures <fichier> [--out <fichier.csv>]                exporte les chiffres clés en CSV
  compare <fichiers…>                                        compare des rapports (années ou labos)

Options :
  --locale fr|en       langue des messages (sinon LANG, puis le français ; --lang aussi accepté)
  --json               sortie JSON pour les programmes (ou --format json) ; rien sur stderr
  --out, -o <chemin>   fichier ou dossier à écrire
  --help, --version

Codes de sortie : 0 valide, 1 invalide, 2 erreur d'usage ou fichier illisible.`,
  valid: "valide",
  invalid: "invalide",
  errors: { one: "{count} erreur", other: "{count} erreurs" },
  warnings: { one: "{count} avertissement", other: "{count} avertissements" },
  times: "({count} fois)",
  unreadable: "Impossible de lire {file} : {reason}",
  needsOut: "l'option --out est obligatoire",
  sameFile: "refus d'écrire par-dessus le fichier d'entrée",
  unknownCommand: "commande inconnue : {name}",
  needsFile: "indiquez un fichier",
  wrote: "Écrit : {file}",
  unknownVersion: "version inconnue : {version} (connues : {known})",
  badOption: "{option} {value} : valeurs possibles {expected}",
  validating: "validation de {file}",
  comparing: "comparaison",
  step: "[{index}/{total}] {text}…",
  needsTwo: "indiquez au moins deux rapports à comparer",
  comparisonTitle: "Comparaison de {count} rapports",
  notComparableTitle: "Ce qui ne se compare pas :",
  unmatched: {
    one: "{report} : {count} chiffre clé sans indicateur, non alignable",
    other: "{report} : {count} chiffres clés sans indicateur, non alignables",
  },
  indicatorHeader: "Indicateur",
  unitHeader: "Unité",
} as const;
