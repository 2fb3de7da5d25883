import type { SonarDefinition } from "../types";
import data from "./innovation.json";

/** The `innovation` edition: content CC BY-SA 4.0, French and English. */
export const innovation = data as SonarDefinition;
export default innovation;
