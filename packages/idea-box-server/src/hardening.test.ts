// Holes found by an outside test of the server (issue 10): webhooks reaching internal addresses,
// a 413 that left its connection hanging, 429 without Retry-After, embed tokens acting as the
// platform admin. Each test here failed on the code before the fix. PGlite, or PostgreSQL when
// DATABASE_URL is set (npm run test:pg).
import { createServer as createHttpServer, type Server } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IdeaBoxError } from "@communs/idea-box";
import {
  jsonPost,
  openPublicBox,
  startHarness,
  type TestClient,
  type TestHarness,
} from "./test/harness";
import { isPublicAddress } from "./network-guard";
import { deliverDue } from "./webhooks";
import { signEmbedToken } from "./embed-token";

let h: TestHarness;
let admin: TestClient;
let agent: TestClient;
const box = { box: "mairie-durcie" };
const embedSecret = "embed-secret-for-tests-0123456789abcdef";

beforeAll(async () => {
  h = await startHarness({ port: 0, host: "127.0.0.1" });
  admin = await h.platformAdmin("admin-durci@test.fr", "Admin Durci");
  agent = await h.person("agent-durci@test.fr", "Agent Durci");
  // As if both had followed their verification link (this harness has no SMTP): an embed token
  // naming them then acts on these very accounts.
  await h.db.query(
    "update users set email_verified_at = now() where email in ('admin-durci@test.fr', 'agent-durci@test.fr')",
  );
  await openPublicBox(admin, box.box, "Mairie durcie", [{ slug: "accueil", label: "Accueil" }]);
}, 300_000);
afterAll(() => h.close());

const problemOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IdeaBoxError);
  return error as IdeaBoxError;
};

/** A receiver on 127.0.0.1 that counts what reaches it. */
async function receiver(): Promise<{ server: Server; port: number; hits: () => number }> {
  let hits = 0;
  const server = createHttpServer((request, response) => {
    hits++;
    request.resume();
    response.statusCode = 204;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.address() as { port: number }).port, hits: () => hits };
}

