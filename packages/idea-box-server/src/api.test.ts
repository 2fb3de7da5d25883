import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IdeaBoxError, endpoints } from "@communs/idea-box";
import {
  jsonPost,
  openPublicBox,
  postIdea,
  startHarness,
  type TestClient,
  type TestHarness,
} from "./test/harness";
import { seed } from "./seed";
import { migrate } from "./db/migrations";
import { handlers } from "./domain/handlers";
import { signEmbedToken } from "./embed-token";
import { deliverDue } from "./webhooks";

let h: TestHarness;
let admin: TestClient;
let agent: TestClient;
let other: TestClient;
let moderator: TestClient;
const box = { box: "mairie-test" };

const expectProblem = async (promise: Promise<unknown>, code: string) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IdeaBoxError);
  expect((error as IdeaBoxError).code).toBe(code);
  return error as IdeaBoxError;
};

const newIdea = (client: TestClient, title: string, extra: Record<string, unknown> = {}) =>
  postIdea(client, box.box, title, extra);

beforeAll(async () => {
  // The webhook test's receiver listens on 127.0.0.1, which only this setting lets webhooks reach.
  h = await startHarness({ webhookAllowedHosts: ["127.0.0.1"] });
  admin = await h.platformAdmin("admin@test.fr", "Admin Test");
  agent = await h.person("agent@test.fr", "Agent Test");
  other = await h.person("autre@test.fr", "Autre Agent");
  moderator = await h.person("modo@test.fr", "Modo Test");
  await openPublicBox(admin, "mairie-test", "Mairie test", [{ slug: "accueil", label: "Accueil" }]);
  await admin.request("setMember", {
    params: { ...box, userId: moderator.userId! },
    body: { role: "moderator" },
  });
}, 300_000);
afterAll(() => h.close());

describe("storage", () => {
  it("applies migrations once and seeds French demo content", async () => {
    expect(await migrate(h.db)).toEqual([]);
    await seed(h.db);
    const boxes = await h.client().request("listBoxes");
    expect(boxes.items.map((b) => b.slug)).toContain("ville-exemple");
    const list = await h
      .client()
      .request("listIdeas", { params: { box: "ville-exemple" }, query: { sort: "supported" } });
    expect(list.items.length).toBeGreaterThan(3);
    expect(list.items[0]!.supportCount).toBeGreaterThanOrEqual(list.items[1]!.supportCount);
    const notRetained = list.items.find((idea) => idea.status === "not_retained")!;
    const page = await h
      .client()
      .request("getIdea", { params: { box: "ville-exemple", id: notRetained.id } });
    expect(page.history.at(-1)!.response).toMatch(/Non retenue/);
  });

  it("has a handler for every endpoint of the contract", () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(endpoints).sort());
  });
});

describe("ideas", () => {
  it("creates an idea, with validation of every field", async () => {
    const idea = await newIdea(agent, "Améliorer l’accueil téléphonique", { theme: "accueil" });
    expect(idea).toMatchObject({
      status: "submitted",
      mine: true,
      followedByMe: true,
      author: { mode: "named", displayName: "Agent Test" },
    });
    expect(idea.history).toHaveLength(1);
    const error = await expectProblem(
      agent.request("createIdea", {
        params: box,
        body: { title: "x", problem: "", scope: "Nope" } as never,
      }),
      "validation",
    );
    expect(error.problem.errors!.map((e) => e.pointer).sort()).toEqual([
      "/body/problem",
      "/body/scope",
      "/body/title",
    ]);
    const unknownScope = await expectProblem(
      newIdea(agent, "Une idée de plus", { scope: "inconnu" }),
      "validation",
    );
    expect(unknownScope.problem.errors![0]!.pointer).toBe("/body/scope");
  });

  it("keeps anonymous authors hidden from everyone but themselves", async () => {
    const idea = await newIdea(agent, "Idée anonyme sur les horaires", {
      authorship: { mode: "anonymous" },
    });
    expect(idea.author.displayName).toBeNull();
    const seen = await admin.request("getIdea", { params: { ...box, id: idea.id } });
    expect(seen.author).toEqual({ mode: "anonymous", displayName: null, teamName: null });
    expect(seen.mine).toBe(false);
    const team = await newIdea(agent, "Idée d’équipe sur la propreté", {
      authorship: { mode: "team", teamName: "Équipe propreté" },
    });
    expect(team.author).toEqual({ mode: "team", displayName: null, teamName: "Équipe propreté" });
  });

  it("counts one support per person and lists the most supported first", async () => {
    const idea = await newIdea(agent, "Des bancs devant la médiathèque");
    await other.request("support", { params: { ...box, id: idea.id } });
    const again = await other.request("support", { params: { ...box, id: idea.id } });
    expect(again.supportCount).toBe(1);
    expect(again.supportedByMe).toBe(true);
    await moderator.request("support", { params: { ...box, id: idea.id } });
    const list = await h
      .client()
      .request("listIdeas", { params: box, query: { sort: "supported", limit: 1 } });
    expect(list.items[0]!.id).toBe(idea.id);
    expect(list.nextCursor).toBe("1");
    const withdrawn = await other.request("unsupport", { params: { ...box, id: idea.id } });
    expect(withdrawn.supportCount).toBe(1);
  });

  it("lets only the author or a moderator edit", async () => {
    const idea = await newIdea(agent, "Une idée à corriger plus tard");
    await expectProblem(
      other.request("updateIdea", {
        params: { ...box, id: idea.id },
        body: { title: "Piraté par un autre" },
      }),
      "forbidden",
    );
    const edited = await agent.request("updateIdea", {
      params: { ...box, id: idea.id },
      body: { title: "Une idée corrigée par son autrice" },
    });
    expect(edited.title).toBe("Une idée corrigée par son autrice");
  });
});

