import type { NuancierData } from "../model";
import { audiences } from "./audiences";
import { formats } from "./formats";
import { nuances } from "./nuances";
import { sectors } from "./sectors";
import { t } from "./text";

export {
  crossBorderOverlay as exampleCrossBorderOverlay,
  localSectorOverlay as exampleOverlay,
  overlayWithUnknownSector as exampleOverlayWithMistake,
} from "../fixtures/overlays";

/**
 * The Communs palette: eight sectors, their nuances, training formats and audiences, in French
 * and English. Our own writing, from public facts about La 27e Région's Nuancier de formation
 * (2015); released under CC BY-SA 4.0. Sector names marked "proposed" are ours.
 */
export const nuancierContent: NuancierData = {
  schemaVersion: 1,
  id: "communs-nuancier",
  title: t(
    "Nuancier de formation pour une action publique ingénieuse (édition Communs)",
    "Training spectrum for ingenious public action (Communs edition)",
  ),
  licence: "CC-BY-SA-4.0",
  attribution: t(
    "Textes de Communs, d'après le Nuancier de formation de La 27e Région (2015).",
    "Texts by Communs, after La 27e Région's Nuancier de formation (2015).",
  ),
  sectors,
  nuances,
  formats,
  audiences,
};
