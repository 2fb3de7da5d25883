// The Sonar workshops mounted on the idea box server (ADR 0003): one process, one database,
// one sign-in. The workshops' own behaviour is tested in @communs/sonar-server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleAnswers } from "@communs/sonar/examples";
import { createWorkshopClient, WorkshopError, type WorkshopClient } from "@communs/sonar/workshop";
import { createIdeaBoxClient } from "@communs/idea-box";
import { workshopMigrations } from "@communs/sonar-server";
import { ConfigError } from "./config";
import { purgeExpired } from "./retention";
import { createServer, type IdeaBoxServer } from "./server";
import { cookieJarFetch, rejection } from "@communs/server/testing";
import { openTestDatabase, testConfig, testPassword } from "./test/harness";
import type { Database } from "./db/db";

/** An idea box client and a workshop client sharing one cookie jar, in process. */
function browser(server: IdeaBoxServer) {
  const jarFetch = cookieJarFetch((request) => server.app.fetch(request));
  return {
    ideas: createIdeaBoxClient({ baseUrl: "http://idees.test", fetch: jarFetch, retries: 0 }),
    workshops: createWorkshopClient({ baseUrl: "http://idees.test", fetch: jarFetch, retries: 0 }),
  };
}

/** A person who registered on the idea box: their browser, signed in. */
async function signedUp(server: IdeaBoxServer, email: string, displayName: string) {
  const person = browser(server);
  await person.ideas.request("register", { body: { email, password: testPassword, displayName } });
  return person;
}

const failure = (promise: Promise<unknown>) => rejection(promise, WorkshopError);