describe("search", () => {
  it("finds French words whatever the accents and inflections", async () => {
    await newIdea(agent, "Réorganiser les réunions d’équipe", {
      problem: "Les réunions sont trop longues et mal préparées.",
    });
    const found = await h
      .client()
      .request("listIdeas", { params: box, query: { q: "reunion equipe", sort: "relevance" } });
    expect(found.items.map((i) => i.title)).toContain("Réorganiser les réunions d’équipe");
    const none = await h
      .client()
      .request("listIdeas", { params: box, query: { q: "hélicoptère" } });
    expect(none.items).toEqual([]);
  });

  it("suggests similar ideas while typing a title", async () => {
    const similar = await h
      .client()
      .request("similarIdeas", { params: box, query: { title: "reorganiser les reunions" } });
    expect(similar.items[0]!.title).toBe("Réorganiser les réunions d’équipe");
    expect(similar.items[0]!.similarity).toBeGreaterThan(0.3);
  });
});

describe("comments and follow-up", () => {
  it("threads comments two levels deep", async () => {
    const idea = await newIdea(agent, "Un composteur partagé à la cantine");
    const top = await other.request("createComment", {
      params: { ...box, id: idea.id },
      body: { body: "Bonne idée !" },
    });
    const reply = await agent.request("createComment", {
      params: { ...box, id: idea.id },
      body: { body: "Merci.", parentId: top.id },
    });
    expect(reply.parentId).toBe(top.id);
    const tooDeep = await expectProblem(
      other.request("createComment", {
        params: { ...box, id: idea.id },
        body: { body: "Et moi ?", parentId: reply.id },
      }),
      "validation",
    );
    expect(tooDeep.problem.errors![0]!.pointer).toBe("/body/parentId");
    const list = await h.client().request("listComments", { params: { ...box, id: idea.id } });
    expect(list.items).toHaveLength(2);
    const page = await h.client().request("getIdea", { params: { ...box, id: idea.id } });
    expect(page.commentCount).toBe(2);
  });

  it("requires a public reason for 'not retained' and keeps the history", async () => {
    const idea = await newIdea(agent, "Un toboggan géant dans le hall");
    await expectProblem(
      moderator.request("changeStatus", {
        params: { ...box, id: idea.id },
        body: { status: "not_retained" },
      }),
      "validation",
    );
    await expectProblem(
      agent.request("changeStatus", {
        params: { ...box, id: idea.id },
        body: { status: "accepted" },
      }),
      "forbidden",
    );
    await moderator.request("changeStatus", {
      params: { ...box, id: idea.id },
      body: { status: "under_review" },
    });
    const page = await moderator.request("changeStatus", {
      params: { ...box, id: idea.id },
      body: {
        status: "not_retained",
        response: "Le hall est classé : impossible d’y installer une structure.",
      },
    });
    expect(page.status).toBe("not_retained");
    expect(page.history.map((entry) => entry.status)).toEqual([
      "submitted",
      "under_review",
      "not_retained",
    ]);
  });

  it("merges a duplicate: supports and followers move, an audit entry stays", async () => {
    const original = await newIdea(agent, "Ouvrir la médiathèque le dimanche");
    const duplicate = await newIdea(other, "Médiathèque ouverte le dimanche");
    await moderator.request("support", { params: { ...box, id: duplicate.id } });
    await agent.request("support", { params: { ...box, id: duplicate.id } });
    await agent.request("support", { params: { ...box, id: original.id } });
    const merged = await moderator.request("mergeIdea", {
      params: { ...box, id: duplicate.id },
      body: { into: original.id, reason: "Même idée" },
    });
    expect(merged.mergedInto).toBe(original.id);
    const after = await agent.request("getIdea", { params: { ...box, id: original.id } });
    expect(after.supportCount).toBe(2);
    expect(after.followerCount).toBe(2);
    const audit = await admin.request("listAudit", { params: box });
    expect(
      audit.items.some(
        (entry) => entry.action === "idea.merged" && entry.targetId === duplicate.id,
      ),
    ).toBe(true);
    await expectProblem(
      moderator.request("mergeIdea", {
        params: { ...box, id: duplicate.id },
        body: { into: original.id, reason: "Encore" },
      }),
      "conflict",
    );
  });
});

