import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./db/db";
import { migrate } from "./db/migrations";
import { insertBox } from "./domain/boxes";
import { searchExpression, titleNormExpression } from "./domain/idea-rows";
import { ideaProblem, ideaTitle, prng } from "./bench/corpus";
import { openTestDatabase } from "./test/harness";

let db: Database;
let drop: () => Promise<void>;
let box: string;

beforeAll(async () => {
  ({ db, drop } = await openTestDatabase());
  await migrate(db);
  box = await db.transaction((tx) =>
    insertBox(
      tx,
      { slug: "proches", name: "Idées proches", description: "", visibility: "public", themes: [] },
      null,
    ),
  );
  const random = prng(3);
  const titles = Array.from({ length: 1500 }, () => ideaTitle(random));
  titles.push("Améliorer l'accueil téléphonique à la mairie", "Installer des ruches sur le toit");
  await db.query(
    `insert into ideas (box_id, authorship, title, problem, scope_id, title_norm, search)
     select $1, 'named', t.title, $3, (select id from scopes where box_id = $1 limit 1),
            ${titleNormExpression("t.title")}, ${searchExpression("t.title", "$3", "''")}
       from unnest($2::text[]) t(title)`,
    [box, titles, ideaProblem(random)],
  );
  // A hidden idea, closest of all to one of the titles asked below: never suggested.
  await db.query(
    `update ideas set hidden_at = now() where id = (select id from ideas where title = $1 limit 1)`,
    ["Installer des ruches sur le toit"],
  );
}, 300_000);
afterAll(() => drop());

/**
 * The same rule, by brute force over every idea (no index, no 200-candidate cap): the ideas
 * sharing at least all but two of the typed title's stems (at least one), those sharing more
 * first, then the closest titles by trigram similarity.
 */
const reference = (title: string, limit: number) =>
  db.query<{ title: string; similarity: number }>(
    `with typed as (
       select array_agg(s) as stems from unnest(tsvector_to_array(to_tsvector('french', ${titleNormExpression("$2")}))) s
        where length(s) >= 3)
     select i.title, similarity(i.title_norm, ${titleNormExpression("$2")}) as similarity
       from ideas i, typed,
            lateral (select count(*) as n from unnest(typed.stems) s
                      where to_tsvector('french', i.title_norm) @@ quote_literal(s)::tsquery) shared
      where i.box_id = $1 and i.hidden_at is null and i.merged_into is null
        and shared.n >= greatest(1, cardinality(typed.stems) - 2)
      order by shared.n desc, similarity(i.title_norm, ${titleNormExpression("$2")}) desc, i.created_at desc, i.id
      limit $3`,
    [box, title, limit],
  );

const similar = (title: string, limit: number) =>
  db.query<{ title: string; similarity: number; shared: string[] }>(
    "select title, similarity, shared from similar_ideas($1, $2, $3)",
    [box, title, limit],
  );

// Equal-distance titles may come in any order: compare the similarities in order, and the sets.
const shape = (rows: { title: string; similarity: number }[]) => ({
  similarities: rows.map((row) => Number(row.similarity)),
  titles: rows.map((row) => row.title).sort(),
});

describe("similar_ideas (migration 11: shared words)", () => {
  it.each([
    ["a near duplicate", "ameliorer l'accueil telephonique a la mairie", 5, true],
    ["then ideas sharing fewer words", "ameliorer l'accueil telephonique a la mairie", 40, true],
    [
      "no idea sharing most words (those sharing one)",
      "creer un potager pour les enfants",
      5,
      true,
    ],
    ["nothing in common", "zzz qqq www", 5, false],
    ["a hidden idea's title", "installer des ruches sur le toit", 5, false],
  ])("answers as the brute-force rule: %s", async (_case, title, limit, found) => {
    const expected = await reference(title, limit);
    expect(expected.length > 0).toBe(found);
    const got = await similar(title, limit);
    expect(shape(got)).toEqual(shape(expected));
  });

  it("reads accents, capitals and typographic apostrophes as the plain title", async () => {
    const plain = await similar("ameliorer l'accueil telephonique a la mairie", 5);
    const typed = await similar("Améliorer l’accueil téléphonique à la Mairie", 5);
    expect(shape(typed)).toEqual(shape(plain));
  });

  it("says why an idea matches: the words it shares, as they were typed", async () => {
    const [first] = await similar("Améliorer l’accueil téléphonique à la mairie", 1);
    expect(first!.title).toBe("Améliorer l'accueil téléphonique à la mairie");
    expect(first!.shared).toEqual(["Améliorer", "accueil", "téléphonique", "mairie"]);
  });

  it("suggests nothing for a title of stop words only", async () => {
    expect(await similar("le la les de des", 5)).toEqual([]);
  });

  it("gives each idea once, at most the number asked for", async () => {
    const rows = await db.query<{ id: string }>("select id from similar_ideas($1, $2, $3)", [
      box,
      "ameliorer l'accueil telephonique a la mairie",
      12,
    ]);
    expect(rows.length).toBeLessThanOrEqual(12);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  });

  it("leaves the session's similarity threshold as it was", async () => {
    await db.transaction(async (tx) => {
      await tx.query("set local pg_trgm.similarity_threshold = 0.45");
      await tx.query("select * from similar_ideas($1, $2, 5)", [box, "ameliorer l'accueil"]);
      const [row] = await tx.query<{ value: string }>(
        "select current_setting('pg_trgm.similarity_threshold') as value",
      );
      expect(row!.value).toBe("0.45");
    });
  });
});