describe("the workshops on the idea box server", () => {
  let db: Database;
  let drop: () => Promise<void>;
  let server: IdeaBoxServer;
  let facilitator: WorkshopClient;

  beforeAll(async () => {
    ({ db, drop } = await openTestDatabase());
    server = await createServer(testConfig(), { db, workshopEnv: {} });
    const person = await signedUp(server, "animatrice@exemple.fr", "Animatrice");
    facilitator = person.workshops;
  });
  afterAll(async () => {
    await server?.close();
    await drop?.();
  });

  it("are mounted by default, and a person signed in on the idea box is a facilitator", async () => {
    expect(server.workshops).not.toBeNull();
    const session = await facilitator.request("session");
    expect(session.user?.displayName).toBe("Animatrice");
    expect(facilitator.csrfToken).toEqual(expect.any(String));
    const workshop = await facilitator.request("createWorkshop", {
      body: { title: "Atelier", edition: "innovation" },
    });
    expect(workshop.joinUrl).toBe(`http://idees.test/sonar/j/${workshop.code}`);

    const participant = browser(server).workshops;
    await participant.request("join", { params: { code: workshop.code }, body: {} });
    await participant.request("submitResponse", {
      params: { code: workshop.code },
      body: { answers: exampleAnswers },
    });
    const board = await facilitator.request("getBoard", { params: { id: workshop.id } });
    expect(board.respondents).toBe(1);
    // The idea box's rate-limits table counts the joins (shared across instances).
    const limits = await db.query<{ key: string }>(
      "select key from rate_limits where key like 'sonar:%'",
    );
    expect(limits.map((row) => row.key)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^sonar:join:a:/),
        expect.stringMatching(/^sonar:answer:p:/),
      ]),
    );
  });

  it("need the idea box's session and its CSRF token", async () => {
    const stranger = browser(server).workshops;
    expect((await failure(stranger.request("listWorkshops"))).status).toBe(401);
    const token = facilitator.csrfToken;
    facilitator.csrfToken = "wrong";
    try {
      expect(
        (
          await failure(
            facilitator.request("createWorkshop", { body: { title: "x", edition: "innovation" } }),
          )
        ).code,
      ).toBe("csrf");
    } finally {
      facilitator.csrfToken = token;
    }
  });

  it("go with their facilitator: erasing the account erases their workshops and responses", async () => {
    const leaving = await signedUp(server, "partante@exemple.fr", "Partante");
    const { user } = await leaving.workshops.request("session");
    const theirs = await leaving.workshops.request("createWorkshop", {
      body: { title: "Atelier de la partante", edition: "innovation" },
    });
    const kept = await facilitator.request("createWorkshop", {
      body: { title: "Atelier qui reste", edition: "innovation" },
    });
    const answer = async (code: string) => {
      const participant = browser(server).workshops;
      await participant.request("join", { params: { code }, body: {} });
      await participant.request("submitResponse", {
        params: { code },
        body: { answers: exampleAnswers },
      });
      return participant;
    };
    const inTheirs = await answer(theirs.code);
    await answer(theirs.code);
    await answer(kept.code);

    await leaving.ideas.request("eraseMe");

    for (const call of [
      inTheirs.request("getJoinInfo", { params: { code: theirs.code } }),
      inTheirs.request("getMyResponse", { params: { code: theirs.code } }),
      inTheirs.request("join", { params: { code: theirs.code }, body: {} }),
    ])
      expect((await failure(call)).status).toBe(404);
    expect((await failure(leaving.workshops.request("listWorkshops"))).status).toBe(401);
    const rows = await db.query<{ workshops: number; participants: number }>(
      `select (select count(*) from sonar_workshops where facilitator_id = $1)::int as workshops,
              (select count(*) from sonar_participants where workshop_id = $2)::int as participants`,
      [user!.id, theirs.id],
    );
    expect(rows).toEqual([{ workshops: 0, participants: 0 }]);
    // Another facilitator's workshop, and its response, stay.
    const board = await facilitator.request("getBoard", { params: { id: kept.id } });
    expect(board.respondents).toBe(1);
  });

  it("go with an inactive account erased by the retention, through the same erasure", async () => {
    const idle = await signedUp(server, "inactive@exemple.fr", "Inactive");
    const { user } = await idle.workshops.request("session");
    const theirs = await idle.workshops.request("createWorkshop", {
      body: { title: "Atelier oublié", edition: "innovation" },
    });
    const retention = {
      inactiveAccountDays: 30,
      notificationsDays: null,
      webhookDeliveriesDays: null,
      moderationDays: null,
    };
    const later = new Date(Date.now() + 31 * 86_400_000);
    const report = await purgeExpired(db, retention, later, server.workshops!.erasePerson);
    expect(report.erasedAccounts).toBeGreaterThanOrEqual(1);
    const rows = await db.query("select 1 from sonar_workshops where facilitator_id = $1", [
      user!.id,
    ]);
    expect(rows).toEqual([]);
    const participant = browser(server).workshops;
    const gone = await failure(
      participant.request("getJoinInfo", { params: { code: theirs.code } }),
    );
    expect(gone.status).toBe(404);
  });

  it("keep their migrations apart from the idea box's", async () => {
    const ideaBox = await db.query<{ version: number }>("select version from schema_migrations");
    const sonar = await db.query<{ version: number }>(
      "select version from sonar_schema_migrations",
    );
    expect(sonar.map((row) => row.version).sort()).toEqual(
      workshopMigrations.migrations.map((migration) => migration.version),
    );
    expect(ideaBox.length).toBeGreaterThan(1);
  });
});

describe("SONAR_WORKSHOPS and the SONAR_* settings", () => {
  it("off: the idea box alone, no workshop route, no workshop table", async () => {
    const { db, drop } = await openTestDatabase();
    const server = await createServer(testConfig(), {
      db,
      workshopEnv: { SONAR_WORKSHOPS: "off" },
    });
    try {
      expect(server.workshops).toBeNull();
      expect((await server.app.fetch(new Request("http://idees.test/sonar/session"))).status).toBe(
        404,
      );
      const tables = await db.query(
        "select 1 from information_schema.tables where table_name like 'sonar_%'",
      );
      expect(tables).toEqual([]);
    } finally {
      await server.close();
      await drop();
    }
  });

  it("a wrong value stops the start with every problem named", async () => {
    const { db, drop } = await openTestDatabase();
    try {
      const error = await createServer(testConfig(), {
        db,
        workshopEnv: { SONAR_RETENTION_DAYS: "soon", SONAR_JOIN_URL: "https://x.fr/join" },
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems.map((p) => p.split(":")[0]).sort()).toEqual([
        "SONAR_JOIN_URL",
        "SONAR_RETENTION_DAYS",
      ]);
      const wrongSwitch = await createServer(testConfig(), {
        db,
        workshopEnv: { SONAR_WORKSHOPS: "maybe" },
      }).catch((e: unknown) => e);
      expect((wrongSwitch as ConfigError).problems[0]).toMatch(/^SONAR_WORKSHOPS: /);
    } finally {
      await db.close();
      await drop();
    }
  });
});
