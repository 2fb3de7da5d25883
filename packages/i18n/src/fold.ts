// Letters that Unicode does not decompose into a base letter and a mark, spelt out as French
// readers type them: "œuvre" is found by "oeuvre".
const spelledOut: Record<string, string> = { œ: "oe", æ: "ae", ß: "ss", ø: "o", đ: "d", ł: "l" };

/**
 * Text folded for matching: no accents, no case, ligatures spelt out. "Œuvre Étendue" and
 * "oeuvre etendue" fold to the same string. Length may change (œ → oe), so fold both sides.
 */
export function foldAccents(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[œæßøđł]/g, (letter) => spelledOut[letter]!);
}

/** The words of a text, folded; punctuation and spaces separate them. `"L'Œuvre !"` → `["l", "oeuvre"]`. */
export function foldWords(text: string): string[] {
  return foldAccents(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
