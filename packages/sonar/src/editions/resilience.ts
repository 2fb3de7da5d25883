import type { SonarDefinition } from "../types";
import data from "./resilience.json";

/** The `resilience` edition: content CC BY-SA 4.0, French and English. */
export const resilience = data as SonarDefinition;
export default resilience;
