/**
 * Folds text for matching: no accents, no case, ligatures spelt out, punctuation as spaces.
 * "Écouter l'usager" and "ecouter l usager" fold to the same thing.
 */
export function foldText(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The words of a query, folded; empty words dropped. */
export const queryWords = (query: string): string[] => foldText(query).split(" ").filter(Boolean);
