// The innovation edition, authored here: `npm run build` writes editions/innovation.json from it and a
// test checks that the committed JSON is what this file gives. Content: our own writing,
// CC BY-SA 4.0, after La 27e Région's public work (see the README's licence section).
import type * as Sonar from "../types";
import { concept, option, policyStep, selfPlacementOptions, stage, t } from "./authoring";

const E = "entrepreneurial";
const TE = "technological";
const H = "human-sciences";

const axes: Sonar.Axis[] = [
  {
    id: E,
    label: t("Culture entrepreneuriale", "Entrepreneurial culture"),
    low: t(
      "Peu tourné vers l'essai rapide et le mode projet",
      "Little drawn to quick trials and project mode",
    ),
    high: t(
      "Avance par essais rapides, itérations et prise de risque",
      "Moves by quick trials, iterations and risk-taking",
    ),
  },
  {
    id: TE,
    label: t("Culture technologique", "Technological culture"),
    low: t("Le numérique reste un outil parmi d'autres", "Digital remains one tool among others"),
    high: t(
      "Compte sur les données et les plateformes pour transformer",
      "Relies on data and platforms to transform",
    ),
  },
  {
    id: H,
    label: t("Sciences humaines et sociales", "Human and social sciences"),
    low: t(
      "Peu de place pour l'enquête de terrain et la parole des usagers",
      "Little room for field inquiry and users' voices",
    ),
    high: t(
      "Part des usages, de l'enquête et de la participation",
      "Starts from uses, inquiry and participation",
    ),
  },
];

