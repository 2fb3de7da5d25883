/** Texts of report comparisons. French is the source of truth; `{name}` is a parameter. */
export const compareMessagesFr = {
  listSeparator: ", ",
  differentUnits: "unités différentes ({units}) : les valeurs ne se comparent pas telles quelles",
  missingValues: "pas de valeur pour l'année du rapport dans : {reports}",
  missingYears: "{organisation} : années manquantes dans la série ({years})",
  conflictingValues:
    "{organisation} : deux rapports donnent des valeurs différentes pour {year} ({values}) ; le plus récent est retenu",
  /** Units by their comparable code (see `normaliseUnit`); other units are shown as written. */
  units: { EUR: "euros", person: "personnes", count: "nombre", "%": "%" },
} as const;

export type CompareMessages = {
  readonly [K in keyof typeof compareMessagesFr]: K extends "units"
    ? { readonly [U in keyof (typeof compareMessagesFr)["units"]]: string }
    : string;
};