describe("webhooks reach only public addresses (SSRF)", () => {
  const internal = [
    "http://127.0.0.1:9/hook",
    "http://127.1/hook",
    "http://2130706433/hook", // 127.0.0.1 as one number
    "http://0x7f.0.0.1/hook",
    "http://localhost:8080/hook",
    "http://0.0.0.0/hook",
    "http://10.1.2.3/hook",
    "http://172.16.0.1/hook",
    "http://192.168.1.10/hook",
    "http://169.254.169.254/latest/meta-data/",
    "http://100.64.0.1/hook",
    "http://[::1]/hook",
    "http://[::]/hook",
    "http://[::ffff:127.0.0.1]/hook",
    "http://[::ffff:a9fe:a9fe]/hook", // 169.254.169.254, IPv4-mapped
    "http://[fd00::1]/hook",
    "http://[fe80::1]/hook",
    "http://[64:ff9b::a9fe:a9fe]/hook", // NAT64 of 169.254.169.254
    "http://224.0.0.1/hook",
    "https://no-such-host.invalid/hook",
  ];

  it("refuses internal targets when a webhook is registered", async () => {
    for (const url of internal) {
      const error = await problemOf(
        admin.request("createWebhook", { params: box, body: { url, events: ["idea.created"] } }),
      );
      expect(error.code, url).toBe("validation");
      expect(error.problem.errors?.[0]?.pointer, url).toBe("/body/url");
    }
    expect((await admin.request("listWebhooks", { params: box })).items).toEqual([]);
    // A public address is accepted (no request is made at registration).
    const hook = await admin.request("createWebhook", {
      params: box,
      body: { url: "https://93.184.215.14/hook", events: ["idea.created"] },
    });
    expect(hook.url).toBe("https://93.184.215.14/hook");
    await h.db.query("delete from webhooks where id = $1", [hook.id]);
  });

  it("classifies addresses with the IP range table", () => {
    for (const address of ["127.0.0.1", "10.0.0.1", "169.254.169.254", "::1", "fd12::1"])
      expect(isPublicAddress(address), address).toBe(false);
    for (const address of ["::ffff:10.0.0.1", "::ffff:7f00:1", "0.0.0.0", "255.255.255.255"])
      expect(isPublicAddress(address), address).toBe(false);
    for (const address of ["93.184.215.14", "2a00:1450:4007:80e::200e", "::ffff:93.184.215.14"])
      expect(isPublicAddress(address), address).toBe(true);
  });

  it("checks again at delivery, on the resolved address, and logs the same line whether the host answers or not", async () => {
    const open = await receiver();
    const closed = await receiver();
    await new Promise<void>((resolve) => closed.server.close(() => resolve()));
    const boxRow = await h.db.query<{ id: string }>("select id from boxes where slug = $1", [
      box.box,
    ]);
    // Registered while the name was public; it now resolves to this machine (DNS changed).
    for (const url of [
      `http://localhost:${open.port}/hook`,
      `http://localhost:${closed.port}/hook`,
      `http://127.0.0.1:${open.port}/hook`,
    ])
      await h.db.query(
        "insert into webhooks (box_id, url, secret, events) values ($1, $2, 'a-secret-for-tests', '{idea.created}')",
        [boxRow[0]!.id, url],
      );
    await agent.request("createIdea", {
      params: box,
      body: {
        title: "Une idée qui ne doit pas sortir",
        problem: "Un problème constaté.",
        scope: "daily-work",
      },
    });
    expect(await deliverDue(h.db)).toBe(3);
    expect(open.hits()).toBe(0);
    const log = await admin.request("listDeliveries", { params: box });
    const errors = log.items.map((item) => item.lastError);
    expect(errors).toHaveLength(3);
    // One answer for every internal target: it does not tell a listening port from a closed one.
    expect(new Set(errors)).toEqual(new Set(["not delivered: the host has no public address"]));

    // WEBHOOK_ALLOWED_HOSTS (here the option the worker gets from it) lets a named host through.
    await h.db.query("update webhook_deliveries set next_attempt_at = now()");
    expect(await deliverDue(h.db, { allowedHosts: ["localhost"] })).toBe(3);
    expect(open.hits()).toBe(1);
    open.server.close();
    await h.db.query("delete from webhooks");
  });

  it("accepts an internal host listed in WEBHOOK_ALLOWED_HOSTS at registration", async () => {
    h.server.config.webhookAllowedHosts = ["127.0.0.1"];
    try {
      const hook = await admin.request("createWebhook", {
        params: box,
        body: { url: "http://127.0.0.1:9/hook", events: ["idea.created"] },
      });
      expect(hook.url).toBe("http://127.0.0.1:9/hook");
      await problemOf(
        admin.request("createWebhook", {
          params: box,
          body: { url: "http://10.0.0.1/hook", events: ["idea.created"] },
        }),
      );
    } finally {
      h.server.config.webhookAllowedHosts = [];
      await h.db.query("delete from webhooks");
    }
  });
});

describe("a body over the size limit", () => {
  it("answers 413 and closes the connection, so no later request on it is left unanswered", async () => {
    const url = new URL(await h.server.listen());
    const big = JSON.stringify({ title: "x".repeat(h.server.config.bodyLimitBytes + 10) });
    const socket = connect(Number(url.port), url.hostname);
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    let received = "";
    socket.on("data", (chunk: Buffer) => (received += chunk.toString("latin1")));
    const ended = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    socket.write(
      `POST /boxes/${box.box}/ideas HTTP/1.1\r\nHost: ${url.host}\r\nConnection: keep-alive\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(big)}\r\n\r\n${big}` +
        `GET /health HTTP/1.1\r\nHost: ${url.host}\r\nConnection: keep-alive\r\n\r\n`,
    );
    const closedInTime = await Promise.race([
      ended.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000)),
    ]);
    socket.destroy();
    const responses = received.match(/^HTTP\/1\.1 \d{3}/gm) ?? [];
    expect(responses[0]).toBe("HTTP/1.1 413");
    // Either the server says it closes and does, or it answers the next request: never silence.
    const saysClose = /\r\nconnection: close\r\n/i.test(received.split("\r\n\r\n")[0]! + "\r\n");
    if (responses.length === 1) {
      expect(saysClose).toBe(true);
      expect(closedInTime).toBe(true);
    } else expect(responses[1]).toBe("HTTP/1.1 200");
  });
});