const questions: Sonar.Question[] = [
  {
    id: "role",
    kind: "single",
    prompt: t("Depuis quelle place répondez-vous ?", "From which position are you answering?"),
    help: t(
      "Sonar se remplit seul ou à plusieurs : il n'y a pas de bonne réponse.",
      "Sonar can be filled in alone or together: there is no right answer.",
    ),
    options: [
      option("agent", "Agente ou agent de terrain", "Front-line officer"),
      option("manager", "Encadrante ou encadrant", "Manager"),
      option("direction", "Direction générale", "Senior management"),
      option("elected", "Élue ou élu", "Elected official"),
    ],
  },
  {
    id: "first-reflex",
    kind: "single",
    prompt: t(
      "Un service bute sur un problème qui dure. Votre premier réflexe ?",
      "A service keeps running into the same problem. Your first reflex?",
    ),
    options: [
      option(
        "prototype",
        "Lancer vite un petit essai pour voir ce qui marche",
        "Quickly launch a small trial to see what works",
        { [E]: 2 },
      ),
      option(
        "data",
        "Regarder ce que disent les données disponibles",
        "Look at what the available data say",
        { [TE]: 2 },
      ),
      option(
        "field",
        "Aller observer sur place et écouter les usagers",
        "Go and observe on site, and listen to users",
        { [H]: 2 },
      ),
      option(
        "benchmark",
        "Chercher ce qu'ont fait d'autres collectivités",
        "Look for what other authorities have done",
        { [E]: 1, [TE]: 1, [H]: 1 },
      ),
    ],
  },
  {
    id: "inspiration",
    kind: "multiple",
    max: 2,
    prompt: t(
      "Quelles sources vous inspirent le plus ? (deux au plus)",
      "Which sources inspire you most? (two at most)",
    ),
    options: [
      option("startups", "Les start-up et l'intrapreneuriat", "Start-ups and intrapreneurship", {
        [E]: 2,
      }),
      option("civic-tech", "La civic tech et les données ouvertes", "Civic tech and open data", {
        [TE]: 2,
      }),
      option("design", "Le design de service et l'ethnographie", "Service design and ethnography", {
        [H]: 2,
      }),
      option(
        "research",
        "La recherche-action avec des universités",
        "Action research with universities",
        { [H]: 1, [TE]: 1 },
      ),
      option("peers", "Les échanges entre pairs", "Exchanges between peers", { [E]: 1, [H]: 1 }),
    ],
  },
  {
    id: "risk",
    kind: "scale",
    min: 1,
    max: 5,
    prompt: t(
      "Dans votre organisation, un essai qui échoue est…",
      "In your organisation, a trial that fails is…",
    ),
    minLabel: t("une faute à éviter", "a fault to avoid"),
    maxLabel: t("une source d'apprentissage", "a source of learning"),
    weights: { [E]: 2 },
  },
  {
    id: "digital-place",
    kind: "scale",
    min: 1,
    max: 5,
    prompt: t(
      "Quelle place donnez-vous au numérique pour transformer l'action publique ?",
      "How much weight do you give digital tools in transforming public action?",
    ),
    minLabel: t("un outil secondaire", "a secondary tool"),
    maxLabel: t("le levier principal", "the main lever"),
    weights: { [TE]: 2 },
  },
  {
    id: "users-voice",
    kind: "scale",
    min: 1,
    max: 5,
    prompt: t(
      "Les usagers participent-ils à la conception de vos projets ?",
      "Do users take part in designing your projects?",
    ),
    minLabel: t("pas du tout", "not at all"),
    maxLabel: t("du début à la fin", "from start to finish"),
    weights: { [H]: 2 },
  },
  {
    id: "priorities",
    kind: "ranking",
    prompt: t(
      "Classez ce qui compte le plus pour réussir un projet innovant.",
      "Rank what matters most for an innovative project to succeed.",
    ),
    help: t("Le premier de la liste compte le plus.", "The first in the list counts most."),
    options: [
      option("speed", "Aller vite et itérer", "Moving fast and iterating", { [E]: 2 }),
      option("tools", "De bons outils et des données fiables", "Good tools and reliable data", {
        [TE]: 2,
      }),
      option(
        "understanding",
        "Comprendre finement les situations vécues",
        "Understanding lived situations in depth",
        { [H]: 2 },
      ),
    ],
  },
  {
    id: "missing-skills",
    kind: "single",
    prompt: t(
      "Quelle compétence manque le plus autour de vous ?",
      "Which skill is most lacking around you?",
    ),
    options: [
      option(
        "product",
        "Piloter un produit par petites livraisons",
        "Steering a product in small releases",
        { [E]: 2 },
      ),
      option("data-skills", "Exploiter et ouvrir les données", "Using and opening data", {
        [TE]: 2,
      }),
      option("inquiry", "Mener une enquête de terrain", "Carrying out field inquiry", { [H]: 2 }),
      option("none", "Aucune en particulier", "None in particular"),
    ],
  },
  {
    id: "success",
    kind: "single",
    prompt: t(
      "À quoi voyez-vous qu'un projet a réussi ?",
      "How do you tell that a project has succeeded?",
    ),
    options: [
      option("adopted", "Il a été adopté vite et largement", "It was adopted quickly and widely", {
        [E]: 2,
      }),
      option(
        "indicators",
        "Les indicateurs se sont améliorés",
        "The indicators improved",
        { [TE]: 2 },
        { impact: 1 },
      ),
      option(
        "lives",
        "La vie des personnes concernées a changé",
        "The lives of the people concerned changed",
        { [H]: 2 },
        { impact: 1 },
      ),
      option("unknown", "Nous ne savons pas encore le dire", "We cannot tell yet", undefined, {
        test: 1,
      }),
    ],
  },
  {
    id: "commission",
    kind: "single",
    when: 'role = "elected" or role = "direction"',
    prompt: t(
      "Comment formulez-vous une commande d'innovation ?",
      "How do you word a request for innovation?",
    ),
    options: [
      option("challenge", "Un défi avec une échéance courte", "A challenge with a short deadline", {
        [E]: 2,
      }),
      option(
        "platform",
        "Un projet de plateforme ou d'outil numérique",
        "A platform or digital tool project",
        { [TE]: 2 },
      ),
      option(
        "open-question",
        "Une question ouverte à instruire avec les habitants",
        "An open question to explore with residents",
        { [H]: 2 },
        { "gouvernance-systemique": 1 },
      ),
      option(
        "no-commission",
        "Il n'y a pas vraiment de commande",
        "There is no real request",
        undefined,
        { decouverte: 1 },
      ),
    ],
  },
  {
    id: "free-day",
    kind: "single",
    when: 'role = "agent" or role = "manager"',
    prompt: t(
      "Avec une journée libre par semaine pour améliorer votre service, vous…",
      "With one free day a week to improve your service, you would…",
    ),
    options: [
      option("build", "fabriqueriez un prototype", "build a prototype", { [E]: 2 }),
      option("automate", "automatiseriez ce qui peut l'être", "automate what can be automated", {
        [TE]: 2,
      }),
      option("listen", "passeriez du temps avec les usagers", "spend time with users", { [H]: 2 }),
    ],
  },
  {
    id: "done-so-far",
    kind: "multiple",
    max: 4,
    prompt: t(
      "Qu'avez-vous déjà vécu dans votre collectivité ? (quatre au plus)",
      "What has your authority already been through? (four at most)",
    ),
    options: [
      option(
        "conferences",
        "Des conférences et lectures sur l'innovation",
        "Conferences and reading on innovation",
        undefined,
        { decouverte: 1 },
      ),
      option(
        "compare",
        "Un tri entre courants, écoles et prestataires",
        "Sorting out currents, schools and providers",
        undefined,
        { orientation: 1 },
      ),
      option(
        "first-test",
        "Un premier essai sur un sujet délimité",
        "A first trial on a bounded subject",
        undefined,
        { test: 1 },
      ),
      option(
        "repeat",
        "Des essais répétés qui ont convaincu",
        "Repeated trials that convinced people",
        undefined,
        { "preuve-de-concept": 1 },
      ),
      option(
        "measure",
        "Une mesure des effets obtenus",
        "A measure of the effects achieved",
        undefined,
        { impact: 1 },
      ),
      option(
        "training",
        "Des agents de tous niveaux formés",
        "Officers at every level trained",
        undefined,
        { capacitation: 1 },
      ),
      option(
        "lab",
        "Une équipe ou un labo avec un mandat",
        "A team or lab with a mandate",
        undefined,
        { institutionnalisation: 1 },
      ),
      option(
        "network",
        "Un réseau de partenaires sur le territoire",
        "A network of partners in the area",
        undefined,
        { ecosysteme: 1 },
      ),
      option(
        "loops",
        "Des retours du terrain qui font évoluer les commandes politiques",
        "Feedback from the field that changes political requests",
        undefined,
        { "gouvernance-systemique": 1 },
      ),
    ],
  },
  {
    id: "obstacle",
    kind: "single",
    prompt: t("Qu'est-ce qui vous freine le plus aujourd'hui ?", "What holds you back most today?"),
    options: [
      option(
        "where-start",
        "Nous ne savons pas par où commencer",
        "We do not know where to start",
        undefined,
        { decouverte: 1, orientation: 1 },
      ),
      option("isolated", "Nos essais restent isolés", "Our trials remain isolated", undefined, {
        test: 1,
        "preuve-de-concept": 1,
      }),
      option(
        "no-proof",
        "Nous peinons à montrer ce que ça change",
        "We struggle to show what it changes",
        undefined,
        { impact: 1 },
      ),
      option(
        "few-people",
        "Ce sont toujours les mêmes qui portent",
        "It is always the same few people who carry it",
        undefined,
        { capacitation: 1 },
      ),
      option(
        "exposed",
        "L'équipe d'innovation est trop exposée ou trop absorbée",
        "The innovation team is too exposed or too absorbed",
        undefined,
        { institutionnalisation: 1 },
      ),
      option(
        "streams",
        "Les démarches de transformation ne se parlent pas",
        "Transformation streams do not talk to each other",
        undefined,
        { ecosysteme: 1 },
      ),
      option(
        "silos",
        "Les silos et les rituels de décision",
        "Silos and decision rituals",
        undefined,
        { "gouvernance-systemique": 1 },
      ),
    ],
  },
  {
    id: "methods",
    kind: "multiple",
    max: 3,
    prompt: t(
      "Quelles méthodes avez-vous envie d'essayer ? (trois au plus)",
      "Which methods would you like to try? (three at most)",
    ),
    options: [
      option("hackathon", "Un hackathon", "A hackathon", { [E]: 1, [TE]: 1 }),
      option("open-data", "Un portail de données ouvertes", "An open data portal", { [TE]: 2 }),
      option("immersion", "Une immersion chez les usagers", "An immersion with users", { [H]: 2 }),
      option("lean", "Une démarche lean start-up", "A lean start-up approach", { [E]: 2 }),
      option("participatory-budget", "Un budget participatif", "A participatory budget", {
        [H]: 1,
        [E]: 1,
      }),
      option("trial", "Une expérimentation avec groupe témoin", "A trial with a control group", {
        [TE]: 1,
        [H]: 1,
      }),
      option(
        "residency",
        "Une résidence d'équipe pluridisciplinaire",
        "A residency of a multidisciplinary team",
        { [H]: 2 },
      ),
    ],
  },
  {
    id: "keyword",
    kind: "single",
    prompt: t("Quel mot vous parle le plus ?", "Which word speaks to you most?"),
    options: [
      option("agility", "Agilité", "Agility", { [E]: 2 }),
      option("platform-word", "Plateforme", "Platform", { [TE]: 2 }),
      option("use", "Usage", "Use", { [H]: 2 }),
      option("commons", "Communs", "Commons", { [H]: 1, [TE]: 1 }),
    ],
  },
  {
    id: "measure-when",
    kind: "scale",
    min: 1,
    max: 5,
    prompt: t(
      "Quand faut-il mesurer l'impact d'une démarche ?",
      "When should the impact of an approach be measured?",
    ),
    minLabel: t("dès le premier essai", "from the first trial"),
    maxLabel: t("une fois la démarche installée", "once the approach is established"),
    weights: { [TE]: -1, [H]: 1 },
  },
  {
    id: "partners",
    kind: "multiple",
    max: 2,
    prompt: t(
      "Avec qui préférez-vous innover ? (deux au plus)",
      "Whom do you prefer to innovate with? (two at most)",
    ),
    options: [
      option("start-ups", "Des start-up", "Start-ups", { [E]: 2 }),
      option(
        "tech",
        "Des spécialistes du numérique et des données",
        "Digital and data specialists",
        { [TE]: 2 },
      ),
      option("designers", "Des designers et des chercheurs", "Designers and researchers", {
        [H]: 2,
      }),
      option("citizens", "Des associations et des habitants", "Associations and residents", {
        [H]: 1,
        [E]: 1,
      }),
      option("other-admins", "D'autres administrations", "Other administrations", {
        [TE]: 1,
        [H]: 1,
      }),
    ],
  },
  {
    id: "next-after-success",
    kind: "single",
    prompt: t("Un essai a réussi. Et maintenant ?", "A trial has succeeded. What now?"),
    options: [
      option("scale", "Le déployer partout, vite", "Roll it out everywhere, quickly", { [E]: 2 }),
      option(
        "industrialise",
        "Construire l'outil qui le rendra durable",
        "Build the tool that will make it last",
        { [TE]: 2 },
      ),
      option(
        "rerun",
        "Le refaire ailleurs, avec d'autres, pour comprendre ses conditions",
        "Run it again elsewhere, with others, to understand its conditions",
        { [H]: 2 },
        { test: 1 },
      ),
      option(
        "share",
        "Le documenter et le partager avec les pairs",
        "Document it and share it with peers",
        { [E]: 1, [H]: 1 },
        { ecosysteme: 1 },
      ),
    ],
  },
  {
    id: "self-place",
    kind: "single",
    selfPlacement: true,
    prompt: t(
      "Où placeriez-vous votre collectivité sur la trajectoire ?",
      "Where would you place your authority on the trajectory?",
    ),
    help: t(
      "Les étapes ne se suivent pas toujours dans l'ordre : choisissez celle qui vous occupe le plus.",
      "Stages do not always follow in order: pick the one that keeps you busiest.",
    ),
    options: selfPlacementOptions([
      ["decouverte", "Découverte : nous nous informons", "Discovery: we are getting informed"],
      [
        "orientation",
        "Orientation : nous faisons le tri",
        "Orientation: we are sorting things out",
      ],
      ["test", "Test : nous essayons", "Test: we are trying"],
      [
        "preuve-de-concept",
        "Preuve de concept : nous montrons que ça marche",
        "Proof of concept: we are showing it works",
      ],
      ["impact", "Impact : nous mesurons", "Impact: we are measuring"],
      [
        "capacitation",
        "Capacitation : nous formons largement",
        "Capacity building: we are training widely",
      ],
      [
        "institutionnalisation",
        "Institutionnalisation : nous trouvons notre place",
        "Institutionalisation: we are finding our place",
      ],
      [
        "ecosysteme",
        "Écosystème : nous relions les acteurs",
        "Ecosystem: we are connecting actors",
      ],
      [
        "gouvernance-systemique",
        "Gouvernance systémique : nous changeons la façon de décider",
        "Systemic governance: we are changing how decisions are made",
      ],
    ]),
  },
  {
    id: "restart",
    kind: "single",
    when: 'answered(self-place) and not self-place = "self-decouverte"',
    prompt: t(
      "Votre démarche a-t-elle déjà calé au point de devoir tout reprendre ?",
      "Has your approach ever stalled so badly that you had to start over?",
    ),
    options: [
      option(
        "restart-people",
        "Oui, quand les personnes ont changé",
        "Yes, when people changed",
        undefined,
        { decouverte: 1 },
      ),
      option(
        "restart-stall",
        "Oui, quand le projet s'est enlisé",
        "Yes, when the project got bogged down",
        undefined,
        { orientation: 1 },
      ),
      option("restart-no", "Non, pas encore", "No, not yet"),
    ],
  },
];

