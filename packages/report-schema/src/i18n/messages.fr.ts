/** French is the source of truth; messages.en.ts must have every key. `{name}` is a parameter. */
export const messagesFr = {
  whereDocument: "Dans le document",
  wherePointer: "À {pointer}",
  whereCell: "Feuille « {sheet} », ligne {row}, colonne {column}",
  whereCellHeader: "Feuille « {sheet} », ligne {row}, colonne {column} ({header})",
  listSeparator: ", ",
  issues: {
    "invalid-json": [
      "le JSON est mal formé à la ligne {line}, colonne {column}",
      "corrigez la syntaxe (virgule, guillemet ou accolade manquant)",
    ],
    required: ["le champ obligatoire « {field} » manque", "ajoutez-le"],
    "invalid-type": [
      "la valeur est de type {received} alors qu'un type {expected} est attendu",
      "remplacez-la par une valeur de type {expected}",
    ],
    "invalid-value": ["la valeur n'est pas permise", "choisissez parmi : {allowed}"],
    "invalid-format": [
      "la valeur n'a pas le format attendu ({format})",
      "respectez le format, par exemple 2018-11-22 pour une date ou https://… pour une adresse",
    ],
    "too-small": [
      "la valeur est trop petite ou trop courte (minimum {minimum})",
      "donnez une valeur d'au moins {minimum}",
    ],
    "too-big": [
      "la valeur est trop grande ou trop longue (maximum {maximum})",
      "donnez une valeur d'au plus {maximum}",
    ],
    "unknown-field": ["champ inconnu : {fields}", "vérifiez l'orthographe ou supprimez-le"],
    "unsupported-version": [
      "la version de schéma {found} est inconnue",
      "utilisez l'une de ces versions : {supported}",
    ],
    "outdated-version": [
      "le fichier suit l'ancienne version {found} du schéma",
      "convertissez-le avec « communs-report migrate » vers la version {expected}",
    ],
    "shares-sum": [
      "les parts de cofinancement totalisent {sum} % au lieu de 100 %",
      "corrigez les parts pour que leur somme fasse 100",
    ],
    "date-order": [
      "« {endField} » ({end}) précède « {startField} » ({start})",
      "remettez les dates dans l'ordre",
    ],
    "page-order": [
      "la page {page} n'est pas après la page {previous} de la section précédente",
      "vérifiez les numéros de page du sommaire",
    ],
    "count-mismatch": [
      "le nombre annoncé ({count}) ne correspond pas aux {itemised} éléments détaillés",
      "corrigez le nombre, complétez la liste, ou indiquez que la liste n'est pas exhaustive (entriesComplete: false)",
    ],
    "member-total-mismatch": [
      "le total annoncé ({declared}) diffère de la somme des catégories ({sum})",
      "corrigez le total ou les nombres par catégorie",
    ],
    "category-count-mismatch": [
      "le nombre annoncé ({declared}) diffère des {listed} noms listés",
      "corrigez le nombre ou la liste",
    ],
    "duplicate-id": [
      "l'identifiant « {id} » est déjà utilisé en {first}",
      "donnez un identifiant unique",
    ],
    "unknown-reference": [
      "l'identifiant « {id} » ne désigne aucun élément",
      "corrigez la référence",
    ],
    "unknown-code": [
      "le code « {code} » n'est pas dans la liste {codelist}",
      "vérifiez le code ; la liste est ouverte, ce n'est donc qu'un avertissement",
    ],
    "deprecated-field": [
      "ce champ est obsolète depuis la version {since}",
      "utilisez {replacement} à la place",
    ],
    "unknown-sheet": ["la feuille « {sheet} » n'est pas connue", "renommez-la ou supprimez-la"],
    "unknown-column": [
      "la colonne « {header} » n'est pas connue",
      "renommez-la comme dans le modèle ou supprimez-la",
    ],
    "unknown-parent": [
      "la ligne renvoie à « {parent} », qui n'existe pas",
      "corrigez la colonne de rattachement",
    ],
    "invalid-cell": ["la cellule « {value} » n'est pas un {expected}", "saisissez un {expected}"],
  },
  severity: { error: "Erreur", warning: "Avertissement" },
  types: {
    string: "texte",
    number: "nombre",
    integer: "nombre entier",
    boolean: "booléen (vrai/faux)",
    object: "objet",
    array: "liste",
    null: "null",
    undefined: "vide",
  },
} as const;

type Widen<T> = T extends string
  ? string
  : T extends readonly [string, string]
    ? readonly [string, string]
    : { readonly [K in keyof T]: Widen<T[K]> };
export type ReportSchemaMessages = Widen<typeof messagesFr>;
