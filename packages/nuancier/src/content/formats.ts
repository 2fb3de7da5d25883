import type { TrainingFormat } from "../model";
import { t } from "./text";

export const formats: TrainingFormat[] = [
  {
    id: "discovery-day",
    name: t("Journée découverte", "Discovery day"),
    description: t(
      "Une journée qui mêle apports théoriques et critiques, témoignages, mises en situation et exercices pratiques, avec un groupe aux origines variées.",
      "A day mixing theory and critical input, first-hand accounts, simulations and practical exercises, with a group from varied backgrounds.",
    ),
    hours: { min: 7, max: 7 },
    groupSize: { min: 12, max: 25 },
    learningMode: "perspective",
  },
  {
    id: "training-in-action",
    name: t("Formation-action sur un cas réel", "Training-in-action on a real case"),
    description: t(
      "Des modules de deux à trois jours où le groupe travaille une question réelle de la collectivité, de la reformulation de la commande au prototype.",
      "Two- to three-day modules in which the group works on a real question of the organisation, from reframing the brief to a prototype.",
    ),
    hours: { min: 14, max: 21 },
    groupSize: { min: 15, max: 40 },
    learningMode: "doing",
  },
  {
    id: "residency",
    name: t("Résidence et immersion", "Residency and immersion"),
    description: t(
      "Une équipe pluridisciplinaire s'installe sur le terrain et apprend en faisant, avec les agents et les habitants.",
      "A multidisciplinary team settles on site and learns by doing, with staff and residents.",
    ),
    hours: { min: 105, max: 150 },
    span: t(
      "sur cinq à six mois, dont au moins trois semaines sur place",
      "over five to six months, with at least three weeks on site",
    ),
    groupSize: { min: 4, max: 12 },
    learningMode: "doing",
  },
  {
    id: "study-trip",
    name: t("Voyage d'étude", "Study trip"),
    description: t(
      "Les participants construisent eux-mêmes leur expédition apprenante et en tirent un rapport d'étonnement collectif.",
      "Participants design their own learning expedition and draw a shared report of what surprised them.",
    ),
    hours: { min: 14, max: 35 },
    groupSize: { min: 6, max: 20 },
    learningMode: "stepping-aside",
  },
  {
    id: "collective-reading",
    name: t("Lecture collective", "Collective reading"),
    description: t(
      "Une heure de lecture partagée au cœur d'un atelier, pour nourrir la discussion d'idées venues d'ailleurs.",
      "An hour of shared reading inside a workshop, to feed the discussion with ideas from elsewhere.",
    ),
    hours: { min: 1, max: 2 },
    groupSize: { min: 4, max: 20 },
    learningMode: "perspective",
  },
  {
    id: "webinar",
    name: t("Webinaire", "Webinar"),
    description: t(
      "Une présentation en ligne suivie d'échanges, pour toucher beaucoup de monde sans déplacement.",
      "An online talk followed by questions, to reach many people without travel.",
    ),
    hours: { min: 1, max: 2 },
    groupSize: { min: 5, max: 200 },
    learningMode: "perspective",
  },
  {
    id: "peer-codevelopment",
    name: t("Co-développement entre pairs", "Peer co-development"),
    description: t(
      "Un petit groupe stable aide tour à tour chacun de ses membres à avancer sur une situation qu'il vit.",
      "A small, stable group takes turns helping each member move forward on a situation they face.",
    ),
    hours: { min: 6, max: 12 },
    span: t(
      "en séances de deux à trois heures sur quelques mois",
      "in two- to three-hour sessions over a few months",
    ),
    groupSize: { min: 5, max: 8 },
    learningMode: "doing",
  },
  {
    id: "sprint",
    name: t("Sprint", "Sprint"),
    description: t(
      "Trois jours d'écriture ou de conception en continu, pour produire ensemble un objet fini.",
      "Three days of non-stop writing or design, to produce a finished object together.",
    ),
    hours: { min: 21, max: 21 },
    groupSize: { min: 6, max: 20 },
    learningMode: "doing",
  },
  {
    id: "lunch-debate",
    name: t("Déjeuner-débat", "Lunch debate"),
    description: t(
      "Un invité, un sujet qui fâche, un repas : de quoi ouvrir une controverse sans cérémonie.",
      "One guest, one contentious topic, one meal: enough to open a debate without ceremony.",
    ),
    hours: { min: 1.5, max: 2 },
    groupSize: { min: 10, max: 40 },
    learningMode: "perspective",
  },
  {
    id: "field-inquiry",
    name: t("Enquête de terrain", "Field inquiry"),
    description: t(
      "Observer, écouter et questionner sur place, chez les usagers comme dans les services, avant de proposer quoi que ce soit.",
      "Observing, listening and asking on site, with users as well as in departments, before proposing anything.",
    ),
    hours: { min: 7, max: 21 },
    groupSize: { min: 3, max: 10 },
    learningMode: "stepping-aside",
  },
];