const stages: Sonar.Stage[] = [
  stage(
    "decouverte",
    1,
    ["Découverte", "Discovery"],
    [
      "Le point de départ : des élus ou des agents s'informent par des lectures, des conférences, des pairs.",
      "The starting point: elected officials or officers inform themselves through reading, conferences and peers.",
    ],
    {
      signals: [
        [
          "On parle d'innovation en réunion sans savoir encore quoi en faire.",
          "Innovation comes up in meetings without anyone knowing yet what to do with it.",
        ],
        [
          "Quelques personnes reviennent enthousiastes d'un événement.",
          "A few people come back enthusiastic from an event.",
        ],
      ],
      pitfalls: [
        [
          "Des informations de mauvaise qualité faussent la suite : confondre design et créativité, maquette et prototype.",
          "Poor information skews what follows: mixing up design with creativity, a mock-up with a prototype.",
        ],
        ["Ne voir que des réussites, jamais les échecs.", "Seeing only successes, never failures."],
      ],
      remedies: [
        [
          "Écouter des praticiens expérimentés qui racontent aussi leurs échecs.",
          "Listen to experienced practitioners who also tell their failures.",
        ],
        [
          "Travailler avec les agents sur le sens des mots de l'innovation.",
          "Work with officers on what innovation words mean.",
        ],
      ],
    },
  ),
  stage(
    "orientation",
    2,
    ["Orientation", "Orientation"],
    [
      "Se repérer dans le marché de l'innovation : offres, métiers, courants et leurs racines idéologiques.",
      "Finding one's way in the innovation market: offers, professions, currents and their ideological roots.",
    ],
    {
      signals: [
        [
          "Plusieurs prestataires vous sollicitent avec des promesses différentes.",
          "Several providers approach you with different promises.",
        ],
        [
          "Vous vous demandez ce qui distingue le design, le lean ou le nudge.",
          "You wonder what sets design, lean or nudge apart.",
        ],
      ],
      pitfalls: [
        [
          "Choisir une méthode à la mode sans comprendre ce qu'elle suppose.",
          "Picking a fashionable method without understanding what it assumes.",
        ],
        [
          "Se laisser guider par des acteurs ni neutres ni qualifiés.",
          "Being guided by actors who are neither neutral nor qualified.",
        ],
      ],
      remedies: [
        [
          "Comparer les approches avec des pairs d'autres collectivités.",
          "Compare approaches with peers from other authorities.",
        ],
        [
          "Interroger les prestataires sur leurs références et leurs limites.",
          "Question providers about their track record and their limits.",
        ],
      ],
    },
  ),
  stage(
    "test",
    3,
    ["Test", "Test"],
    [
      "Choisir un sujet délimité, un cadre favorable, et vivre l'essai plutôt que le commander.",
      "Choosing a bounded subject and a favourable frame, and living the trial rather than commissioning it.",
    ],
    {
      signals: [
        ["Un premier projet pilote est lancé.", "A first pilot project is under way."],
        [
          "Des agents participent eux-mêmes aux ateliers.",
          "Officers take part in the workshops themselves.",
        ],
      ],
      pitfalls: [
        [
          "S'arrêter après un seul essai, sans en tirer de leçons.",
          "Stopping after a single trial without drawing lessons.",
        ],
        [
          "Sous-traiter entièrement l'essai et n'en garder qu'un rapport.",
          "Outsourcing the whole trial and keeping only a report.",
        ],
      ],
      remedies: [
        [
          "Prévoir d'emblée un deuxième et un troisième essai dans d'autres contextes.",
          "Plan a second and third trial in other contexts from the start.",
        ],
        [
          "Élargir peu à peu le cercle des parties prenantes.",
          "Widen the circle of stakeholders step by step.",
        ],
      ],
    },
  ),
  stage(
    "preuve-de-concept",
    4,
    ["Preuve de concept", "Proof of concept"],
    [
      "Les essais montrent comment et à quelles conditions les méthodes produisent plus d'effet.",
      "Trials show how, and under which conditions, methods produce more effect.",
    ],
    {
      signals: [
        [
          "Des participants aux essais défendent la démarche d'eux-mêmes.",
          "People who took part in the trials defend the approach of their own accord.",
        ],
        [
          "On vous demande de refaire ailleurs ce qui a marché.",
          "You are asked to do again elsewhere what worked.",
        ],
      ],
      pitfalls: [
        [
          "Confondre un succès local avec une recette universelle.",
          "Mistaking a local success for a universal recipe.",
        ],
        [
          "Oublier de noter les conditions qui ont rendu le succès possible.",
          "Forgetting to note the conditions that made success possible.",
        ],
      ],
      remedies: [
        [
          "Écrire ce qui a rendu l'essai possible autant que ce qu'il a produit.",
          "Write down what made the trial possible as much as what it produced.",
        ],
        [
          "Faire témoigner les personnes concernées, pas seulement l'équipe projet.",
          "Let the people concerned speak, not only the project team.",
        ],
      ],
    },
  ),
  stage(
    "impact",
    5,
    ["Impact", "Impact"],
    [
      "Se donner des objectifs, des critères de réussite et des instruments de mesure.",
      "Setting objectives, success criteria and measurement tools.",
    ],
    {
      signals: [
        [
          "On vous demande des chiffres pour continuer.",
          "You are asked for figures in order to carry on.",
        ],
        [
          "Des indicateurs d'usage ou de qualité apparaissent dans les bilans.",
          "Use or quality indicators appear in reviews.",
        ],
      ],
      pitfalls: [
        [
          "Exiger une mesure lourde trop tôt, au point de tout paralyser.",
          "Demanding heavy measurement too early, to the point of paralysing everything.",
        ],
        [
          "Ne mesurer que la productivité et oublier la valeur démocratique.",
          "Measuring only productivity and forgetting democratic value.",
        ],
      ],
      remedies: [
        [
          "S'outiller peu à peu, en mesurant d'abord ce qui compte pour les usagers.",
          "Build up tools gradually, first measuring what matters to users.",
        ],
        [
          "Combiner résultats, expérience vécue, efficacité et valeur démocratique.",
          "Combine outcomes, lived experience, efficiency and democratic value.",
        ],
      ],
    },
  ),
  stage(
    "capacitation",
    6,
    ["Capacitation", "Capacity building"],
    [
      "Renforcer les capacités des agents de tous niveaux, des publics et des partenaires.",
      "Building the capacities of officers at every level, of the public and of partners.",
    ],
    {
      signals: [
        [
          "Des formations s'ouvrent au-delà de l'encadrement.",
          "Training opens up beyond management.",
        ],
        [
          "Des agents lancent leurs propres essais sans attendre.",
          "Officers launch their own trials without waiting.",
        ],
      ],
      pitfalls: [
        [
          "Transformer uniquement par le haut, par plans et cellules dédiées.",
          "Transforming only from the top, through plans and dedicated units.",
        ],
        [
          "Former à des outils sans donner le temps ni le droit de s'en servir.",
          "Training in tools without giving the time or the right to use them.",
        ],
      ],
      remedies: [
        ["Former dans l'action, sur de vrais projets.", "Train in action, on real projects."],
        [
          "Donner un droit à l'essai aux équipes de terrain.",
          "Give front-line teams a right to try.",
        ],
      ],
    },
  ),
  stage(
    "institutionnalisation",
    7,
    ["Institutionnalisation", "Institutionalisation"],
    [
      "Trouver la juste place : un pied dedans, un pied dehors.",
      "Finding the right position: one foot in, one foot out.",
    ],
    {
      signals: [
        [
          "La question d'un labo ou d'une mission dédiée se pose.",
          "The question of a lab or a dedicated unit comes up.",
        ],
        ["La démarche a un budget et un nom.", "The approach has a budget and a name."],
      ],
      pitfalls: [
        [
          "Institutionnaliser trop tôt : communiquer, nommer, cadrer avant d'avoir fait ses preuves.",
          "Institutionalising too early: publicising, naming and scoping before proving value.",
        ],
        [
          "Perdre son indépendance en dépendant d'un seul soutien.",
          "Losing independence by depending on a single backer.",
        ],
      ],
      remedies: [
        ["Commencer discrètement, sous les radars.", "Start quietly, under the radar."],
        [
          "Diversifier les financeurs, la gouvernance et les critères de choix des projets.",
          "Diversify funders, governance and project selection criteria.",
        ],
      ],
    },
  ),
  stage(
    "ecosysteme",
    8,
    ["Écosystème", "Ecosystem"],
    [
      "Devenir un acteur de l'écosystème, en interne comme sur le territoire.",
      "Becoming an actor of the ecosystem, inside the organisation and across the area.",
    ],
    {
      signals: [
        [
          "Plusieurs démarches de transformation coexistent dans la maison.",
          "Several transformation streams coexist in the organisation.",
        ],
        [
          "Des partenaires locaux vous sollicitent pour faire ensemble.",
          "Local partners approach you to work together.",
        ],
      ],
      pitfalls: [
        [
          "Laisser des démarches internes avancer sans jamais se parler.",
          "Letting internal streams move forward without ever talking to each other.",
        ],
        [
          "Garder la démarche pour soi au lieu de faire grandir les compétences locales.",
          "Keeping the approach to oneself instead of growing local skills.",
        ],
      ],
      remedies: [
        [
          "Relier les démarches internes par des rendez-vous communs.",
          "Connect internal streams through shared meetings.",
        ],
        [
          "Soutenir une filière locale : formations, appels à projets, lieux partagés.",
          "Support a local sector: training, calls for projects, shared places.",
        ],
      ],
    },
  ),
  stage(
    "gouvernance-systemique",
    9,
    ["Gouvernance systémique", "Systemic governance"],
    [
      "L'horizon : ne plus séparer problèmes internes et externes ni les politiques en silos, et boucler les retours sur tout le cycle.",
      "The horizon: no longer separating internal and external problems or policies in silos, and closing feedback loops across the whole cycle.",
    ],
    {
      signals: [
        [
          "Les retours du terrain remettent en cause la commande politique elle-même.",
          "Feedback from the field calls the political request itself into question.",
        ],
        [
          "Des fonds ou des projets réunissent plusieurs politiques et plusieurs acteurs.",
          "Funds or projects bring together several policies and several actors.",
        ],
      ],
      pitfalls: [
        [
          "Croire l'étape acquise une fois pour toutes.",
          "Believing the stage is reached once and for all.",
        ],
        [
          "Garder des rituels de décision qui contredisent l'horizontalité affichée.",
          "Keeping decision rituals that contradict the stated horizontality.",
        ],
      ],
      remedies: [
        [
          "Revoir régulièrement les rituels politico-administratifs.",
          "Regularly revisit political and managerial rituals.",
        ],
        [
          "Reformuler la commande avec toutes les parties au démarrage des projets.",
          "Reword the request with every party when projects start.",
        ],
      ],
    },
  ),
];