describe("rate limits", () => {
  it("answer 429 with Retry-After and RateLimit fields", async () => {
    const person = await h.person("pressee@test.fr", "Personne Pressée");
    const limit = h.server.config.rateLimit.perPerson;
    h.server.config.rateLimit.perPerson = 2;
    try {
      let response: Response | null = null;
      for (let index = 0; index < 4; index++) {
        response = await person.raw("/me", {
          method: "PATCH",
          headers: { "content-type": "application/json", "x-csrf-token": person.csrfToken! },
          body: JSON.stringify({ digest: "off" }),
        });
        if (response.status === 429) break;
      }
      expect(response!.status).toBe(429);
      const retryAfter = Number(response!.headers.get("retry-after"));
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(response!.headers.get("ratelimit-policy")).toBe('"per-person";q=2;w=60');
      expect(response!.headers.get("ratelimit")).toBe(`"per-person";r=0;t=${retryAfter}`);
      expect(((await response!.json()) as { code: string }).code).toBe("rate-limited");
    } finally {
      h.server.config.rateLimit.perPerson = limit;
    }
  });
});

describe("embed tokens", () => {
  const tokenFor = (email: string, name = "Via l’intranet") =>
    signEmbedToken(embedSecret, {
      aud: "http://idees.test",
      email,
      name,
      exp: Math.floor(Date.now() / 1000) + 300,
    });
  const asEmbed = (token: string, path: string, init: RequestInit = {}) =>
    h.client().raw(path, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` },
    });

  it("never act as the platform admin, even when they name the platform admin", async () => {
    const token = tokenFor("admin-durci@test.fr");
    const session = (await (await asEmbed(token, "/auth/session")).json()) as {
      user: { id: string; platformAdmin: boolean } | null;
    };
    expect(session.user?.id).toBe(admin.userId);
    expect(session.user?.platformAdmin).toBe(false);
    const created = await asEmbed(
      token,
      "/boxes",
      jsonPost({ slug: "boite-pirate", name: "Boîte pirate", visibility: "public" }),
    );
    expect(created.status).toBe(403);
    // Account-wide operations need the person's own sign-in: no export, no erasure by token.
    expect((await asEmbed(token, "/me/export")).status).toBe(403);
    expect((await asEmbed(token, "/me", { method: "DELETE" })).status).toBe(403);
    expect((await h.db.query("select 1 from users where erased_at is not null")).length).toBe(0);
  });

  it("are not captured by an unverified local account that registered the address first", async () => {
    const squatter = await h.person("intranet-agent@test.fr", "Usurpateur");
    const token = tokenFor("intranet-agent@test.fr", "Agent de l’intranet");
    const session = (await (await asEmbed(token, "/auth/session")).json()) as {
      user: { id: string; displayName: string } | null;
    };
    expect(session.user?.id).toBeDefined();
    expect(session.user!.id).not.toBe(squatter.userId);
    expect(session.user!.displayName).toBe("Agent de l’intranet");
    expect((await squatter.request("session")).user).toBeNull();
  });

  it("act at most with the box's embed role: agent by default, more only when the box says so", async () => {
    const token = tokenFor("admin-durci@test.fr");
    // The platform admin created the box, so is its admin; through a token, only an agent.
    expect((await asEmbed(token, `/boxes/${box.box}/export.json`)).status).toBe(403);
    expect((await asEmbed(token, `/boxes/${box.box}/members`)).status).toBe(403);
    const idea = await asEmbed(
      token,
      `/boxes/${box.box}/ideas`,
      jsonPost({
        title: "Depuis l’intranet",
        problem: "Un problème.",
        scope: "daily-work",
      }),
    );
    expect(idea.status).toBe(201);
    const { id } = (await idea.json()) as { id: string };
    const status = await asEmbed(
      token,
      `/boxes/${box.box}/ideas/${id}/status`,
      jsonPost({ status: "accepted", response: "Oui." }),
    );
    expect(status.status).toBe(403);

    // The box allows moderators through embeds: moderation yes, administration still no.
    await h.db.query("update boxes set embed_role = 'moderator' where slug = $1", [box.box]);
    try {
      expect((await asEmbed(token, `/boxes/${box.box}/moderation/queue`)).status).toBe(200);
      expect((await asEmbed(token, `/boxes/${box.box}/export.json`)).status).toBe(403);
      // An agent stays an agent: the embed role caps, it does not grant.
      const agentToken = tokenFor("agent-durci@test.fr");
      expect((await asEmbed(agentToken, `/boxes/${box.box}/moderation/queue`)).status).toBe(403);
    } finally {
      await h.db.query("update boxes set embed_role = 'agent' where slug = $1", [box.box]);
    }
  });
});
