import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nuancierContent } from "./content/index";
import { foldText } from "./normalize";
import { createNuancierSearch } from "./search";

const search = createNuancierSearch(nuancierContent);
const ids = (query: Parameters<typeof search.search>[0], locale: "fr" | "en" = "fr") =>
  search.search(query, locale).map((hit) => hit.nuance.id);

describe("search", () => {
  it.each(["prototypage", "prototyping", "PROTOTYPAGE", "Prototypâge", "  prototyp  "])(
    "finds rapid prototyping first for %j",
    (text) => {
      expect(ids({ text })[0]).toBe("rapid-prototyping");
    },
  );

  it("ignores accents both ways", () => {
    expect(ids({ text: "reflexivite" })).toContain("reflective-practice");
    expect(ids({ text: "éthnographie" })).toContain("observing-in-the-field");
  });

  it("needs every word of the query", () => {
    expect(ids({ text: "prototype maquette" })).toEqual(
      expect.arrayContaining(["rapid-prototyping"]),
    );
    expect(ids({ text: "prototypage zzzz" })).toEqual([]);
  });

  it("ranks a match in the name above a match in the description", () => {
    const hits = search.search({ text: "prototype" });
    expect(hits[0]!.matchedIn[0]).toBe("name");
    expect(hits.at(-1)!.score).toBeLessThanOrEqual(hits[0]!.score);
  });

  it("filters by sector, kind, audience, format and duration", () => {
    expect(
      new Set(search.search({ sectors: ["doing-together"] }).map((hit) => hit.nuance.sectorId)),
    ).toEqual(new Set(["doing-together"]));
    expect(search.search({ kinds: ["acting"] }).every((hit) => hit.nuance.kind === "acting")).toBe(
      true,
    );
    expect(
      search
        .search({ audiences: ["elected-officials"] })
        .every((hit) => hit.nuance.audiences.includes("elected-officials")),
    ).toBe(true);
    expect(ids({ formats: ["study-trip"] })).toEqual([
      "learning-elsewhere",
      "scaling-with-care",
      "renewing-decision-rituals",
    ]);
    // Two hours: only nuances with a short format (reading, webinar, lunch debate) remain.
    const short = search.search({ maxHours: 2 });
    expect(short.length).toBeGreaterThan(0);
    expect(short.map((hit) => hit.nuance.id)).not.toContain("learning-elsewhere");
  });

  it("returns the whole palette, in order, for an empty query", () => {
    expect(ids({})).toEqual(nuancierContent.nuances.map((nuance) => nuance.id));
  });

  it("gives the same hits whatever the case and accents of the query (property)", () => {
    const words = nuancierContent.nuances.flatMap((nuance) => nuance.name.fr.split(" "));
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.boolean(), (word, upper) => {
        const variant = upper ? word.toUpperCase() : foldText(word);
        expect(ids({ text: variant })).toEqual(ids({ text: word }));
      }),
    );
  });

  it("only returns nuances whose folded text holds every word (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        const words = foldText(text).split(" ").filter(Boolean);
        for (const hit of search.search({ text })) {
          const { nuance } = hit;
          const haystack = foldText(
            JSON.stringify([nuance.name, nuance.description, nuance.keywords ?? {}]),
          );
          const sector = nuancierContent.sectors.find((entry) => entry.id === nuance.sectorId)!;
          const all = `${haystack} ${foldText(`${sector.name.fr} ${sector.name.en}`)}`;
          for (const word of words) expect(all).toContain(word);
        }
      }),
    );
  });
});