describe("moderation", () => {
  it("queues reports, hides and restores with a reason, blocks an anonymous author", async () => {
    const idea = await newIdea(other, "Contenu douteux à modérer", {
      authorship: { mode: "anonymous" },
    });
    await agent.request("reportIdea", {
      params: { ...box, id: idea.id },
      body: { reason: "abusive" },
    });
    const queue = await moderator.request("moderationQueue", { params: box });
    expect(queue.items.some((report) => report.targetId === idea.id)).toBe(true);
    await moderator.request("hideIdea", {
      params: { ...box, id: idea.id },
      body: { reason: "Propos injurieux" },
    });
    await expectProblem(agent.request("getIdea", { params: { ...box, id: idea.id } }), "not-found");
    expect((await other.request("getIdea", { params: { ...box, id: idea.id } })).hidden).toBe(true);
    expect(
      (await moderator.request("moderationQueue", { params: box })).items.some(
        (r) => r.targetId === idea.id,
      ),
    ).toBe(false);
    await moderator.request("restoreIdea", {
      params: { ...box, id: idea.id },
      body: { reason: "Après relecture" },
    });
    expect((await agent.request("getIdea", { params: { ...box, id: idea.id } })).hidden).toBe(
      false,
    );

    await moderator.request("block", {
      params: box,
      body: { target: { kind: "idea", id: idea.id }, reason: "Récidive" },
    });
    await expectProblem(newIdea(other, "Une idée pendant le blocage"), "blocked");
    // The moderator never learns who it is: they lift the block through the idea, as they set it.
    await moderator.request("unblock", { params: { ...box, userId: idea.id } });
    await newIdea(other, "Une idée après le blocage");
  });
});

