// The resilience edition, authored here: `npm run build` writes editions/resilience.json from it and a
// test checks that the committed JSON is what this file gives. Content: our own writing,
// CC BY-SA 4.0, after La 27e Région's public work (see the README's licence section).
import type * as Sonar from "../types";
import { concept, option, selfPlacementOptions, stage, t } from "./authoring";

const F = "flexibility";
const A = "anticipation";
const O = "openness";

const axes: Sonar.Axis[] = [
  {
    id: F,
    label: t("Souplesse", "Flexibility"),
    low: t(
      "Une organisation stable, qui change lentement",
      "A stable organisation that changes slowly",
    ),
    high: t(
      "Polyvalence, modularité, amélioration continue",
      "Versatility, modularity, continuous improvement",
    ),
  },
  {
    id: A,
    label: t("Anticipation", "Anticipation"),
    low: t("On traite les crises quand elles arrivent", "Crises are handled when they come"),
    high: t(
      "On anticipe les répercussions sur tout le territoire",
      "Repercussions across the whole area are anticipated",
    ),
  },
  {
    id: O,
    label: t("Ouverture", "Openness"),
    low: t("L'administration agit seule", "The administration acts alone"),
    high: t(
      "L'action publique s'élargit à la société civile et aux communs",
      "Public action widens to civil society and the commons",
    ),
  },
];

