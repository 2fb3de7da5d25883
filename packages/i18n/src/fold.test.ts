import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldAccents, foldWords } from "./fold";
import { isSlug, slugPattern, toSlug } from "./slug";

describe("foldAccents", () => {
  it("drops accents and case and spells ligatures out", () => {
    expect(foldAccents("Œuvre Étendue à l'Hôpital")).toBe("oeuvre etendue a l'hopital");
    expect(foldAccents("cœur, Æsope, Straße, Øresund")).toBe("coeur, aesope, strasse, oresund");
    expect(foldAccents("ÇA")).toBe("ca");
  });

  it("is idempotent and finds a folded word in the folded text", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, word) => {
        expect(foldAccents(foldAccents(word))).toBe(foldAccents(word));
        expect(foldAccents(before + word).includes(foldAccents(word))).toBe(true);
      }),
    );
  });

  it("splits folded words on punctuation", () => {
    expect(foldWords("L'Œuvre, « ici » !")).toEqual(["l", "oeuvre", "ici"]);
    expect(foldWords("  ")).toEqual([]);
  });
});

describe("slugs", () => {
  it("accepts lower-case ASCII words joined by inner hyphens, up to 60 characters", () => {
    for (const slug of ["a", "atelier-2024", "a".repeat(60), "a--b"])
      expect(isSlug(slug)).toBe(true);
    for (const slug of ["", "-a", "a-", "É", "A", "a b", "a".repeat(61), 3])
      expect(isSlug(slug)).toBe(false);
  });

  it("makes a slug from a title", () => {
    expect(toSlug("Écoute de l'usager")).toBe("ecoute-de-l-usager");
    expect(toSlug("Cœur — 2024 !")).toBe("coeur-2024");
    expect(toSlug("日本")).toBe("");
  });

  it("always makes a valid slug or nothing", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (title) => {
        const slug = toSlug(title);
        expect(slug === "" || slugPattern.test(slug)).toBe(true);
      }),
    );
  });
});