describe("identity and data duties", () => {
  it("rejects unsafe requests without the CSRF token", async () => {
    const response = await agent.raw(
      "/boxes/mairie-test/ideas",
      jsonPost({
        title: "Sans jeton CSRF",
        problem: "Une requête forgée depuis un autre site.",
        scope: "public-service",
      }),
    );
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(((await response.json()) as { code: string }).code).toBe("csrf");
  });

  it("refuses a wrong password and signs out", async () => {
    await expectProblem(
      h
        .client()
        .request("login", { body: { email: "agent@test.fr", password: "wrong password!!" } }),
      "unauthenticated",
    );
    const person = await h.person("sortie@test.fr");
    await person.request("logout");
    expect((await person.request("session")).user).toBeNull();
  });

  it("accepts short-lived embed tokens signed by the host site", async () => {
    const token = signEmbedToken("embed-secret-for-tests-0123456789abcdef", {
      aud: "http://idees.test",
      email: "embed@test.fr",
      name: "Agent Intégré",
      exp: Math.floor(Date.now() / 1000) + 300,
    });
    const response = await h.client().raw("/boxes/mairie-test/ideas", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${token}`,
        origin: "https://intranet.example",
      },
      body: JSON.stringify({
        title: "Idée déposée depuis l’intranet",
        problem: "Déposée par un widget intégré.",
        scope: "daily-work",
      }),
    });
    expect(response.status).toBe(201);
    const forged = await h.client().raw("/boxes/mairie-test/ideas", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${token.slice(0, -2)}xx`,
      },
      body: "{}",
    });
    expect(forged.status).toBe(401);
  });

  it("exports a person's data and erases the account, keeping content anonymous", async () => {
    const person = await h.person("partante@test.fr", "Personne Partante");
    const idea = await newIdea(person, "Idée d’une personne qui part");
    await person.request("createComment", {
      params: { ...box, id: idea.id },
      body: { body: "Mon commentaire." },
    });
    const data = await person.request("exportMyData");
    expect(data.ideas.map((i) => i.id)).toContain(idea.id);
    expect(data.comments).toHaveLength(1);
    expect(data.user.email).toBe("partante@test.fr");
    await person.request("eraseMe");
    const after = await agent.request("getIdea", { params: { ...box, id: idea.id } });
    expect(after.author).toEqual({ mode: "anonymous", displayName: null, teamName: null });
    const comments = await agent.request("listComments", { params: { ...box, id: idea.id } });
    expect(comments.items[0]!.author.displayName).toBeNull();
    await expectProblem(
      h.client().request("login", {
        body: { email: "partante@test.fr", password: "correct horse battery staple" },
      }),
      "unauthenticated",
    );
  });

  it("exports the box as CSV and JSON for its admins", async () => {
    await newIdea(agent, '=HYPERLINK("http://evil") piège à tableur');
    const csv = String(await admin.request("exportBoxCsv", { params: box }));
    expect(csv.split("\r\n")[0]).toContain("id,title,problem");
    expect(csv).toContain("'=HYPERLINK");
    const json = await admin.request("exportBoxJson", { params: box });
    expect(json.ideas.length).toBeGreaterThan(5);
    expect(json.comments.length).toBeGreaterThan(0);
  });
});

