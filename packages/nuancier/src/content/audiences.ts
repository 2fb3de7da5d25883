import type { Audience } from "../model";
import { t } from "./text";

export const audiences: Audience[] = [
  {
    id: "agents",
    name: t("Agents de toutes catégories", "Staff of every grade"),
    description: t(
      "Les agents des catégories A, B et C, sur le terrain comme dans les services supports : ceux qui vivent le service public au quotidien.",
      "Public servants of every grade, in front-line as well as support services: the people who live public service every day.",
    ),
  },
  {
    id: "managers",
    name: t("Encadrement", "Managers"),
    description: t(
      "Directions générales, directions et chefs de service, qui ouvrent ou ferment l'espace pour essayer.",
      "Senior executives, directors and heads of department, who open or close the space to try things.",
    ),
  },
  {
    id: "elected-officials",
    name: t("Élues et élus", "Elected officials"),
    description: t(
      "Celles et ceux qui portent le projet politique et passent la commande publique.",
      "The people who carry the political project and commission public action.",
    ),
  },
  {
    id: "trainers",
    name: t("Formatrices et formateurs", "Trainers"),
    description: t(
      "Organismes de formation initiale et continue, formateurs internes, animateurs de réseaux.",
      "Initial and continuing training bodies, in-house trainers, network facilitators.",
    ),
  },
];
