import type { LocalizedText } from "../model";

/** French first: it is the source of truth; English follows. */
export const t = (fr: string, en: string): LocalizedText => ({ fr, en });