const styles: Sonar.Style[] = [
  {
    id: E,
    label: t("Entrepreneurial", "Entrepreneurial"),
    summary: t(
      "Vous empruntez aux cultures entrepreneuriales : essais rapides, itérations, goût du risque.",
      "You borrow from entrepreneurial cultures: quick trials, iterations, a taste for risk.",
    ),
    strength: t(
      "Vous faites bouger les choses vite et rendez l'essai légitime.",
      "You get things moving fast and make trying legitimate.",
    ),
    weakSpot: t(
      "Le risque d'aller vite sans comprendre les situations ni questionner la commande.",
      "The risk of moving fast without understanding situations or questioning the request.",
    ),
    profile: { [E]: 0.85, [TE]: 0.4, [H]: 0.35 },
  },
  {
    id: TE,
    label: t("Technologique", "Technological"),
    summary: t(
      "Vous comptez sur les données, les plateformes et le numérique pour transformer l'action publique.",
      "You count on data, platforms and digital tools to transform public action.",
    ),
    strength: t(
      "Vous outillez les démarches et les rendez mesurables.",
      "You equip approaches and make them measurable.",
    ),
    weakSpot: t(
      "Le risque d'une solution en quête de problème, loin des réalités du terrain.",
      "The risk of a solution looking for a problem, far from realities on the ground.",
    ),
    profile: { [E]: 0.4, [TE]: 0.85, [H]: 0.35 },
  },
  {
    id: H,
    label: t("Sciences humaines et sociales", "Human and social sciences"),
    summary: t(
      "Vous partez des usages, de l'enquête et de la participation : design, ethnographie, recherche-action.",
      "You start from uses, inquiry and participation: design, ethnography, action research.",
    ),
    strength: t(
      "Vous comprenez finement les situations et faites place aux personnes concernées.",
      "You understand situations in depth and make room for the people concerned.",
    ),
    weakSpot: t(
      "Le risque d'une participation fétichisée ou d'enquêtes sans suite concrète.",
      "The risk of fetishised participation or inquiries with no concrete follow-up.",
    ),
    profile: { [E]: 0.35, [TE]: 0.35, [H]: 0.85 },
  },
  {
    id: "hybrid",
    hybrid: true,
    label: t("Hybride", "Hybrid"),
    summary: t(
      "Un peu de tout cela : aucune culture ne domine nettement votre profil.",
      "A bit of all of these: no culture clearly dominates your profile.",
    ),
    strength: t(
      "Vous pouvez combiner les approches et jouer les traducteurs.",
      "You can combine approaches and act as a translator.",
    ),
    weakSpot: t(
      "Le risque d'empiler les concepts sans prendre le temps de les digérer.",
      "The risk of piling up concepts without taking time to digest them.",
    ),
    profile: {},
  },
];

