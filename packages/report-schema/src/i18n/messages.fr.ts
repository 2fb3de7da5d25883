/** French is the source of truth; messages.en.ts must have every key. `{name}` is a parameter. */
export const messagesFr = {
  whereDocument: "Dans le document",
  wherePointer: "À {pointer}",
  whereCell: "Feuille « {sheet} », ligne {row}, colonne {column}",
  whereCellHeader: "Feuille « {sheet} », ligne {row}, colonne {column} ({header})",
  whereSheet: "Feuille « {sheet} »",
  listSeparator: ", ",
  issues: {
    "invalid-json": [
      "le JSON est mal formé à la ligne {line}, colonne {column}",
      "corrigez la syntaxe (virgule, guillemet ou accolade manquant)",
    ],
    required: ["le champ obligatoire « {field} » manque", "ajoutez-le"],
    "invalid-type": [
      "la valeur « {value} » est de type {received} alors qu'un type {expected} est attendu",
      "remplacez-la par une valeur de type {expected}",
    ],
    "invalid-value": ["la valeur « {value} » n'est pas permise", "choisissez parmi : {allowed}"],
    "invalid-format": [
      "la valeur « {value} » n'a pas le format attendu ({format})",
      "respectez le format, par exemple 2018-11-22 pour une date ou https://… pour une adresse",
    ],
    "too-small": [
      "la valeur « {value} » est trop petite ou trop courte (minimum {minimum})",
      "donnez une valeur d'au moins {minimum}",
    ],
    "too-big": [
      "la valeur « {value} » est trop grande ou trop longue (maximum {maximum})",
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
    "unknown-pointer": [
      "le pointeur JSON « {pointer} » ne désigne aucune valeur du rapport",
      "corrigez le pointeur ; pour signaler une donnée que la source ne donne pas, utilisez une note de type « missing-data » qui pointe vers un champ prévu par le schéma",
    ],
    "missing-recommended": [
      "le champ recommandé « {field} » est absent",
      "ajoutez-le si la source le donne, sinon notez-le dans une note « missing-data »",
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
    "unreadable-xlsx": [
      "{reason}",
      "corrigez-le dans votre tableur et enregistrez-le de nouveau au format classeur Excel (.xlsx)",
    ],
  },
  severity: { error: "Erreur", warning: "Avertissement" },
  /** Headings of grouped issues, one per code, in words. */
  groups: {
    "invalid-json": "JSON mal formé",
    required: "Champs obligatoires manquants",
    "invalid-type": "Valeurs du mauvais type",
    "invalid-value": "Valeurs non permises",
    "invalid-format": "Valeurs au mauvais format",
    "too-small": "Valeurs trop petites ou trop courtes",
    "too-big": "Valeurs trop grandes ou trop longues",
    "unknown-field": "Champs inconnus",
    "unsupported-version": "Version de schéma inconnue",
    "outdated-version": "Ancienne version du schéma",
    "shares-sum": "Parts de cofinancement qui ne font pas 100 %",
    "date-order": "Dates dans le désordre",
    "page-order": "Pages du sommaire dans le désordre",
    "count-mismatch": "Nombres qui ne correspondent pas aux listes",
    "member-total-mismatch": "Total des adhérents différent de la somme des catégories",
    "category-count-mismatch": "Nombres d'adhérents différents des noms listés",
    "duplicate-id": "Identifiants en double",
    "unknown-reference": "Identifiants qui ne désignent rien",
    "unknown-pointer": "Pointeurs qui ne désignent aucune valeur",
    "missing-recommended": "Champs recommandés absents",
    "unknown-code": "Codes hors liste",
    "deprecated-field": "Champs obsolètes",
    "unknown-sheet": "Feuilles inconnues",
    "unknown-column": "Colonnes inconnues",
    "unknown-parent": "Lignes sans parent",
    "invalid-cell": "Cellules illisibles",
    "unreadable-xlsx": "Fichier XLSX illisible",
  },
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
  /** Why an XLSX file cannot be read: the `reason` of an `unreadable-xlsx` issue. */
  xlsx: {
    "not-zip": "le fichier n'est pas un classeur XLSX (ce n'est pas une archive ZIP lisible)",
    "damaged-part": "la partie {part} du classeur est abîmée",
    "no-workbook": "le fichier n'a pas de classeur ({part} manque)",
    "missing-part": "la partie {part} qui contient la feuille manque",
    "no-sheet-part": "le classeur ne dit pas où se trouve la feuille",
    "row-order": "la ligne numérotée « {row} » vient après la ligne {previous}",
    "bad-reference": "« {ref} » n'est pas une référence de cellule",
    "cell-order": "la cellule vient après {previous} dans sa ligne",
    "cell-type": "le type de cellule « {type} » est inconnu",
    "shared-string": "le texte partagé n° {index} n'existe pas (le fichier en a {count})",
    "not-boolean": "« {value} » n'est pas un booléen",
    "error-value": "la cellule affiche l'erreur {value} de sa formule",
    "not-number": "« {value} » n'est pas un nombre",
  },
} as const;

type Widen<T> = T extends string
  ? string
  : T extends readonly [string, string]
    ? readonly [string, string]
    : { readonly [K in keyof T]: Widen<T[K]> };
export type ReportSchemaMessages = Widen<typeof messagesFr>;
