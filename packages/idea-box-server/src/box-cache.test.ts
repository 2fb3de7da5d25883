// Anonymous readers' box cache (box-cache.ts, migration 12): an anonymous read costs one query,
// and a box made members-only is refused to anonymous readers at once, on every instance.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgres } from "@communs/server";
import {
  openPublicBox,
  postIdea,
  startHarness,
  testConfig,
  type TestClient,
  type TestHarness,
} from "./test/harness";
import { createServer, type IdeaBoxServer } from "./server";

let h: TestHarness;
let admin: TestClient;
const box = "cache-anonyme";

beforeAll(async () => {
  h = await startHarness();
  admin = await h.platformAdmin("admin-cache@test.fr", "Admin Cache");
  await openPublicBox(admin, box, "Cache anonyme");
  await postIdea(admin, box, "Une idée lisible par tous");
}, 300_000);
afterAll(() => h.close());

const anonymousList = (
  serve: (request: Request) => Response | Promise<Response>,
): Promise<Response> => Promise.resolve(serve(new Request(`http://idees.test/boxes/${box}/ideas`)));

const setVisibility = (visibility: "public" | "members") =>
  admin.request("updateBox", { params: { box }, body: { visibility } });

/** Polls until `check` passes (another instance hears a change a few milliseconds later). */
async function eventually(check: () => Promise<void>, ms = 10_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((wake) => setTimeout(wake, 50));
    }
  }
}

/** Counts the queries the database runs while `work` runs. */
async function queriesDuring(work: () => Promise<unknown>) {
  const db = h.db;
  const original = db.query.bind(db);
  let count = 0;
  db.query = ((sql: string, params?: unknown[]) => {
    count += 1;
    return original(sql, params);
  }) as typeof db.query;
  try {
    await work();
  } finally {
    db.query = original;
  }
  return count;
}

describe("anonymous readers' box cache", () => {
  it("reads a public box's list in one query once the box is known", async () => {
    const app = h.server.app;
    expect((await anonymousList((r) => app.fetch(r))).status).toBe(200);
    expect(await queriesDuring(() => anonymousList((r) => app.fetch(r)))).toBe(1);
  });

  it("refuses anonymous readers as soon as the box is made members-only, and reads it again once public", async () => {
    const app = h.server.app;
    expect((await anonymousList((r) => app.fetch(r))).status).toBe(200);
    await setVisibility("members");
    // PGlite is one connection in this process: the change is heard before updateBox answers.
    if (h.db.kind === "pglite") expect((await anonymousList((r) => app.fetch(r))).status).toBe(401);
    await eventually(async () =>
      expect((await anonymousList((r) => app.fetch(r))).status).toBe(401),
    );
    await setVisibility("public");
    await eventually(async () =>
      expect((await anonymousList((r) => app.fetch(r))).status).toBe(200),
    );
  });

  it("never keeps a box that does not exist", async () => {
    const app = h.server.app;
    const answer = await app.fetch(new Request("http://idees.test/boxes/pas-de-boite/ideas"));
    expect(answer.status).toBe(404);
    const created = await openPublicBox(admin, "pas-de-boite", "Créée après");
    expect(created.slug).toBe("pas-de-boite");
    expect(
      (await app.fetch(new Request("http://idees.test/boxes/pas-de-boite/ideas"))).status,
    ).toBe(200);
  });
});

describe.skipIf(!process.env.DATABASE_URL)("PostgreSQL: two instances", () => {
  let second: IdeaBoxServer;
  beforeAll(async () => {
    second = await createServer(testConfig(), { db: await openPostgres(h.url!, 4) });
  });
  afterAll(() => second.close());

  it("refuses anonymous readers on the other instance once one instance makes the box members-only", async () => {
    const other = second.app;
    expect((await anonymousList((r) => other.fetch(r))).status).toBe(200);
    expect((await anonymousList((r) => other.fetch(r))).status).toBe(200);
    await setVisibility("members");
    await eventually(async () =>
      expect((await anonymousList((r) => other.fetch(r))).status).toBe(401),
    );
    await setVisibility("public");
    await eventually(async () =>
      expect((await anonymousList((r) => other.fetch(r))).status).toBe(200),
    );
  });

  it("reads from the database while its listening connection is lost, and keeps boxes again once it is back", async () => {
    const other = second.app;
    expect((await anonymousList((r) => other.fetch(r))).status).toBe(200);
    const killed = await h.db.query<{ n: number }>(
      `select count(pg_terminate_backend(pid)) as n from pg_stat_activity
        where datname = current_database() and query ilike 'listen%'`,
    );
    expect(killed[0]!.n).toBeGreaterThanOrEqual(2);
    // Changed while nobody listens: the lost channel made every instance forget every box.
    await setVisibility("members");
    expect((await anonymousList((r) => other.fetch(r))).status).toBe(401);
    await setVisibility("public");
    expect((await anonymousList((r) => other.fetch(r))).status).toBe(200);
    // Listening again (reconnected after about a second): a change is heard again.
    await eventually(async () => {
      const listening = await h.db.query<{ n: number }>(
        `select count(*) as n from pg_stat_activity where datname = current_database() and query ilike 'listen%'`,
      );
      expect(listening[0]!.n).toBeGreaterThanOrEqual(2);
    });
    await anonymousList((r) => other.fetch(r));
    await setVisibility("members");
    await eventually(async () =>
      expect((await anonymousList((r) => other.fetch(r))).status).toBe(401),
    );
  });
});
