import { describe, expect, it } from "vitest";
import { aggregate, scoreAnswers, type Answers } from "@communs/sonar";
import { innovation } from "@communs/sonar/editions/innovation";
import { exampleAnswers, generatedTeam } from "@communs/sonar/examples";
import {
  newParticipantToken,
  participantTokenPattern,
  WorkshopError,
} from "@communs/sonar/workshop";
import { rejection } from "@communs/server/testing";
import { setUpTestFile, startInstance, testSettings } from "./test/harness";

const file = setUpTestFile(() => ({
  settings: testSettings({ SONAR_JOIN_RATE_PER_ADDRESS: "1000", SONAR_RETENTION_DAYS: "30" }),
}));

const fails = (promise: Promise<unknown>) => rejection(promise, WorkshopError);

const participant = async (code: string, nickname?: string) => {
  const client = await file.instance.client();
  const joined = await client.request("join", {
    params: { code },
    body: nickname ? { nickname } : {},
  });
  return { client, joined };
};

describe("creating a workshop", () => {
  it("for a shipped edition: a join code, a link, a QR code", async () => {
    const workshop = await file.alice.request("createWorkshop", {
      body: { title: "Équipe innovation", edition: "innovation" },
    });
    expect(workshop).toMatchObject({
      title: "Équipe innovation",
      status: "open",
      locale: "fr",
      participants: 0,
      respondents: 0,
      edition: { id: "innovation", shipped: true },
      joinUrl: `http://ateliers.test/sonar/j/${workshop.code}`,
      closedAt: null,
      erasedAt: null,
    });
    expect(workshop.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(Date.parse(workshop.eraseAfter!) - Date.parse(workshop.lastActivityAt)).toBe(
      30 * 86_400_000,
    );
    const svg = await file.alice.request("qrCode", { params: { id: workshop.id } });
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 (\d+) \1"/);
    expect(svg).toContain(`<title id="t">QR code : ${workshop.joinUrl}</title>`);
    const list = await file.alice.request("listWorkshops");
    expect(list.items.map((item) => item.id)).toContain(workshop.id);
  });

  it("for an uploaded definition: validated, every problem listed", async () => {
    const broken = structuredClone(innovation) as unknown as Record<string, unknown>;
    (broken.edition as Record<string, unknown>).id = "";
    (broken.questions as Record<string, unknown>[])[0]!.id = (
      broken.questions as Record<string, unknown>[]
    )[1]!.id;
    const error = await fails(
      file.alice.request("createWorkshop", { body: { title: "Maison", definition: broken } }),
    );
    expect(error.status).toBe(422);
    expect(error.code).toBe("invalid-definition");
    expect(error.problem.issues!.length).toBeGreaterThanOrEqual(1);
    for (const issue of error.problem.issues!) expect(issue.pointer).toMatch(/^\//);

    const own = structuredClone(innovation);
    own.edition.id = "maison";
    const created = await file.alice.request("createWorkshop", {
      body: { title: "Maison", definition: own, locale: "en" },
    });
    expect(created.edition).toMatchObject({ id: "maison", shipped: false });
    const info = await (
      await file.instance.client()
    ).request("getJoinInfo", {
      params: { code: created.code.toLowerCase() },
    });
    expect(info).toMatchObject({ code: created.code, locale: "en", status: "open" });
    expect(info.definition.edition.id).toBe("maison");
  });

  it("reports every invalid field, an unknown edition or a locale the edition lacks", async () => {
    const error = await fails(
      file.alice.request("createWorkshop", {
        body: { title: "  ", edition: "innovation", extra: 1 } as never,
      }),
    );
    expect(error.problem.errors!.map((e) => e.pointer).sort()).toEqual(["/body", "/body/title"]);
    expect(
      (await fails(file.alice.request("createWorkshop", { body: { title: "x", edition: "nope" } })))
        .problem.errors,
    ).toEqual([expect.objectContaining({ pointer: "/body/edition", code: "unknown_edition" })]);
    expect(
      (
        await fails(
          file.alice.request("createWorkshop", {
            body: { title: "x", edition: "innovation", locale: "de" },
          }),
        )
      ).problem.errors,
    ).toEqual([expect.objectContaining({ pointer: "/body/locale" })]);
    expect(
      (await fails(file.alice.request("createWorkshop", { body: { title: "x" } }))).problem.errors,
    ).toEqual([expect.objectContaining({ code: "edition_or_definition" })]);
  });

  it("needs a signed-in facilitator, the CSRF token, and hides others' workshops", async () => {
    const anonymous = await file.instance.client();
    expect((await fails(anonymous.request("listWorkshops"))).status).toBe(401);
    const noCsrf = await file.instance.client("alice");
    noCsrf.csrfToken = null;
    expect(
      (
        await fails(
          noCsrf.request("createWorkshop", { body: { title: "x", edition: "innovation" } }),
        )
      ).code,
    ).toBe("csrf");
    const workshop = await file.alice.request("createWorkshop", {
      body: { title: "A", edition: "innovation" },
    });
    const bob = await file.instance.client("bob");
    for (const call of [
      () => bob.request("getWorkshop", { params: { id: workshop.id } }),
      () => bob.request("getBoard", { params: { id: workshop.id } }),
      () => bob.request("deleteWorkshop", { params: { id: workshop.id } }),
      () => bob.request("exportJson", { params: { id: workshop.id } }),
      () => bob.request("exportResponsesCsv", { params: { id: workshop.id } }),
      () => bob.request("exportSummaryCsv", { params: { id: workshop.id } }),
      () => bob.request("qrCode", { params: { id: workshop.id } }),
      () => bob.request("closeWorkshop", { params: { id: workshop.id } }),
      () => bob.request("reopenWorkshop", { params: { id: workshop.id } }),
      () => bob.request("compareWorkshops", { params: { id: workshop.id, other: workshop.id } }),
      () => bob.request("getWorkshop", { params: { id: "not-a-uuid" } }),
    ])
      expect((await fails(call())).status).toBe(404);
    expect((await bob.request("listWorkshops")).items).toEqual([]);
  });
});

describe("participants", () => {
  it("join without an account; one participant is one response, however often they come back", async () => {
    const workshop = await file.alice.request("createWorkshop", {
      body: { title: "B", edition: "innovation" },
    });
    const { client, joined } = await participant(workshop.code, "Camille");
    expect(joined).toMatchObject({
      nickname: "Camille",
      resumed: false,
      status: "open",
      answers: {},
    });
    expect(joined.participantToken).toMatch(/^sp_/);

    const saved = await client.request("submitResponse", {
      params: { code: workshop.code },
      body: { answers: exampleAnswers },
    });
    expect(saved.result).toEqual(scoreAnswers(innovation, saved.answers));
    expect(saved.shareCode).toEqual(expect.any(String));

    // A refresh or a second tab: the same token comes back, nothing new counted.
    const tab = await file.instance.client();
    const again = await tab.request("join", {
      params: { code: workshop.code },
      body: { participantToken: joined.participantToken },
    });
    expect(again).toMatchObject({ resumed: true, nickname: "Camille", answers: saved.answers });
    await tab.request("submitResponse", {
      params: { code: workshop.code },
      body: { answers: exampleAnswers },
    });
    const board = await file.alice.request("getBoard", { params: { id: workshop.id } });
    expect(board).toMatchObject({ participants: 1, respondents: 1, nicknames: ["Camille"] });

    // A token of another workshop names nobody there: a new participant, nothing carried over.
    const other = await file.alice.request("createWorkshop", {
      body: { title: "C", edition: "innovation" },
    });
    const elsewhere = await tab.request("join", {
      params: { code: other.code },
      body: { participantToken: joined.participantToken },
    });
    expect(elsewhere).toMatchObject({ resumed: false, answers: {}, nickname: null });
    expect((await file.alice.request("getBoard", { params: { id: other.id } })).participants).toBe(
      1,
    );
    expect(
      (await file.alice.request("getBoard", { params: { id: workshop.id } })).participants,
    ).toBe(1);
  });

  it("a join retried after a lost answer, or sent twice at once, counts once", async () => {
    const workshop = await file.alice.request("createWorkshop", {
      body: { title: "Retry", edition: "innovation" },
    });
    const participantToken = newParticipantToken();
    const send = () =>
      fetch(`${file.instance.url}/sonar/join/${workshop.code}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ participantToken }),
      }).then(
        (response) => response.json() as Promise<{ resumed: boolean; participantToken: string }>,
      );
    const [first, second] = await Promise.all([send(), send()]);
    expect([first.resumed, second.resumed].sort()).toEqual([false, true]);
    expect(first.participantToken).toBe(participantToken);
    expect((await send()).resumed).toBe(true);
    expect(
      (await file.alice.request("getBoard", { params: { id: workshop.id } })).participants,
    ).toBe(1);
    // The client makes a token when none is given, so its own retries are safe too.
    const client = await file.instance.client();
    const joined = await client.request("join", { params: { code: workshop.code }, body: {} });
    expect(joined.participantToken).toMatch(participantTokenPattern);
    // A malformed token is not adopted: the server makes one.
    const odd = await (
      await file.instance.client()
    ).request("join", {
      params: { code: workshop.code },
      body: { participantToken: "sp_short" },
    });
    expect(odd.participantToken).not.toBe("sp_short");
  });

  it("changes answers while open; reports every wrong answer with its pointer; keeps the accepted ones", async () => {
    const workshop = await file.alice.request("createWorkshop", {
      body: { title: "D", edition: "innovation" },
    });
    const { client } = await participant(workshop.code);
    const scale = innovation.questions.find((q) => q.kind === "scale")!;
    const single = innovation.questions.find((q) => q.kind === "single")!;
    const error = await fails(
      client.request("submitResponse", {
        params: { code: workshop.code },
        body: { answers: { [single.id]: "no-such-option", nope: 1, [scale.id]: "x" } },
      }),
    );
    expect(error.status).toBe(422);
    expect(error.problem.errors!.map((e) => e.pointer).sort()).toEqual(
      [`/body/answers/${single.id}`, "/body/answers/nope", `/body/answers/${scale.id}`].sort(),
    );
    const first = await client.request("submitResponse", {
      params: { code: workshop.code },
      body: { answers: { [single.id]: single.options[0]!.id } },
    });
    const second = await client.request("submitResponse", {
      params: { code: workshop.code },
      body: { answers: { [single.id]: single.options[1]!.id }, nickname: "Dom" },
    });
    expect(first.answers).not.toEqual(second.answers);
    const mine = await client.request("getMyResponse", { params: { code: workshop.code } });
    expect(mine).toMatchObject({ answers: second.answers, nickname: "Dom" });
    const board = await file.alice.request("getBoard", { params: { id: workshop.id } });
    expect(board.respondents).toBe(1);
  });

  it("a closed workshop refuses new participants and answers; reopened, it takes them again", async () => {
    const workshop = await file.alice.request("createWorkshop", {
      body: { title: "E", edition: "innovation" },
    });
    const { client, joined } = await participant(workshop.code);
    const closed = await file.alice.request("closeWorkshop", { params: { id: workshop.id } });
    expect(closed).toMatchObject({ status: "closed", closedAt: expect.any(String) });
    expect(
      (
        await fails(
          client.request("submitResponse", {
            params: { code: workshop.code },
            body: { answers: exampleAnswers },
          }),
        )
      ).code,
    ).toBe("workshop-closed");
    expect((await fails(participant(workshop.code))).code).toBe("workshop-closed");
    // Coming back to see one's own result still works.
    const back = await (
      await file.instance.client()
    ).request("join", {
      params: { code: workshop.code },
      body: { participantToken: joined.participantToken },
    });
    expect(back).toMatchObject({ resumed: true, status: "closed" });
    await file.alice.request("reopenWorkshop", { params: { id: workshop.id } });
    await client.request("submitResponse", {
      params: { code: workshop.code },
      body: { answers: exampleAnswers },
    });
  });

  it("a participant withdraws: their answers leave the board", async () => {
    const workshop = await file.alice.request("createWorkshop", {
      body: { title: "F", edition: "innovation" },
    });
    const { client } = await participant(workshop.code, "Eve");
    await client.request("submitResponse", {
      params: { code: workshop.code },
      body: { answers: exampleAnswers },
    });
    await client.request("withdrawResponse", { params: { code: workshop.code } });
    const board = await file.alice.request("getBoard", { params: { id: workshop.id } });
    expect(board).toMatchObject({ participants: 0, respondents: 0, nicknames: [] });
    expect(
      (await fails(client.request("getMyResponse", { params: { code: workshop.code } }))).status,
    ).toBe(401);
  });

  it("a wrong, missing or other workshop's token is 401; a wrong code 404", async () => {
    const workshop = await file.alice.request("createWorkshop", {
      body: { title: "G", edition: "innovation" },
    });
    const stranger = await file.instance.client();
    expect(
      (await fails(stranger.request("getMyResponse", { params: { code: workshop.code } }))).status,
    ).toBe(401);
    stranger.participantToken = "sp_forged";
    expect(
      (await fails(stranger.request("getMyResponse", { params: { code: workshop.code } }))).status,
    ).toBe(401);
    expect(
      (await fails(stranger.request("getJoinInfo", { params: { code: "0OIL11" } }))).status,
    ).toBe(404);
  });
});

describe("the board, exports and comparison", () => {
  it("summarises the team with the engine's aggregate, and exports tell nobody who answered what", async () => {
    const workshop = await file.alice.request("createWorkshop", {
      body: { title: "H", edition: "innovation" },
    });
    const team = generatedTeam(innovation, 5);
    const names = ["Zoé", "Ana", "Marc", undefined, "Béa"];
    const tokens: string[] = [];
    for (const [index, answers] of team.answers.entries()) {
      const { client, joined } = await participant(workshop.code, names[index]);
      tokens.push(joined.participantToken);
      await client.request("submitResponse", {
        params: { code: workshop.code },
        body: { answers },
      });
    }
    const board = await file.alice.request("getBoard", { params: { id: workshop.id } });
    const expected = aggregate(
      team.answers.map((answers) => scoreAnswers(innovation, answers as Answers)),
    );
    expect(board.summary).toEqual(expected);
    expect(board.nicknames).toEqual(["Ana", "Béa", "Marc", "Zoé"]);
    expect(board.respondents).toBe(5);

    const json = await file.alice.request("exportJson", { params: { id: workshop.id } });
    expect(json.responses).toHaveLength(5);
    expect(json.summary).toEqual(expected);
    const text = JSON.stringify(json);
    for (const secret of [...tokens, "Zoé", "Ana", "Marc", "Béa"])
      expect(text).not.toContain(secret);

    const csv = await file.alice.request("exportResponsesCsv", { params: { id: workshop.id } });
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^response,style,style_name,verdict,stage,stage_name,answered,axis:/);
    for (const secret of [...tokens, "Zoé", "Ana"]) expect(csv).not.toContain(secret);
    const summary = await file.alice.request("exportSummaryCsv", {
      params: { id: workshop.id },
      query: { locale: "en" },
    });
    expect(summary).toContain("respondents,,,5");
    for (const axis of expected.axes) expect(summary).toContain(`axis,${axis.axis},`);
    const badLocale = await fails(
      file.alice.request("exportSummaryCsv", {
        params: { id: workshop.id },
        query: { locale: "xx" },
      }),
    );
    expect(badLocale.problem.errors![0]!.pointer).toBe("/query/locale");
  });

  it("compares two workshops of the same edition with the engine's compare", async () => {
    const before = await file.alice.request("createWorkshop", {
      body: { title: "Avant", edition: "innovation" },
    });
    const after = await file.alice.request("createWorkshop", {
      body: { title: "Après", edition: "innovation" },
    });
    const team = generatedTeam(innovation, 4, 5);
    for (const [index, answers] of team.answers.entries()) {
      const target = index < 2 ? before : after;
      const { client } = await participant(target.code);
      await client.request("submitResponse", { params: { code: target.code }, body: { answers } });
    }
    // Given in either order, the earlier one is "before".
    const result = await file.alice.request("compareWorkshops", {
      params: { id: after.id, other: before.id },
    });
    expect(result.before.id).toBe(before.id);
    expect(result.after.id).toBe(after.id);
    expect(result.comparison.axes.length).toBe(innovation.axes.length);
    const other = await file.alice.request("createWorkshop", {
      body: { title: "Résilience", edition: "resilience" },
    });
    expect(
      (
        await fails(
          file.alice.request("compareWorkshops", { params: { id: before.id, other: other.id } }),
        )
      ).problem.errors,
    ).toEqual([expect.objectContaining({ code: "different_edition" })]);
  });

  it("deleting a workshop deletes its responses", async () => {
    const workshop = await file.alice.request("createWorkshop", {
      body: { title: "I", edition: "innovation" },
    });
    const { client } = await participant(workshop.code);
    await client.request("submitResponse", {
      params: { code: workshop.code },
      body: { answers: exampleAnswers },
    });
    await file.alice.request("deleteWorkshop", { params: { id: workshop.id } });
    expect(
      (await fails(file.alice.request("getWorkshop", { params: { id: workshop.id } }))).status,
    ).toBe(404);
    expect(
      (await fails(client.request("getMyResponse", { params: { code: workshop.code } }))).status,
    ).toBe(404);
    const left = await file.database.db.query<{ n: number }>(
      "select count(*)::int as n from sonar_participants where workshop_id = $1",
      [workshop.id],
    );
    expect(left[0]!.n).toBe(0);
  });

  it("erases responses after the retention period, keeping the team summary", async () => {
    const workshop = await file.alice.request("createWorkshop", {
      body: { title: "J", edition: "innovation" },
    });
    const recent = await file.alice.request("createWorkshop", {
      body: { title: "K", edition: "innovation" },
    });
    const { client } = await participant(workshop.code, "Gil");
    await client.request("submitResponse", {
      params: { code: workshop.code },
      body: { answers: exampleAnswers },
    });
    const kept = (await file.alice.request("getBoard", { params: { id: workshop.id } })).summary;
    await file.database.db.query(
      "update sonar_workshops set last_activity_at = now() - interval '31 days' where id = $1",
      [workshop.id],
    );
    const erased = await file.instance.mounted.sweep();
    expect(erased).toContain(workshop.id);
    expect(erased).not.toContain(recent.id);
    const board = await file.alice.request("getBoard", { params: { id: workshop.id } });
    expect(board).toMatchObject({
      status: "closed",
      participants: 0,
      respondents: 1,
      nicknames: [],
      summary: kept,
    });
    expect(board.erasedAt).toEqual(expect.any(String));
    expect(
      (await file.alice.request("exportJson", { params: { id: workshop.id } })).responses,
    ).toEqual([]);
    expect(
      (await fails(client.request("getMyResponse", { params: { code: workshop.code } }))).status,
    ).toBe(401);
    expect(
      (await fails(file.alice.request("reopenWorkshop", { params: { id: workshop.id } }))).code,
    ).toBe("responses-erased");
  });
});

describe("erasing a person (the host's erase-person hook)", () => {
  it("deletes their workshops as facilitator with every response, in the host's transaction, and no one else's", async () => {
    const erin = await file.instance.client("erin");
    const theirs = await erin.request("createWorkshop", {
      body: { title: "Atelier d'Erin", edition: "innovation" },
    });
    const kept = await file.alice.request("createWorkshop", {
      body: { title: "Atelier qui reste", edition: "innovation" },
    });
    const { client } = await participant(theirs.code);
    await client.request("submitResponse", {
      params: { code: theirs.code },
      body: { answers: exampleAnswers },
    });
    const rolledBack = file.database.db.transaction(async (tx) => {
      await file.instance.mounted.erasePerson(tx, "erin");
      throw new Error("the host's own erasure failed");
    });
    await expect(rolledBack).rejects.toThrow("the host's own erasure failed");
    expect((await erin.request("getWorkshop", { params: { id: theirs.id } })).respondents).toBe(1);

    const afterCommit = await file.database.db.transaction((tx) =>
      file.instance.mounted.erasePerson(tx, "erin"),
    );
    afterCommit?.();
    expect(
      (await fails(client.request("getMyResponse", { params: { code: theirs.code } }))).status,
    ).toBe(404);
    expect((await fails(erin.request("getWorkshop", { params: { id: theirs.id } }))).status).toBe(
      404,
    );
    expect(
      await file.database.db.query("select 1 from sonar_participants where workshop_id = $1", [
        theirs.id,
      ]),
    ).toEqual([]);
    expect((await file.alice.request("getWorkshop", { params: { id: kept.id } })).title).toBe(
      "Atelier qui reste",
    );
  });
});

describe("limits", () => {
  it("rate-limits joins per address and answers per participant, with Retry-After", async () => {
    const limited = await startInstance(file.database.db, {
      settings: testSettings({
        SONAR_JOIN_RATE_PER_ADDRESS: "3",
        SONAR_ANSWER_RATE_PER_PARTICIPANT: "2",
      }),
    });
    try {
      const facilitator = await limited.client("alice");
      const workshop = await facilitator.request("createWorkshop", {
        body: { title: "L", edition: "innovation" },
      });
      const client = await limited.client();
      for (let index = 0; index < 3; index++)
        await client.request("join", { params: { code: workshop.code }, body: {} });
      const response = await fetch(`${limited.url}/sonar/join/${workshop.code}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      });
      expect(response.status).toBe(429);
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
      const submit = () =>
        client.request("submitResponse", {
          params: { code: workshop.code },
          body: { answers: exampleAnswers },
        });
      await submit();
      await submit();
      expect((await fails(submit())).code).toBe("rate-limited");
    } finally {
      await limited.close();
    }
  });

  it("a workshop takes at most SONAR_MAX_PARTICIPANTS", async () => {
    const small = await startInstance(file.database.db, {
      settings: testSettings({ SONAR_MAX_PARTICIPANTS: "2" }),
    });
    try {
      const facilitator = await small.client("alice");
      const workshop = await facilitator.request("createWorkshop", {
        body: { title: "M", edition: "innovation" },
      });
      const client = await small.client();
      await client.request("join", { params: { code: workshop.code }, body: {} });
      await client.request("join", { params: { code: workshop.code }, body: {} });
      expect(
        (await fails(client.request("join", { params: { code: workshop.code }, body: {} }))).code,
      ).toBe("workshop-full");
    } finally {
      await small.close();
    }
  });

  it("serves an OpenAPI document of exactly the contract's routes, and the join page", async () => {
    const document = (await (await fetch(`${file.instance.url}/sonar/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    const operations = Object.values(document.paths).flatMap((methods) =>
      Object.values(methods).map((operation) => operation.operationId),
    );
    const { workshopRoutes } = await import("@communs/sonar/workshop");
    expect(operations.sort()).toEqual(
      [...Object.keys(workshopRoutes), "openApiDocument", "joinPage"].sort(),
    );
    const page = await fetch(`${file.instance.url}/sonar/j/abc234`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("ABC234");
    expect((await fetch(`${file.instance.url}/sonar/j/0O0O0O`)).status).toBe(404);
  });

  it("describes the problem details it answers with, request id included", async () => {
    const document = (await (await fetch(`${file.instance.url}/sonar/openapi.json`)).json()) as {
      components: {
        schemas: {
          Problem: { required: string[]; properties: Record<string, { enum?: string[] }> };
        };
      };
    };
    const schema = document.components.schemas.Problem;
    const answer = await fetch(`${file.instance.url}/sonar/workshops/nope/board`);
    expect(answer.headers.get("content-type")).toContain("application/problem+json");
    const problem = (await answer.json()) as Record<string, unknown>;
    expect(problem.requestId).toBe(answer.headers.get("x-request-id"));
    expect(Object.keys(problem).filter((key) => !(key in schema.properties))).toEqual([]);
    expect(schema.required.filter((key) => !(key in problem))).toEqual([]);
    expect(schema.properties.code!.enum).toContain(problem.code);
  });
});