const questions: Sonar.Question[] = [
  {
    id: "shock",
    kind: "single",
    prompt: t(
      "Une crise survient du jour au lendemain. Votre administration…",
      "A crisis hits overnight. Your administration…",
    ),
    options: [
      option(
        "reassign",
        "réaffecte vite les équipes là où il faut",
        "quickly reassigns teams where needed",
        { [F]: 2 },
        { absorption: 1 },
      ),
      option(
        "scenario",
        "ressort les scénarios préparés",
        "pulls out the scenarios it prepared",
        { [A]: 2 },
        { adaptation: 1 },
      ),
      option(
        "mobilise",
        "s'appuie sur les associations et les habitants",
        "relies on associations and residents",
        { [O]: 2 },
        { absorption: 1 },
      ),
      option("freeze", "attend des consignes", "waits for instructions", undefined, { alerte: 1 }),
    ],
  },
  {
    id: "roles",
    kind: "scale",
    min: 1,
    max: 5,
    prompt: t(
      "Les agents peuvent-ils changer de mission en cas de besoin ?",
      "Can officers switch tasks when needed?",
    ),
    minLabel: t("très difficilement", "with great difficulty"),
    maxLabel: t("très facilement", "very easily"),
    weights: { [F]: 2 },
  },
  {
    id: "indicators",
    kind: "scale",
    min: 1,
    max: 5,
    prompt: t(
      "Suivez-vous des indicateurs de bien-être, de lien social ou de carbone ?",
      "Do you track well-being, social ties or carbon indicators?",
    ),
    minLabel: t("jamais", "never"),
    maxLabel: t("régulièrement", "regularly"),
    weights: { [A]: 2 },
  },
  {
    id: "commons-partners",
    kind: "scale",
    min: 1,
    max: 5,
    prompt: t(
      "Gérez-vous des ressources en partenariat avec des collectifs d'habitants ?",
      "Do you manage resources in partnership with residents' groups?",
    ),
    minLabel: t("jamais", "never"),
    maxLabel: t("souvent", "often"),
    weights: { [O]: 2 },
  },
  {
    id: "motto",
    kind: "single",
    prompt: t("Quelle devise vous ressemble le plus ?", "Which motto fits you best?"),
    options: [
      option("beta", "« Toujours en version bêta »", "“Always in beta”", { [F]: 2 }),
      option("foresee", "« Gouverner, c'est prévoir »", "“To govern is to foresee”", { [A]: 2 }),
      option(
        "together",
        "« Faire avec plutôt que faire pour »",
        "“Doing with rather than doing for”",
        { [O]: 2 },
      ),
    ],
  },
  {
    id: "fears",
    kind: "multiple",
    max: 2,
    prompt: t(
      "Qu'est-ce qui vous inquiète le plus ? (deux au plus)",
      "What worries you most? (two at most)",
    ),
    options: [
      option(
        "dispersion",
        "Nous disperser et perdre le sens politique",
        "Scattering ourselves and losing political meaning",
        { [F]: 1 },
      ),
      option("paralysis", "Être paralysés par la complexité", "Being paralysed by complexity", {
        [A]: 1,
      }),
      option(
        "uberisation",
        "Être remplacés par des plateformes privées",
        "Being replaced by private platforms",
        { [O]: 1 },
      ),
      option("burnout", "L'épuisement des équipes", "Teams burning out", undefined, {
        absorption: 1,
      }),
    ],
  },
  {
    id: "after-crisis",
    kind: "single",
    prompt: t(
      "Après la dernière crise, qu'avez-vous fait ?",
      "After the last crisis, what did you do?",
    ),
    options: [
      option(
        "nothing",
        "Nous sommes revenus comme avant",
        "We went back to how things were",
        undefined,
        { alerte: 1 },
      ),
      option(
        "debrief",
        "Un retour d'expérience partagé",
        "A shared review of what happened",
        { [A]: 1 },
        { apprentissage: 1 },
      ),
      option(
        "kept",
        "Nous avons gardé ce qui avait marché",
        "We kept what had worked",
        { [F]: 1 },
        { adaptation: 1 },
      ),
      option(
        "rethink",
        "Nous avons revu nos missions en profondeur",
        "We rethought our missions in depth",
        { [A]: 1, [O]: 1 },
        { transformation: 1 },
      ),
    ],
  },
  {
    id: "debrief-who",
    kind: "multiple",
    max: 3,
    when: 'after-crisis = "debrief" or after-crisis = "rethink"',
    prompt: t(
      "Qui a participé à ce retour ? (trois au plus)",
      "Who took part in that review? (three at most)",
    ),
    options: [
      option("front-line", "Les agents de terrain", "Front-line officers", { [F]: 1 }),
      option("partners-who", "Les partenaires du territoire", "Partners in the area", { [A]: 1 }),
      option("residents", "Les habitants", "Residents", { [O]: 2 }),
      option("elected-who", "Les élus", "Elected officials"),
    ],
  },
  {
    id: "priorities",
    kind: "ranking",
    prompt: t(
      "Classez ces capacités selon leur importance pour vous.",
      "Rank these capacities by how much they matter to you.",
    ),
    options: [
      option("adapt", "S'adapter vite", "Adapting fast", { [F]: 2 }),
      option("anticipate", "Voir venir", "Seeing things coming", { [A]: 2 }),
      option("rally", "Rassembler largement", "Rallying widely", { [O]: 2 }),
    ],
  },
  {
    id: "platforms",
    kind: "single",
    prompt: t(
      "Une plateforme privée propose de gérer un service à votre place.",
      "A private platform offers to run a service for you.",
    ),
    options: [
      option(
        "regulate",
        "Nous posons des règles et restons arbitres",
        "We set rules and remain the referee",
        { [O]: 1, [A]: 1 },
      ),
      option("build-own", "Nous construisons notre propre outil", "We build our own tool", {
        [F]: 1,
      }),
      option(
        "commons-alt",
        "Nous soutenons une alternative en commun",
        "We back a commons-based alternative",
        { [O]: 2 },
      ),
      option("accept", "Nous acceptons si c'est moins cher", "We accept if it is cheaper"),
    ],
  },
  {
    id: "planning",
    kind: "scale",
    min: 1,
    max: 5,
    prompt: t("À quel horizon vos plans regardent-ils ?", "How far ahead do your plans look?"),
    minLabel: t("l'année", "the year"),
    maxLabel: t("la génération", "the generation"),
    weights: { [A]: 2, [F]: -1 },
  },
  {
    id: "experiment",
    kind: "scale",
    min: 1,
    max: 5,
    prompt: t(
      "Testez-vous de nouvelles façons de faire en continu ?",
      "Do you test new ways of working continuously?",
    ),
    minLabel: t("rarement", "rarely"),
    maxLabel: t("en permanence", "all the time"),
    weights: { [F]: 2 },
  },
  {
    id: "role-admin",
    kind: "single",
    prompt: t(
      "Le rôle idéal de l'administration en temps de crise ?",
      "The ideal role of the administration in a crisis?",
    ),
    options: [
      option("operator", "Opératrice qui agit vite", "An operator that acts fast", { [F]: 2 }),
      option("strategist", "Stratège qui voit l'ensemble", "A strategist who sees the whole", {
        [A]: 2,
      }),
      option("coach", "Coach et arbitre des initiatives", "A coach and referee of initiatives", {
        [O]: 2,
      }),
    ],
  },
  {
    id: "self-place",
    kind: "single",
    selfPlacement: true,
    prompt: t(
      "Où en est votre administration face aux chocs ?",
      "Where does your administration stand in the face of shocks?",
    ),
    options: selfPlacementOptions([
      [
        "alerte",
        "Alerte : nous prenons conscience des fragilités",
        "Alert: we are becoming aware of weaknesses",
      ],
      [
        "absorption",
        "Absorption : nous encaissons les chocs",
        "Absorption: we are taking the blows",
      ],
      [
        "adaptation",
        "Adaptation : nous ajustons nos façons de faire",
        "Adaptation: we are adjusting how we work",
      ],
      [
        "apprentissage",
        "Apprentissage : nous tirons les leçons",
        "Learning: we are drawing lessons",
      ],
      [
        "transformation",
        "Transformation : nous changeons en profondeur",
        "Transformation: we are changing in depth",
      ],
    ]),
  },
  {
    id: "spontaneous",
    kind: "single",
    prompt: t(
      "Pendant une crise, des agents prennent des initiatives spontanées. Vous…",
      "During a crisis, officers take spontaneous initiatives. You…",
    ),
    options: [
      option(
        "encourage",
        "les encouragez et les gardez ensuite",
        "encourage them and keep them afterwards",
        { [F]: 1, [O]: 1 },
        { apprentissage: 1 },
      ),
      option(
        "tolerate",
        "les tolérez le temps de la crise",
        "tolerate them for the time of the crisis",
        { [F]: 1 },
        { absorption: 1 },
      ),
      option(
        "frame",
        "les encadrez par des procédures",
        "frame them with procedures",
        { [A]: 1 },
        { adaptation: 1 },
      ),
    ],
  },
];

