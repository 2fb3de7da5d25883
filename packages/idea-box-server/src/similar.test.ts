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

/** Migration 3's query: the nearest titles above the 0.3 threshold, from the GiST index. */
const reference = (title: string, limit: number) =>
  db.query<{ title: string; similarity: number }>(
    `select i.title, similarity(i.title_norm, ${titleNormExpression("$2")}) as similarity from ideas i
      where i.box_id = $1 and i.hidden_at is null and i.merged_into is null
        and i.title_norm % ${titleNormExpression("$2")}
      order by i.title_norm <-> ${titleNormExpression("$2")} limit $3`,
    [box, title, limit],
  );

const similar = (title: string, limit: number) =>
  db.query<{ title: string; similarity: number }>(
    "select title, similarity from similar_ideas($1, $2, $3)",
    [box, title, limit],
  );

// Equal-distance titles may come in any order: compare the similarities in order, and the sets.
const shape = (rows: { title: string; similarity: number }[]) => ({
  similarities: rows.map((row) => Number(row.similarity)),
  titles: rows.map((row) => row.title).sort(),
});

describe("similar_ideas (migration 7)", () => {
  it.each([
    ["a near duplicate (close titles only)", "ameliorer l'accueil telephonique a la mairie", 5],
    ["a few close titles, then farther ones", "ameliorer l'accueil telephonique a la mairie", 40],
    ["no close title (the nearest above 0.3)", "creer un potager pour les enfants", 5],
    ["nothing above 0.3", "zzz qqq www", 5],
    ["a hidden idea's title", "installer des ruches sur le toit", 5],
  ])("answers as the single nearest-first query: %s", async (_case, title, limit) => {
    const expected = await reference(title, limit);
    const got = await similar(title, limit);
    expect(shape(got)).toEqual(shape(expected));
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