const families: Sonar.ConceptFamily[] = [
  { id: E, label: t("Cultures entrepreneuriales", "Entrepreneurial cultures") },
  { id: TE, label: t("Cultures technologiques", "Technological cultures") },
  { id: H, label: t("Sciences humaines et sociales", "Human and social sciences") },
  { id: "policy", label: t("Fabrique des politiques publiques", "Policy making") },
];

const concepts: Sonar.Concept[] = [
  concept(
    "lean-startup",
    E,
    ["Lean start-up", "Lean start-up"],
    ["Construire, mesurer, apprendre en petites boucles.", "Build, measure, learn in small loops."],
  ),
  concept(
    "intrapreneurship",
    E,
    ["Intrapreneuriat", "Intrapreneurship"],
    [
      "Laisser des agents porter un projet comme une petite entreprise interne.",
      "Letting officers run a project like a small in-house venture.",
    ],
  ),
  concept(
    "challenge-prize",
    E,
    ["Concours d'innovation", "Challenge prize"],
    [
      "Un prix pour qui résout un problème posé publiquement.",
      "A prize for whoever solves a publicly stated problem.",
    ],
  ),
  concept(
    "agile",
    E,
    ["Méthodes agiles", "Agile methods"],
    [
      "Livrer souvent, revoir les priorités à chaque étape.",
      "Deliver often, revisit priorities at each step.",
    ],
  ),
  concept(
    "incubator",
    E,
    ["Incubateur public", "Public incubator"],
    [
      "Accompagner des équipes internes qui développent un service.",
      "Supporting in-house teams that develop a service.",
    ],
  ),
  concept(
    "hackathon",
    E,
    ["Hackathon", "Hackathon"],
    [
      "Un temps court et intense pour produire des prototypes.",
      "A short, intense event to produce prototypes.",
    ],
  ),
  concept(
    "open-data",
    TE,
    ["Données ouvertes", "Open data"],
    [
      "Publier les données publiques pour qu'on puisse les réutiliser.",
      "Publishing public data so that others can reuse them.",
    ],
  ),
  concept(
    "civic-tech",
    TE,
    ["Civic tech", "Civic tech"],
    [
      "Des outils numériques pour la participation et le pouvoir d'agir.",
      "Digital tools for participation and agency.",
    ],
  ),
  concept(
    "smart-city",
    TE,
    ["Ville intelligente", "Smart city"],
    [
      "Capteurs et données urbaines : un concept dont les enjeux idéologiques sont à décoder.",
      "Sensors and urban data: a concept whose ideological stakes need decoding.",
    ],
  ),
  concept(
    "platform-state",
    TE,
    ["État plateforme", "Government as a platform"],
    [
      "Des briques numériques communes sur lesquelles d'autres construisent.",
      "Shared digital building blocks that others build upon.",
    ],
  ),
  concept(
    "algorithms",
    TE,
    ["Algorithmes publics", "Public algorithms"],
    [
      "Des décisions aidées par le calcul, qui doivent rester explicables.",
      "Decisions assisted by computation, which must stay explainable.",
    ],
  ),
  concept(
    "fablab",
    TE,
    ["Fablab", "Fablab"],
    ["Un atelier partagé de fabrication numérique.", "A shared digital fabrication workshop."],
  ),
  concept(
    "digital-commons",
    TE,
    ["Communs numériques", "Digital commons"],
    [
      "Des ressources numériques produites et gouvernées à plusieurs.",
      "Digital resources produced and governed together.",
    ],
  ),
  concept(
    "service-design",
    H,
    ["Design de service", "Service design"],
    [
      "Concevoir un service à partir de l'expérience de ses usagers.",
      "Designing a service from its users' experience.",
    ],
  ),
  concept(
    "design-policy",
    H,
    ["Design des politiques publiques", "Policy design"],
    [
      "Le design appliqué en amont, à la définition même des politiques.",
      "Design applied upstream, to the very definition of policies.",
    ],
  ),
  concept(
    "ethnography",
    H,
    ["Ethnographie", "Ethnography"],
    [
      "Observer longuement les situations pour les comprendre de l'intérieur.",
      "Observing situations at length to understand them from within.",
    ],
  ),
  concept(
    "action-research",
    H,
    ["Recherche-action", "Action research"],
    [
      "Chercher en agissant, avec les personnes concernées.",
      "Researching while acting, with the people concerned.",
    ],
  ),
  concept(
    "maitrise-usage",
    H,
    ["Maîtrise d'usage", "User expertise"],
    [
      "Reconnaître l'expertise des usagers dans un projet.",
      "Recognising users' expertise in a project.",
    ],
  ),
  concept(
    "co-creation",
    H,
    ["Co-création", "Co-creation"],
    [
      "Concevoir avec, plutôt que pour, les personnes concernées.",
      "Designing with, rather than for, the people concerned.",
    ],
  ),
  concept(
    "social-innovation",
    H,
    ["Innovation sociale", "Social innovation"],
    [
      "Des réponses nouvelles à des besoins sociaux, souvent portées par la société civile.",
      "New answers to social needs, often carried by civil society.",
    ],
  ),
  concept(
    "residency",
    H,
    ["Résidence", "Residency"],
    [
      "Une équipe pluridisciplinaire installée sur place pendant plusieurs semaines.",
      "A multidisciplinary team based on site for several weeks.",
    ],
  ),
  concept(
    "participation",
    H,
    ["Participation citoyenne", "Citizen participation"],
    [
      "Associer les habitants aux décisions, sans en faire un rituel vide.",
      "Involving residents in decisions, without turning it into an empty ritual.",
    ],
  ),
  concept(
    "public-lab",
    "policy",
    ["Laboratoire d'innovation publique", "Public innovation lab"],
    [
      "Une équipe dédiée, un pied dedans un pied dehors.",
      "A dedicated team with one foot in and one foot out.",
    ],
  ),
  concept(
    "evidence-based",
    "policy",
    ["Politiques fondées sur la preuve", "Evidence-based policy"],
    [
      "Appuyer les choix publics sur des résultats vérifiés.",
      "Basing public choices on verified results.",
    ],
  ),
  concept(
    "randomised-trial",
    "policy",
    ["Expérimentation aléatoire", "Randomised trial"],
    [
      "Comparer un groupe qui reçoit une mesure à un groupe témoin.",
      "Comparing a group that receives a measure with a control group.",
    ],
  ),
  concept(
    "nudge",
    "policy",
    ["Nudge", "Nudge"],
    [
      "Orienter les comportements par de petits changements de contexte.",
      "Steering behaviour through small changes of context.",
    ],
  ),
  concept(
    "evaluation",
    "policy",
    ["Évaluation", "Evaluation"],
    [
      "Apprécier les effets d'une action, chemin faisant ou après coup.",
      "Assessing the effects of an action, along the way or afterwards.",
    ],
  ),
  concept(
    "benevolent-starter",
    "policy",
    ["Démarreur bienveillant", "Benevolent starter"],
    [
      "Reformuler la commande au lancement d'un projet, avec toutes les parties.",
      "Rewording the request when a project starts, with every party.",
    ],
  ),
  concept(
    "crash-test",
    "policy",
    ["Crash test de politique", "Policy crash test"],
    [
      "Éprouver une politique avant de la lancer en grand.",
      "Putting a policy to the test before launching it at scale.",
    ],
  ),
  concept(
    "feedback-loops",
    "policy",
    ["Boucles de rétroaction", "Feedback loops"],
    [
      "Faire remonter les effets observés jusqu'à la décision.",
      "Carrying observed effects back up to the decision.",
    ],
  ),
  concept(
    "innovation-washing",
    "policy",
    ["Innovation-washing", "Innovation-washing"],
    [
      "Habiller de neuf ce qui ne change rien : une fatigue à éviter.",
      "Dressing up as new what changes nothing: a fatigue to avoid.",
    ],
  ),
];

