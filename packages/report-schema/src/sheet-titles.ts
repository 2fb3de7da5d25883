/** Human column titles of the spreadsheet view, by field name, in French and English. */
export const fieldTitles: Record<string, readonly [fr: string, en: string]> = {
  parent: ["Rattachement", "Parent"],
  value: ["Valeur", "Value"],
  field: ["Champ", "Field"],
  label: ["Libellé", "Label"],
  id: ["Identifiant", "Identifier"],
  name: ["Nom", "Name"],
  title: ["Titre", "Title"],
  description: ["Description", "Description"],
  summary: ["Résumé", "Summary"],
  text: ["Texte", "Text"],
  url: ["Adresse web", "Web address"],
  website: ["Site web", "Website"],
  role: ["Rôle", "Role"],
  affiliation: ["Rattachement de la personne", "Affiliation"],
  discipline: ["Discipline", "Discipline"],
  family: ["Famille", "Family"],
  valueMax: ["Valeur maximale", "Maximum value"],
  qualifier: ["Précision", "Qualifier"],
  unit: ["Unité", "Unit"],
  periodStart: ["Début de période", "Period start"],
  periodEnd: ["Fin de période", "Period end"],
  programmeId: ["Programme", "Programme"],
  startYear: ["Année de début", "Start year"],
  endYear: ["Année de fin", "End year"],
  startDate: ["Date de début", "Start date"],
  endDate: ["Date de fin", "End date"],
  date: ["Date", "Date"],
  budget: ["Budget", "Budget"],
  amount: ["Montant", "Amount"],
  currency: ["Devise", "Currency"],
  sharePercent: ["Part (%)", "Share (%)"],
  authority: ["Collectivité", "Local authority"],
  status: ["Statut", "Status"],
  place: ["Lieu", "Place"],
  organiser: ["Organisateur", "Organiser"],
  type: ["Type", "Type"],
  count: ["Nombre", "Count"],
  entriesComplete: ["Liste exhaustive", "Complete list"],
  category: ["Catégorie", "Category"],
  declaredCount: ["Nombre annoncé", "Stated count"],
  kind: ["Nature", "Kind"],
  destination: ["Destination", "Destination"],
  year: ["Année", "Year"],
  source: ["Source", "Source"],
  when: ["Quand", "When"],
  pageStart: ["Page de début", "First page"],
  pageEnd: ["Page de fin", "Last page"],
  schemaVersion: ["Version du schéma", "Schema version"],
  language: ["Langue", "Language"],
  license: ["Licence", "Licence"],
  organisation: ["Organisation", "Organisation"],
  report: ["Rapport", "Report"],
  legalForm: ["Forme juridique", "Legal form"],
  foundedYear: ["Année de création", "Year founded"],
  printedDate: ["Date imprimée", "Printed date"],
  publishedDate: ["Date de publication", "Publication date"],
  edition: ["Édition", "Edition"],
  acknowledgements: ["Remerciements", "Acknowledgements"],
  governance: ["Gouvernance", "Governance"],
  legalRepresentativesCount: ["Nombre de représentants légaux", "Number of legal representatives"],
  members: ["Adhérents", "Members"],
  institutionalDeclared: ["Adhérents institutionnels annoncés", "Stated institutional members"],
  individualDeclared: ["Adhérents individuels annoncés", "Stated individual members"],
  indicator: ["Indicateur", "Indicator"],
  accessed: ["Consulté le", "Accessed"],
  country: ["Pays", "Country"],
  closedYear: ["Année de fermeture", "Year closed"],
  foreword: ["Éditorial", "Foreword"],
};

const reverse = new Map<string, string>();
for (const [key, [fr, en]] of Object.entries(fieldTitles)) {
  reverse.set(fr.toLowerCase(), key);
  reverse.set(en.toLowerCase(), key);
}

const SEPARATOR = " › ";

/** The human title of a field path (`budget/amount` → `Budget › Montant`). */
export function titleOf(path: string, locale: "fr" | "en"): string {
  return path
    .split("/")
    .map((key) => fieldTitles[key]?.[locale === "fr" ? 0 : 1] ?? key)
    .join(SEPARATOR);
}

/** The field path of a column title in either language, or of a raw path; undefined when unknown. */
export function pathOfTitle(title: string): string | undefined {
  const parts = title.split(/\s*[›>]\s*|\//).map((part) => part.trim());
  const keys = parts.map(
    (part) =>
      reverse.get(part.toLowerCase()) ?? (/^[A-Za-z$][A-Za-z0-9]*$/.test(part) ? part : undefined),
  );
  return keys.every((key) => key !== undefined) ? keys.join("/") : undefined;
}
