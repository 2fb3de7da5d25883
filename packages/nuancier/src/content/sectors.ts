import type { Sector } from "../model";
import { t } from "./text";

const confirmedInEnglish = t(
  "Nom cité par La 27e Région sur sa page anglaise ; la formulation française est notre retraduction.",
  "Name given by La 27e Région on its English page; the French wording is our back-translation.",
);
const ours = t(
  "Nom proposé par Communs : les cinq autres secteurs du Nuancier original ne sont pas publiés en dehors du document d'origine.",
  "Name proposed by Communs: the other five sectors of the original Nuancier are not published outside the original document.",
);

export const sectors: Sector[] = [
  {
    id: "geopolitics",
    code: "1",
    name: t("Géopolitique de l'innovation publique", "Geopolitics of public innovation"),
    nameStatus: "confirmed",
    nameNote: t(
      "Premier secteur du Nuancier original, confirmé en anglais et par le début de son titre français.",
      "First sector of the original Nuancier, confirmed in English and by the start of its French heading.",
    ),
    colour: "#5b2a86",
    pattern: "stripes",
    summary: t(
      "Se repérer dans les courants de l'innovation publique, leurs racines et leurs intérêts, pour choisir en connaissance de cause.",
      "Finding one's way among the currents of public innovation, their roots and interests, to choose with open eyes.",
    ),
    values: [
      t("L'esprit critique plutôt que l'effet de mode.", "Critical thinking rather than fashion."),
      t("Le sens politique de chaque méthode.", "The political meaning of every method."),
    ],
    objectives: [
      t(
        "Distinguer design, lean, données ouvertes ou sciences comportementales, et ce que chacun promet.",
        "Tell design, lean, open data or behavioural insights apart, and what each one promises.",
      ),
      t(
        "Comparer le sérieux des prestataires, des écoles et des réseaux.",
        "Compare how serious providers, schools and networks are.",
      ),
    ],
    recommendations: [
      t(
        "Inviter des praticiens qui racontent aussi leurs échecs.",
        "Invite practitioners who also talk about their failures.",
      ),
      t(
        "Travailler avec les agents le sens des mots de l'innovation avant de les employer.",
        "Work out with staff what innovation words mean before using them.",
      ),
    ],
  },
  {
    id: "opening-possibilities",
    code: "2",
    name: t("Ouvrir les possibles", "Opening possibilities"),
    nameStatus: "confirmed",
    nameNote: confirmedInEnglish,
    colour: "#f2b705",
    pattern: "dots",
    summary: t(
      "Élargir le champ des réponses avant de trancher : imaginer, explorer d'autres futurs, oser l'inattendu.",
      "Widening the range of answers before deciding: imagining, exploring other futures, daring the unexpected.",
    ),
    values: [
      t("Le droit à l'essai et à l'erreur.", "The right to try and to fail."),
      t("La curiosité pour ce qui se fait ailleurs.", "Curiosity about what is done elsewhere."),
    ],
    objectives: [
      t(
        "Produire beaucoup d'idées avant d'en choisir une.",
        "Produce many ideas before choosing one.",
      ),
      t(
        "Imaginer des futurs extrêmes pour éclairer les choix d'aujourd'hui.",
        "Imagine extreme futures to shed light on today's choices.",
      ),
    ],
    recommendations: [
      t(
        "Séparer le temps de l'imagination de celui de la décision.",
        "Keep the time for imagining apart from the time for deciding.",
      ),
      t(
        "Faire sortir les participants de leurs murs au moins une fois.",
        "Take participants out of their own walls at least once.",
      ),
    ],
  },
  {
    id: "doing-together",
    code: "3",
    name: t("Faire ensemble", "Doing together"),
    nameStatus: "confirmed",
    nameNote: confirmedInEnglish,
    colour: "#1e6b3a",
    pattern: "grid",
    summary: t(
      "Coopérer entre services, avec les habitants et les partenaires, sans que la participation devienne un rituel vide.",
      "Cooperating across departments, with residents and partners, without participation becoming an empty ritual.",
    ),
    values: [
      t("La légitimité de chacun à prendre la parole.", "Everyone's legitimacy to speak up."),
      t(
        "La transparence sur ce qui sera décidé, et par qui.",
        "Openness about what will be decided, and by whom.",
      ),
    ],
    objectives: [
      t(
        "Animer un atelier où toutes les voix comptent.",
        "Run a workshop where every voice counts.",
      ),
      t(
        "Construire une coopération durable entre services qui ne se parlent pas.",
        "Build lasting cooperation between departments that do not talk to each other.",
      ),
    ],
    recommendations: [
      t(
        "Dire dès le départ ce que la participation peut changer, et ce qu'elle ne changera pas.",
        "Say from the start what participation can change, and what it will not.",
      ),
      t(
        "Mélanger les catégories d'agents dans les mêmes groupes.",
        "Mix staff of every grade in the same groups.",
      ),
    ],
  },
  {
    id: "understanding-uses",
    code: "4",
    name: t("Enquêter et comprendre les usages", "Investigating and understanding uses"),
    nameStatus: "proposed",
    nameNote: ours,
    colour: "#7cc6e8",
    pattern: "diagonal",
    summary: t(
      "Partir de ce que vivent réellement les usagers et les agents, par l'observation et l'écoute, avant de concevoir.",
      "Starting from what users and staff really experience, through observation and listening, before designing.",
    ),
    values: [
      t("L'humilité devant le terrain.", "Humility before the field."),
      t("Le respect des personnes enquêtées.", "Respect for the people interviewed."),
    ],
    objectives: [
      t(
        "Mener une observation et des entretiens sans orienter les réponses.",
        "Carry out observation and interviews without steering the answers.",
      ),
      t(
        "Transformer ce qu'on a vu en questions de conception.",
        "Turn what was seen into design questions.",
      ),
    ],
    recommendations: [
      t(
        "Aller sur place plutôt que commander une étude.",
        "Go on site rather than commission a study.",
      ),
      t(
        "Croiser le regard des sciences sociales et celui des agents de terrain.",
        "Combine the view of the social sciences with that of front-line staff.",
      ),
    ],
  },
  {
    id: "designing-prototyping",
    code: "5",
    name: t("Concevoir et prototyper", "Designing and prototyping"),
    nameStatus: "proposed",
    nameNote: ours,
    colour: "#e0622a",
    pattern: "waves",
    summary: t(
      "Donner forme aux idées pour les tester tôt : maquettes, scénarios, services joués avant d'être construits.",
      "Giving ideas a shape to test them early: mock-ups, scenarios, services acted out before they are built.",
    ),
    values: [
      t("Montrer plutôt que décrire.", "Showing rather than describing."),
      t("Accepter l'inachevé.", "Accepting the unfinished."),
    ],
    objectives: [
      t(
        "Faire la différence entre une maquette et un prototype.",
        "Tell a mock-up from a prototype.",
      ),
      t(
        "Tester une idée avec des usagers en quelques jours.",
        "Test an idea with users within a few days.",
      ),
    ],
    recommendations: [
      t(
        "Ne pas réduire le design à des techniques de créativité.",
        "Do not reduce design to creativity techniques.",
      ),
      t(
        "Prévoir dès le départ qui portera la suite du prototype.",
        "Decide from the start who will carry the prototype forward.",
      ),
    ],
  },
  {
    id: "experimenting-evaluating",
    code: "6",
    name: t("Expérimenter et évaluer", "Experimenting and evaluating"),
    nameStatus: "proposed",
    nameNote: ours,
    colour: "#1f5aa6",
    pattern: "checks",
    summary: t(
      "Tester pour de vrai, mesurer ce qui change, et apprendre de ce qui ne marche pas.",
      "Testing for real, measuring what changes, and learning from what does not work.",
    ),
    values: [
      t("L'honnêteté sur les résultats.", "Honesty about results."),
      t(
        "La patience : un test en appelle souvent un deuxième.",
        "Patience: one test often calls for a second.",
      ),
    ],
    objectives: [
      t(
        "Cadrer une expérimentation sur un périmètre limité.",
        "Frame an experiment on a bounded scope.",
      ),
      t(
        "Choisir des critères de réussite sans paralyser l'action.",
        "Choose success criteria without paralysing action.",
      ),
    ],
    recommendations: [
      t(
        "Vivre l'expérimentation plutôt que la sous-traiter entièrement.",
        "Live the experiment rather than outsource all of it.",
      ),
      t(
        "Outiller la mesure peu à peu, sans en faire un préalable.",
        "Build up measurement step by step, without making it a precondition.",
      ),
    ],
  },
  {
    id: "reframing-steering",
    code: "7",
    name: t(
      "Reformuler la commande, piloter autrement",
      "Reframing the brief, steering differently",
    ),
    nameStatus: "proposed",
    nameNote: ours,
    colour: "#a3195b",
    pattern: "crosses",
    summary: t(
      "Questionner la demande de départ, acheter autrement, et faire évoluer les rituels de décision.",
      "Questioning the initial request, buying differently, and changing decision-making rituals.",
    ),
    values: [
      t("Le courage de reposer la question.", "The courage to ask the question again."),
      t("La subsidiarité : décider au plus près.", "Subsidiarity: deciding as close as possible."),
    ],
    objectives: [
      t(
        "Reformuler une commande avec celles et ceux qui l'ont passée.",
        "Reframe a brief with the people who issued it.",
      ),
      t(
        "Rédiger un marché public qui laisse place à l'exploration.",
        "Write a public contract that leaves room for exploration.",
      ),
    ],
    recommendations: [
      t(
        "Associer les élus dès la reformulation, pas seulement à la fin.",
        "Involve elected officials in the reframing, not only at the end.",
      ),
      t(
        "Ne pas institutionnaliser trop tôt : prouver d'abord.",
        "Do not institutionalise too early: prove first.",
      ),
    ],
  },
  {
    id: "telling-sharing",
    code: "8",
    name: t("Raconter, documenter, mettre en commun", "Telling, documenting, sharing as commons"),
    nameStatus: "proposed",
    nameNote: ours,
    colour: "#5a4034",
    pattern: "zigzag",
    summary: t(
      "Garder trace de ce qu'on apprend, le raconter simplement et le partager sous licence libre.",
      "Keeping track of what is learnt, telling it simply and sharing it under an open licence.",
    ),
    values: [
      t("Le partage comme réflexe.", "Sharing as a reflex."),
      t("La réflexivité sur ses propres pratiques.", "Reflecting on one's own practice."),
    ],
    objectives: [
      t(
        "Documenter une démarche pendant qu'elle se fait.",
        "Document an approach while it happens.",
      ),
      t(
        "Publier des ressources réutilisables par d'autres collectivités.",
        "Publish resources other administrations can reuse.",
      ),
    ],
    recommendations: [
      t(
        "Prévoir du temps pour documenter dans chaque projet.",
        "Set time aside for documenting in every project.",
      ),
      t(
        "Choisir une licence ouverte dès la première version.",
        "Choose an open licence from the first version.",
      ),
    ],
  },
];