const stages: Sonar.Stage[] = [
  stage(
    "alerte",
    1,
    ["Alerte", "Alert"],
    ["Les fragilités deviennent visibles.", "Weaknesses become visible."],
    {
      signals: [["Une crise récente a révélé des failles.", "A recent crisis revealed gaps."]],
      pitfalls: [
        [
          "Revenir comme avant dès que la pression baisse.",
          "Going back to how things were as soon as pressure drops.",
        ],
      ],
      remedies: [["Noter à chaud ce qui a manqué.", "Write down straight away what was missing."]],
    },
  ),
  stage(
    "absorption",
    2,
    ["Absorption", "Absorption"],
    [
      "Tenir le choc et assurer la continuité.",
      "Withstanding the shock and keeping services running.",
    ],
    {
      signals: [["Les équipes se réorganisent dans l'urgence.", "Teams reorganise in a hurry."]],
      pitfalls: [
        [
          "Épuiser les équipes en comptant sur leur dévouement.",
          "Wearing teams out by relying on their dedication.",
        ],
      ],
      remedies: [
        [
          "Organiser des relèves et reconnaître l'effort.",
          "Organise relief shifts and acknowledge the effort.",
        ],
      ],
    },
  ),
  stage(
    "adaptation",
    3,
    ["Adaptation", "Adaptation"],
    ["Ajuster durablement les façons de faire.", "Lastingly adjusting how work is done."],
    {
      signals: [
        [
          "Des pratiques nées de la crise sont conservées.",
          "Practices born in the crisis are kept.",
        ],
      ],
      pitfalls: [
        [
          "La dispersion : changer tout le temps sans cap politique.",
          "Dispersion: changing all the time with no political course.",
        ],
      ],
      remedies: [
        [
          "Relier chaque ajustement au sens de la mission.",
          "Link each adjustment to the purpose of the mission.",
        ],
      ],
    },
  ),
  stage(
    "apprentissage",
    4,
    ["Apprentissage", "Learning"],
    [
      "Tirer collectivement les leçons et les partager.",
      "Drawing lessons together and sharing them.",
    ],
    {
      signals: [
        [
          "Des retours d'expérience associent agents et partenaires.",
          "Reviews bring officers and partners together.",
        ],
      ],
      pitfalls: [
        ["Des retours d'expérience rangés dans un tiroir.", "Reviews filed away in a drawer."],
      ],
      remedies: [
        ["Transformer chaque leçon en décision datée.", "Turn each lesson into a dated decision."],
      ],
    },
  ),
  stage(
    "transformation",
    5,
    ["Transformation", "Transformation"],
    [
      "Revoir missions, indicateurs et alliances.",
      "Rethinking missions, indicators and alliances.",
    ],
    {
      signals: [
        [
          "De nouveaux indicateurs de bien-être guident les choix.",
          "New well-being indicators guide choices.",
        ],
      ],
      pitfalls: [
        [
          "La paralysie devant la complexité du système.",
          "Paralysis in the face of the system's complexity.",
        ],
      ],
      remedies: [
        [
          "Avancer par essais, en gardant une vue d'ensemble.",
          "Move by trials while keeping an overview.",
        ],
      ],
    },
  ),
];