const policyCycle: Sonar.PolicyCycleStep[] = [
  policyStep(
    "commission",
    1,
    "upstream",
    ["Commande politique", "Political request"],
    [
      "La commande est posée ; peut-on encore la reformuler ?",
      "The request is set; can it still be reworded?",
    ],
  ),
  policyStep(
    "framing",
    2,
    "upstream",
    ["Formulation du problème", "Problem framing"],
    [
      "Enquêter sur les situations avant de choisir une solution.",
      "Inquire into situations before choosing a solution.",
    ],
  ),
  policyStep(
    "options",
    3,
    "upstream",
    ["Exploration des pistes", "Exploring options"],
    [
      "Imaginer plusieurs réponses, avec les personnes concernées.",
      "Imagine several answers, with the people concerned.",
    ],
  ),
  policyStep(
    "decision",
    4,
    "upstream",
    ["Décision", "Decision"],
    [
      "Choisir en connaissant les conditions de réussite.",
      "Choose knowing the conditions for success.",
    ],
  ),
  policyStep(
    "prototyping",
    5,
    "downstream",
    ["Prototypage et test", "Prototyping and testing"],
    ["Essayer en petit avant de déployer.", "Try small before rolling out."],
  ),
  policyStep(
    "implementation",
    6,
    "downstream",
    ["Mise en œuvre", "Implementation"],
    ["Déployer en gardant le droit d'ajuster.", "Roll out while keeping the right to adjust."],
  ),
  policyStep(
    "evaluation",
    7,
    "downstream",
    ["Évaluation", "Evaluation"],
    [
      "Mesurer les effets, y compris ceux qu'on n'attendait pas.",
      "Measure the effects, including unexpected ones.",
    ],
  ),
  policyStep(
    "feedback",
    8,
    "downstream",
    ["Retour vers la commande", "Back to the request"],
    [
      "Faire remonter les enseignements jusqu'au politique.",
      "Carry lessons back up to elected officials.",
    ],
  ),
];

