/**
 * Codelists of the report schema. Codes are stable identifiers (never translated); labels come
 * in French and English. A closed codelist is enforced by the schema; an open one accepts any
 * kebab-case code and the validator warns about codes it does not know.
 */
export interface CodelistEntry {
  readonly fr: string;
  readonly en: string;
}

export const keyFigureFamilies = {
  achievements: { fr: "Réalisations", en: "Achievements" },
  resources: { fr: "Ressources", en: "Resources" },
  publications: { fr: "Publications", en: "Publications" },
  events: { fr: "Événements", en: "Events" },
  activity: { fr: "Activité de l'année", en: "Activity of the year" },
} as const satisfies Record<string, CodelistEntry>;

export const activityTypes = {
  interventions: { fr: "Interventions publiques et auditions", en: "Talks and hearings" },
  "foreign-delegations": { fr: "Délégations étrangères", en: "Foreign delegations" },
  instances: { fr: "Instances", en: "Boards and instances" },
  "discovery-days": { fr: "Journées découvertes", en: "Discovery days" },
  webinars: { fr: "Webinaires", en: "Webinars" },
  "lunch-debates": { fr: "Déjeuners-débats", en: "Lunch debates" },
  press: { fr: "Retours presse", en: "Press coverage" },
  "blog-posts": { fr: "Billets de blog", en: "Blog posts" },
  "study-trips": { fr: "Voyages d'étude", en: "Study trips" },
} as const satisfies Record<string, CodelistEntry>;

export const memberCategories = {
  "regions-and-associations": {
    fr: "Régions et associations d'élus",
    en: "Regions and associations of elected officials",
  },
  departments: { fr: "Départements", en: "Departments" },
  "state-services": {
    fr: "Services de l'État et établissements publics",
    en: "State services and public bodies",
  },
  "cities-and-metropolises": { fr: "Villes et métropoles", en: "Cities and metropolises" },
} as const satisfies Record<string, CodelistEntry>;

export const siteStatuses = {
  planned: { fr: "Prévu", en: "Planned" },
  ongoing: { fr: "En cours", en: "Ongoing" },
  completed: { fr: "Terminé", en: "Completed" },
} as const satisfies Record<string, CodelistEntry>;

export const partnerKinds = {
  institutional: { fr: "Partenaire institutionnel", en: "Institutional partner" },
  foundation: { fr: "Fondation", en: "Foundation" },
  agency: { fr: "Agence ou collectif", en: "Agency or collective" },
  freelance: { fr: "Indépendant", en: "Freelance" },
  network: { fr: "Réseau ou instance", en: "Network or board" },
} as const satisfies Record<string, CodelistEntry>;

export const creditRoles = {
  texts: { fr: "Textes", en: "Texts" },
  layout: { fr: "Mise en page", en: "Layout" },
  photos: { fr: "Photographies", en: "Photographs" },
} as const satisfies Record<string, CodelistEntry>;

export const figureQualifiers = {
  exact: { fr: "", en: "" },
  about: { fr: "environ", en: "about" },
  nearly: { fr: "près de", en: "nearly" },
  "more-than": { fr: "plus de", en: "more than" },
  several: { fr: "plusieurs", en: "several" },
  soon: { fr: "bientôt", en: "soon" },
} as const satisfies Record<string, CodelistEntry>;

export const noteKinds = {
  inconsistency: { fr: "Incohérence", en: "Inconsistency" },
  "spelling-variant": { fr: "Variante d'orthographe", en: "Spelling variant" },
  ambiguity: { fr: "Ambiguïté", en: "Ambiguity" },
  "missing-data": { fr: "Donnée absente", en: "Missing data" },
} as const satisfies Record<string, CodelistEntry>;

/**
 * What a key figure counts, as a stable code shared across years and labs: `compareReports`
 * lines figures up by it. `unit` is the unit the indicator is meant in; a figure in another unit
 * is shown as not comparable. Open: other kebab-case codes are accepted with a warning.
 */
export const indicators = {
  "annual-budget": { fr: "Budget annuel", en: "Annual budget", unit: "EUR" },
  "permanent-staff": { fr: "Équipe permanente", en: "Permanent staff", unit: "person" },
  "institutional-members": {
    fr: "Adhérents institutionnels",
    en: "Institutional members",
    unit: "count",
  },
  "individual-members": { fr: "Adhérents individuels", en: "Individual members", unit: "count" },
  "member-authorities": {
    fr: "Collectivités adhérentes",
    en: "Member local authorities",
    unit: "count",
  },
  "partner-authorities": {
    fr: "Collectivités et administrations partenaires",
    en: "Partner authorities and administrations",
    unit: "count",
  },
  "research-action-programmes": {
    fr: "Programmes de recherche-action",
    en: "Action-research programmes",
    unit: "count",
  },
  projects: { fr: "Projets menés", en: "Projects carried out", unit: "count" },
  residences: { fr: "Résidences conduites", en: "Residencies carried out", unit: "count" },
  "events-hosted": {
    fr: "Événements accueillis ou organisés",
    en: "Events hosted or organised",
    unit: "count",
  },
  "event-participants": {
    fr: "Participants aux événements",
    en: "Event participants",
    unit: "person",
  },
  "open-publications": {
    fr: "Outils et guides publiés en licence libre",
    en: "Tools and guides under an open licence",
    unit: "count",
  },
  books: { fr: "Ouvrages publiés", en: "Books published", unit: "count" },
  "public-interventions": { fr: "Interventions publiques", en: "Public talks", unit: "count" },
  "blog-posts": { fr: "Billets de blog", en: "Blog posts", unit: "count" },
} as const satisfies Record<string, CodelistEntry & { unit: string }>;

/** What kind of body publishes the report. Open. */
export const organisationKinds = {
  association: { fr: "Association", en: "Association" },
  "state-lab": { fr: "Laboratoire d'innovation de l'État", en: "Government innovation lab" },
  "regional-lab": { fr: "Laboratoire d'innovation régional", en: "Regional innovation lab" },
  "local-lab": {
    fr: "Laboratoire d'innovation d'une collectivité",
    en: "Local government innovation lab",
  },
  "public-body": { fr: "Établissement public", en: "Public body" },
} as const satisfies Record<string, CodelistEntry>;

/** Every codelist by name, with whether it is closed (only these codes are valid). */
export const codelists = {
  keyFigureFamily: { closed: true, codes: keyFigureFamilies },
  activityType: { closed: false, codes: activityTypes },
  memberCategory: { closed: true, codes: memberCategories },
  siteStatus: { closed: true, codes: siteStatuses },
  partnerKind: { closed: false, codes: partnerKinds },
  creditRole: { closed: false, codes: creditRoles },
  figureQualifier: { closed: true, codes: figureQualifiers },
  noteKind: { closed: true, codes: noteKinds },
  indicator: { closed: false, codes: indicators },
  organisationKind: { closed: false, codes: organisationKinds },
} as const;

export type CodelistName = keyof typeof codelists;

/** The label of a code in a codelist, or the code itself when the list does not know it. */
export function codeLabel(list: CodelistName, code: string, locale: "fr" | "en" = "fr"): string {
  const codes = codelists[list].codes as Record<string, CodelistEntry>;
  return codes[code]?.[locale] ?? code;
}

export function codesOf<Name extends CodelistName>(list: Name) {
  return Object.keys(codelists[list].codes) as (keyof (typeof codelists)[Name]["codes"] & string)[];
}