const styles: Sonar.Style[] = [
  {
    id: "gymnast",
    label: t("Administration gymnaste", "Gymnast administration"),
    summary: t(
      "Un système souple : polyvalence, modularité, amélioration continue, « bêta perpétuelle ».",
      "A flexible system: versatility, modularity, continuous improvement, “perpetual beta”.",
    ),
    strength: t(
      "Elle se réorganise vite et absorbe les chocs.",
      "It reorganises fast and absorbs shocks.",
    ),
    weakSpot: t(
      "La dispersion et la perte du sens politique.",
      "Dispersion and the loss of political meaning.",
    ),
    profile: { [F]: 0.85, [A]: 0.35, [O]: 0.4 },
  },
  {
    id: "systemic",
    label: t("Administration systémique", "Systemic administration"),
    summary: t(
      "Elle anticipe les répercussions sur tout le système territorial, avec de nouveaux indicateurs de bien-être, de lien social ou de carbone.",
      "It anticipates repercussions across the whole territorial system, with new well-being, social-tie or carbon indicators.",
    ),
    strength: t(
      "Elle voit venir et pense les effets en chaîne.",
      "It sees things coming and thinks through knock-on effects.",
    ),
    weakSpot: t("La paralysie devant la complexité.", "Paralysis in the face of complexity."),
    profile: { [F]: 0.35, [A]: 0.85, [O]: 0.4 },
  },
  {
    id: "big-community",
    label: t("Administration « big community »", "“Big community” administration"),
    summary: t(
      "Elle élargit l'action publique à la société civile et aux communs, en coach et arbitre.",
      "It widens public action to civil society and the commons, as coach and referee.",
    ),
    strength: t(
      "Elle mobilise largement et partage le pouvoir d'agir.",
      "It rallies widely and shares the power to act.",
    ),
    weakSpot: t(
      "L'ubérisation par des plateformes privées et une régulation affaiblie.",
      "Uberisation by private platforms and weakened regulation.",
    ),
    profile: { [F]: 0.4, [A]: 0.35, [O]: 0.85 },
  },
  {
    id: "composite",
    hybrid: true,
    label: t("Composite", "Composite"),
    summary: t(
      "Aucune figure ne domine : vous combinez plusieurs ressorts de résilience.",
      "No figure dominates: you combine several springs of resilience.",
    ),
    strength: t(
      "Plusieurs ressorts à la fois, selon les crises.",
      "Several springs at once, depending on the crisis.",
    ),
    weakSpot: t(
      "Ne savoir lequel activer quand le choc arrive.",
      "Not knowing which one to pull when the shock comes.",
    ),
    profile: {},
  },
];