const bands: Sonar.ResultBand[] = [
  {
    id: "low",
    min: 0,
    max: 0.34,
    label: t("Faible", "Low"),
    text: t(
      "Cette culture est peu présente dans vos réponses.",
      "This culture is little present in your answers.",
    ),
  },
  {
    id: "medium",
    min: 0.34,
    max: 0.67,
    label: t("Moyen", "Medium"),
    text: t("Cette culture compte, sans dominer.", "This culture counts, without dominating."),
  },
  {
    id: "high",
    min: 0.67,
    max: 1,
    label: t("Fort", "High"),
    text: t(
      "Cette culture marque nettement vos réponses.",
      "This culture clearly marks your answers.",
    ),
  },
];

export const innovation: Sonar.SonarDefinition = {
  format: 1,
  edition: {
    id: "innovation",
    version: "1.0.0",
    licence: "CC-BY-SA-4.0",
    locales: ["fr", "en"],
    title: t(
      "Sonar : quel innovateur public êtes-vous ?",
      "Sonar: what kind of public innovator are you?",
    ),
    intro: t(
      "Une vingtaine de questions pour situer votre style d'innovation et l'étape de votre collectivité. Sonar ne rend pas de verdict : il ouvre une discussion.",
      "About twenty questions to see your innovation style and your authority's stage. Sonar hands down no verdict: it opens a discussion.",
    ),
    credits: t(
      "Contenu original de Communs (CC BY-SA 4.0), d'après les faits publics sur Sonar #1 de La 27e Région.",
      "Original Communs content (CC BY-SA 4.0), based on public facts about La 27e Région's Sonar #1.",
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

export default innovation;
