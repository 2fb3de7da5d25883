// Search by relevance (issue 17, full-scale speed): the ideas whose title has every searched
// word come first, then the others, each part by rank; pages go from one part to the other
// without losing or repeating an idea.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  openPublicBox,
  postIdea,
  startHarness,
  type TestClient,
  type TestHarness,
} from "./test/harness";

let h: TestHarness;
let agent: TestClient;
const box = "recherche";

const titleHits = [
  "Un guichet unique pour les encombrants",
  "Le guichet unique des associations",
  "Ouvrir le guichet unique le samedi",
];
// The searched words only in the problem, many times: they rank high within their part.
const problemHits = [
  "Des horaires pour tous",
  "Un accueil des nouveaux habitants",
  "Des rendez-vous en ligne",
  "Les démarches des familles",
];

beforeAll(async () => {
  h = await startHarness();
  const admin = await h.platformAdmin("admin-recherche@test.fr", "Admin Recherche");
  agent = await h.person("agent-recherche@test.fr", "Agent Recherche");
  await openPublicBox(admin, box, "Recherche");
  for (const title of titleHits) await postIdea(agent, box, title);
  for (const title of problemHits)
    await postIdea(agent, box, title, {
      problem: "Guichet unique, guichet unique, guichet unique : le guichet unique manque.",
    });
  await postIdea(agent, box, "Sans rapport avec la recherche");
}, 300_000);
afterAll(() => h.close());

const search = (limit: number, cursor?: string) =>
  agent.request("listIdeas", {
    params: { box },
    query: { q: "guichet unique", sort: "relevance", limit, ...(cursor ? { cursor } : {}) },
  });

describe("search by relevance", () => {
  it("puts the ideas with every searched word in their title first", async () => {
    const page = await search(20);
    const titles = page.items.map((idea) => idea.title);
    expect(titles).toHaveLength(titleHits.length + problemHits.length);
    expect(new Set(titles.slice(0, titleHits.length))).toEqual(new Set(titleHits));
    expect(new Set(titles.slice(titleHits.length))).toEqual(new Set(problemHits));
    expect(page.nextCursor).toBeNull();
  });

  it.each([1, 2, 3, 4])(
    "pages of %i give every match once, in the order of one page",
    async (limit) => {
      const whole = (await search(20)).items.map((idea) => idea.id);
      const paged: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await search(limit, cursor);
        paged.push(...page.items.map((idea) => idea.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(paged).toEqual(whole);
    },
  );

  it("answers an empty page past the last match", async () => {
    const page = await search(5, "40");
    expect(page.items).toEqual([]);
    expect(page.nextCursor).toBeNull();
  });
});
