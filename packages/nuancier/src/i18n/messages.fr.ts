/**
 * The engine's sentences for exports and path reasons. French is the source of truth;
 * `messages.en.ts` must have every key (a missing one fails the build). `{x}` are parameters.
 */
export const exportMessagesFr = {
  title: "Parcours de formation",
  total: "Durée totale : {duration}",
  stepLine: "{position}. **{nuance}** ({sector}, {kind}) — {format}, {duration}",
  why: "Pourquoi : {reason}",
  hours: "{min} h",
  hoursRange: "{min} à {max} h",
  column: {
    step: "Étape",
    sector: "Secteur",
    nuance: "Nuance",
    kind: "Nature",
    format: "Format",
    minHours: "Heures (min.)",
    maxHours: "Heures (max.)",
    why: "Pourquoi",
    credit: "Crédits",
  },
  kinds: { being: "être", doing: "faire", acting: "agir" },
  /** Credit of the palette's own texts. */
  paletteCredit: "{title}. Contenu sous licence {licence}. {attribution}",
  /** Credit of texts an overlay brought: which texts, by whom, under which licence. */
  contributionCredit: "{texts} : {attribution} Licence {licence}.",
  contributionCreditNoLicence: "{texts} : {attribution} Licence non précisée.",
  contributionBy: "Textes de {name}.",
  contributionAnonymous: "Textes d'une extension sans auteur déclaré.",
  shortCredit: "{name} ({licence})",
  shortCreditNoLicence: "{name} (licence non précisée)",
  /** Problems of a built path (`TrainingPath.issues`). */
  pathIssue: {
    "unknown-nuance": "La nuance « {id} » n'existe pas dans ce nuancier.",
    "duplicate-nuance": "La nuance « {id} » est déjà dans le parcours.",
    "no-suitable-format": "Aucun format ne convient à « {id} » avec ces contraintes.",
    "over-budget": "Le parcours dure au moins {hours} h, plus que le budget de {maxHours} h.",
  },
  /** What a share code or link could not say (`decodeSelection(…).issues`). */
  shareIssue: {
    "invalid-link": "Ce lien ne contient pas de parcours.",
    "invalid-id": "« {id} » n'est pas un identifiant valable.",
    "unknown-nuance": "La nuance « {id} » n'existe pas dans ce nuancier.",
    "invalid-value": "Valeur non reconnue : « {value} ».",
    "invalid-number": "Nombre illisible : « {value} ».",
  },
  reason: {
    "order-as-selected": "À la place choisie (n° {position}).",
    "order-progressive": "Progression être → faire → agir : une nuance pour {kind}.",
    "format-preferred": "{format} : un format que vous préférez.",
    "format-fits-budget": "{format} tient dans les {remainingHours} h restantes.",
    "format-fits-group": "{format} convient à un groupe de {groupSize}.",
    "format-varies": "{format} varie les façons d'apprendre.",
    "format-shortest": "{format} : le format adapté le plus court.",
    "audience-outside": "Attention : pas d'abord pensée pour {audience}.",
  },
} as const;

type Widen<T> = T extends string ? string : { [Key in keyof T]: Widen<T[Key]> };
export type ExportMessages = Widen<typeof exportMessagesFr>;

/** What an overlay did or why it was refused, for the CLI and UIs (`ExtensionReport`). */
export const overlayMessagesFr = {
  change: {
    added: "Ajout dans {collection} : « {id} »",
    changed: "Modification de « {id} » ({collection}), champ {field}",
    replaced: "Remplacement de « {id} » ({collection})",
    removed: "Retrait de « {id} » ({collection})",
  },
  collection: {
    sectors: "secteurs",
    nuances: "nuances",
    formats: "formats",
    audiences: "publics",
  },
  issue: {
    "unknown-field": "Champ inconnu « {field} ».",
    "invalid-type": "Type attendu : {expected}.",
    "invalid-value": "Valeur non permise ; valeurs possibles : {allowed}.",
    "invalid-format": "Format incorrect.",
    "invalid-locale": "« {field} » n'est pas une étiquette de langue (par exemple fr, en, br, de).",
    "too-small": "Il en faut au moins {minimum}.",
    "min-above-max": "Le minimum dépasse le maximum.",
    "duplicate-id": "L'identifiant « {id} » existe déjà dans {collection}.",
    "unknown-id": "« {id} » n'existe pas dans {collection} : rien à modifier.",
    "unknown-reference": "« {id} » n'existe pas dans {collection}.",
    "not-in-list": "« {id} » n'est pas dans la liste {field} : rien à retirer.",
    "already-in-list": "« {id} » est déjà dans la liste {field}.",
    "unknown-position":
      "La liste {field} n'a pas de position {position} : elle compte {length} éléments, numérotés à partir de 0.",
    "still-referenced":
      "« {id} » ne peut pas être retiré : des nuances y sont encore rattachées ({by}). Retirez-les aussi ou rattachez-les ailleurs.",
    "removal-empties-list":
      "Ce retrait laisse la nuance « {id} » sans rien dans {field} : ajoutez-lui-en un autre.",
    "indistinguishable-sector":
      "Le secteur « {id} » a le même numéro ({code}) et le même motif ({pattern}) que « {other} » : seule la couleur les distinguerait. Changez le numéro ou le motif.",
    invalid: "Valeur incorrecte.",
  },
} as const;

export type OverlayMessages = Widen<typeof overlayMessagesFr>;