const families: Sonar.ConceptFamily[] = [
  { id: "capacities", label: t("Capacités", "Capacities") },
  { id: "alliances", label: t("Alliances", "Alliances") },
];
const concepts: Sonar.Concept[] = [
  concept(
    "perpetual-beta",
    "capacities",
    ["Bêta perpétuelle", "Perpetual beta"],
    [
      "Un service jamais figé, toujours en amélioration.",
      "A service never frozen, always improving.",
    ],
  ),
  concept(
    "subsidiarity",
    "capacities",
    ["Subsidiarité", "Subsidiarity"],
    [
      "Laisser décider au plus près du terrain.",
      "Letting decisions be made closest to the ground.",
    ],
  ),
  concept(
    "micro-mobility",
    "capacities",
    ["Micro-mobilité professionnelle", "Professional micro-mobility"],
    [
      "Changer de mission pour un temps, sans changer de poste.",
      "Switching tasks for a while without changing jobs.",
    ],
  ),
  concept(
    "wellbeing-indicators",
    "capacities",
    ["Indicateurs de bien-être", "Well-being indicators"],
    ["Mesurer ce qui compte au-delà du budget.", "Measuring what counts beyond the budget."],
  ),
  concept(
    "public-commons",
    "alliances",
    ["Partenariat public-communs", "Public-commons partnership"],
    [
      "Une ressource gérée avec un collectif d'habitants.",
      "A resource managed with a residents' group.",
    ],
  ),
  concept(
    "coach-referee",
    "alliances",
    ["Administration coach et arbitre", "Coach-and-referee administration"],
    [
      "Soutenir les initiatives et en fixer les règles.",
      "Supporting initiatives and setting their rules.",
    ],
  ),
];
const policyCycle: Sonar.PolicyCycleStep[] = [
  {
    id: "prepare",
    order: 1,
    position: "upstream",
    label: t("Se préparer", "Preparing"),
    text: t("Imaginer les chocs possibles.", "Imagine possible shocks."),
  },
  {
    id: "respond",
    order: 2,
    position: "downstream",
    label: t("Réagir", "Responding"),
    text: t("Agir pendant la crise.", "Act during the crisis."),
  },
  {
    id: "review",
    order: 3,
    position: "downstream",
    label: t("Revenir sur l'expérience", "Reviewing"),
    text: t("Apprendre après coup.", "Learn afterwards."),
  },
];
const bands: Sonar.ResultBand[] = [
  {
    id: "low",
    min: 0,
    max: 0.34,
    label: t("Faible", "Low"),
    text: t("Ce ressort est peu présent.", "This spring is little present."),
  },
  {
    id: "medium",
    min: 0.34,
    max: 0.67,
    label: t("Moyen", "Medium"),
    text: t("Ce ressort compte, sans dominer.", "This spring counts, without dominating."),
  },
  {
    id: "high",
    min: 0.67,
    max: 1,
    label: t("Fort", "High"),
    text: t("Ce ressort marque nettement vos réponses.", "This spring clearly marks your answers."),
  },
];

export const resilience: Sonar.SonarDefinition = {
  format: 1,
  edition: {
    id: "resilience",
    version: "1.0.0",
    licence: "CC-BY-SA-4.0",
    locales: ["fr", "en"],
    title: t(
      "Sonar résilience : quelle administration résiliente êtes-vous ?",
      "Sonar resilience: what kind of resilient administration are you?",
    ),
    intro: t(
      "Une quinzaine de questions pour reconnaître vos ressorts face aux chocs, à partir de trois figures volontairement caricaturées.",
      "About fifteen questions to recognise how you cope with shocks, using three deliberately caricatured figures.",
    ),
    credits: t(
      "Contenu original de Communs (CC BY-SA 4.0), d'après les travaux publics de La 27e Région sur la résilience publique.",
      "Original Communs content (CC BY-SA 4.0), based on La 27e Région's public work on public resilience.",
    ),
  },
  axes: axes,
  questions: questions,
  styles: styles,
  stages: stages,
  conceptFamilies: families,
  concepts: concepts,
  policyCycle: policyCycle,
  bands: bands,
  scoring: { hybridSpread: 0.15, minConfidence: 0.12, selfPlacementWeight: 0.5 },
};

export default resilience;