describe("operations", () => {
  it("describes every route the server registers in its OpenAPI document", async () => {
    const doc = (await (await h.client().raw("/openapi.json")).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    // The Sonar workshops mounted beside the idea box (ADR 0003) describe theirs in their own.
    const workshops = (await (await h.client().raw("/sonar/openapi.json")).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const routes = h.server.app.routes.filter((route) => route.method !== "ALL");
    expect(routes.length).toBeGreaterThan(40);
    for (const route of routes) {
      const path = route.path.replace(/:(\w+)/g, "{$1}");
      const described = path.startsWith("/sonar/") ? workshops : doc;
      expect(
        described.paths[path]?.[route.method.toLowerCase()],
        `${route.method} ${path}`,
      ).toBeDefined();
    }
  });

  it("serves health, OpenAPI, security headers and problem details for unknown routes", async () => {
    const client = h.client();
    expect(await client.request("health")).toEqual({ status: "ok", database: h.db.kind });
    const doc = (await (await client.raw("/openapi.json")).json()) as { openapi: string };
    expect(doc.openapi).toBe("3.1.0");
    const missing = await client.raw("/nowhere");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toContain("application/problem+json");
    expect(missing.headers.get("x-content-type-options")).toBe("nosniff");
    expect(missing.headers.get("content-security-policy")).toContain("frame-ancestors");
  });

  it("limits body size and needs JSON", async () => {
    const big = await agent.raw("/boxes/mairie-test/ideas", {
      method: "POST",
      headers: { "content-type": "application/json", "x-csrf-token": agent.csrfToken! },
      body: JSON.stringify({ title: "x".repeat(200_000) }),
    });
    expect(big.status).toBe(413);
    const text = await agent.raw("/boxes/mairie-test/ideas", {
      method: "POST",
      headers: { "content-type": "text/plain", "x-csrf-token": agent.csrfToken! },
      body: "hello",
    });
    expect(text.status).toBe(415);
  });
});

describe("webhooks", () => {
  it("delivers signed events, retries failures and keeps a delivery log", async () => {
    const { createServer: createHttpServer } = await import("node:http");
    const { createHmac } = await import("node:crypto");
    const received: { body: string; signature: string }[] = [];
    let fail = true;
    const receiver = createHttpServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString()));
      request.on("end", () => {
        received.push({ body, signature: String(request.headers["x-communs-signature"]) });
        response.statusCode = fail ? 500 : 204;
        response.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    const port = (receiver.address() as { port: number }).port;
    const hook = await admin.request("createWebhook", {
      params: box,
      body: {
        url: `http://127.0.0.1:${port}/hook`,
        events: ["idea.created", "idea.status_changed"],
      },
    });
    expect(hook.secret).toBeTruthy();
    await newIdea(agent, "Une idée qui part en webhook");
    expect(await deliverDue(h.db, { allowedHosts: ["127.0.0.1"] })).toBe(1);
    let log = await admin.request("listDeliveries", { params: box });
    expect(log.items[0]).toMatchObject({ state: "pending", attempts: 1, lastError: "HTTP 500" });
    fail = false;
    await h.db.query("update webhook_deliveries set next_attempt_at = now()");
    expect(await deliverDue(h.db, { allowedHosts: ["127.0.0.1"] })).toBe(1);
    log = await admin.request("listDeliveries", { params: box });
    expect(log.items[0]).toMatchObject({ state: "delivered", attempts: 2 });
    const last = received.at(-1)!;
    const [t, v1] = last.signature.split(",").map((part) => part.split("=")[1]);
    expect(createHmac("sha256", hook.secret!).update(`${t}.${last.body}`).digest("hex")).toBe(v1);
    expect(JSON.parse(last.body).event).toBe("idea.created");
    expect((await admin.request("listWebhooks", { params: box })).items[0]!.secret).toBeNull();
    receiver.close();
  });
});

describe("personal filters and the trending sort", () => {
  it("lists only my ideas (anonymous ones included) or the ones I support, across pages", async () => {
    const mineNamed = await newIdea(other, "Mon idée nommée sur les horaires");
    const mineAnonymous = await newIdea(other, "Mon idée anonyme sur la cantine", {
      authorship: { mode: "anonymous" },
    });
    // Enough ideas by someone else that mine would fall beyond a first page of 2.
    for (let index = 0; index < 3; index++) await newIdea(agent, `Idée d’un collègue ${index}`);
    const supportedOne = await newIdea(agent, "Une idée que je soutiens");
    await other.request("support", { params: { ...box, id: supportedOne.id } });

    const mine = await other.request("listIdeas", {
      params: box,
      query: { mine: "true", limit: 100 },
    });
    const mineIds = mine.items.map((idea) => idea.id);
    expect(mineIds).toContain(mineNamed.id);
    expect(mineIds).toContain(mineAnonymous.id);
    expect(mine.items.every((idea) => idea.mine)).toBe(true);

    const firstPage = await other.request("listIdeas", {
      params: box,
      query: { mine: "true", limit: 1 },
    });
    expect(firstPage.items).toHaveLength(1);
    expect(firstPage.items[0]!.mine).toBe(true);
    expect(firstPage.nextCursor).not.toBeNull();

    const supported = await other.request("listIdeas", {
      params: box,
      query: { supported: "true", limit: 100 },
    });
    expect(supported.items.map((idea) => idea.id)).toEqual([supportedOne.id]);

    // Signed out, "mine" is simply empty.
    const anonymous = h.client();
    const none = await anonymous.request("listIdeas", { params: box, query: { mine: "true" } });
    expect(none.items).toEqual([]);
    await expectProblem(
      other.request("listIdeas", { params: box, query: { mine: "maybe" } as never }),
      "validation",
    );
  });

  it("puts a young idea with some support above an old one with more", async () => {
    const old = await newIdea(agent, "Une vieille idée très soutenue");
    const young = await newIdea(agent, "Une jeune idée déjà soutenue");
    await h.db.query(
      "update ideas set created_at = now() - interval '30 days', support_count = 10 where id = $1",
      [old.id],
    );
    await h.db.query("update ideas set support_count = 3 where id = $1", [young.id]);
    const trending = await agent.request("listIdeas", {
      params: box,
      query: { sort: "trending", limit: 100 },
    });
    const order = trending.items.map((idea) => idea.id);
    expect(order.indexOf(young.id)).toBeLessThan(order.indexOf(old.id));
    expect(order[0]).toBe(young.id);
  });
});
