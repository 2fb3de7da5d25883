// Embed tokens as standard JWTs: what a host site signs with jose, with node:crypto by hand (as
// any language can), and what the server refuses (expired, another audience, alg "none"), then
// the roles a token acts with in a box and the deprecated pre-JWT format.
import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SignJWT } from "jose";
import { createServer, type IdeaBoxServer } from "./server";
import { openTestDatabase, testConfig } from "./test/harness";
import { signEmbedToken, verifyEmbedToken } from "./embed-token";
import { insertBox } from "./domain/boxes";

const secret = "embed-secret-for-tests-0123456789abcdef";
const audience = "http://idees.test";
const now = () => Math.floor(Date.now() / 1000);
const logged: { message: string; fields?: Record<string, unknown> }[] = [];

let server: IdeaBoxServer;
let drop: () => Promise<void>;

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** A JWT built with nothing but HMAC-SHA256 and base64url, as a host site in any language can. */
function handMade(header: object, claims: object, key = secret): string {
  const signingInput = `${b64(header)}.${b64(claims)}`;
  return `${signingInput}.${createHmac("sha256", key).update(signingInput).digest("base64url")}`;
}

const person = (email: string, extra: object = {}) => ({
  aud: audience,
  email,
  name: "Agent Intégré",
  iat: now(),
  exp: now() + 300,
  ...extra,
});

async function call(path: string, token: string, init: RequestInit = {}) {
  const response = await server.app.fetch(
    new Request(`${audience}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) },
    }),
  );
  const text = await response.text();
  const body = text ? (JSON.parse(text) as { detail?: string }) : {};
  return { response, status: response.status, body };
}
const postIdea = (box: string, token: string) =>
  call(`/boxes/${box}/ideas`, token, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      title: "Idée venue de l’intranet",
      problem: "Déposée par le widget intégré.",
      scope: "daily-work",
    }),
  });

beforeAll(async () => {
  const opened = await openTestDatabase();
  drop = opened.drop;
  server = await createServer(testConfig(), {
    db: opened.db,
    log: (_level, message, fields) => logged.push({ message, fields }),
  });
  // A box admin whose address the host site vouches for, and a second box.
  const [admin] = await server.db.query<{ id: string }>(
    `insert into users (email, display_name, email_verified_at) values ('chef@jeton.fr', 'Cheffe', now()) returning id`,
  );
  for (const slug of ["jeton", "autre"])
    await insertBox(
      server.db,
      { slug, name: `Boîte ${slug}`, description: "", visibility: "public", themes: [] },
      slug === "jeton" ? admin!.id : null,
    );
}, 300_000);
afterAll(async () => {
  await server.close();
  await drop();
});

describe("embed tokens are HS256 JWTs", () => {
  it("takes a token signed with jose, as a Node host site would", async () => {
    const token = await new SignJWT({
      email: "jose@jeton.fr",
      name: "Signé Par Jose",
      box: "jeton",
    })
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .setIssuer("https://intranet.example")
      .setAudience(audience)
      .setSubject("agent-42")
      .setJti("f5b0c6")
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(secret));
    const answer = await postIdea("jeton", token);
    expect(answer.status).toBe(201);
    expect(answer.response.headers.get("deprecation")).toBeNull();
  });

  it("takes a token built by hand with HMAC-SHA256 and base64url (any language can)", async () => {
    const token = handMade({ alg: "HS256", typ: "JWT" }, person("main@jeton.fr"));
    expect((await postIdea("jeton", token)).status).toBe(201);
    expect(signEmbedToken(secret, person("main@jeton.fr"))).toMatch(
      /^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$/,
    );
  });

  it("refuses an expired token, another audience, alg none and a wrong secret, saying why", async () => {
    const cases: [string, string, RegExp][] = [
      [
        "expired",
        handMade({ alg: "HS256" }, person("x@jeton.fr", { iat: now() - 900, exp: now() - 300 })),
        /expired/,
      ],
      [
        "audience",
        handMade({ alg: "HS256" }, person("x@jeton.fr", { aud: "https://ailleurs.example" })),
        /wrong audience: aud must be "http:\/\/idees.test"/,
      ],
      [
        "none",
        `${b64({ alg: "none", typ: "JWT" })}.${b64(person("x@jeton.fr"))}.`,
        /algorithm not allowed/,
      ],
      [
        "HS512",
        (() => {
          const input = `${b64({ alg: "HS512" })}.${b64(person("x@jeton.fr"))}`;
          return `${input}.${createHmac("sha512", secret).update(input).digest("base64url")}`;
        })(),
        /algorithm not allowed/,
      ],
      [
        "secret",
        handMade({ alg: "HS256" }, person("x@jeton.fr"), "another-secret-0123456789abcdefghij"),
        /bad signature/,
      ],
      [
        "too long",
        handMade({ alg: "HS256" }, person("x@jeton.fr", { exp: now() + 3600 })),
        /at most 600 seconds/,
      ],
      [
        "no email",
        handMade({ alg: "HS256" }, { ...person("x@jeton.fr"), email: undefined }),
        /claim email/,
      ],
      [
        "no iat",
        handMade({ alg: "HS256" }, { ...person("x@jeton.fr"), iat: undefined }),
        /claim iat: missing/,
      ],
      [
        "bad role",
        handMade({ alg: "HS256" }, person("x@jeton.fr", { role: "superadmin" })),
        /claim role/,
      ],
    ];
    for (const [label, token, reason] of cases) {
      const answer = await call("/boxes/jeton/ideas", token);
      expect(answer.status, label).toBe(401);
      expect(answer.body.detail, label).toMatch(reason);
    }
  });

  it("acts in a box at most with the box's embed role, lowered further by a role claim", async () => {
    const admin = (extra: object = {}) => signEmbedToken(secret, person("chef@jeton.fr", extra));
    const queue = "/boxes/jeton/moderation/queue";
    const members = "/boxes/jeton/members";
    // Default embed role: agent, whatever the person's own role.
    expect((await call(queue, admin())).status).toBe(403);
    await server.db.query("update boxes set embed_role = 'admin' where slug = 'jeton'");
    expect((await call(members, admin())).status).toBe(200);
    expect((await call(members, admin({ role: "moderator" }))).status).toBe(403);
    expect((await call(queue, admin({ role: "moderator" }))).status).toBe(200);
    expect((await call(queue, admin({ role: "agent" }))).status).toBe(403);
    // A role claim never raises: a newcomer stays an agent.
    const newcomer = signEmbedToken(secret, person("nouveau@jeton.fr", { role: "admin" }));
    expect((await call(members, newcomer)).status).toBe(403);
  });

  it("keeps a token with a box claim to that box", async () => {
    const token = signEmbedToken(secret, person("boite@jeton.fr", { box: "jeton" }));
    expect((await postIdea("jeton", token)).status).toBe(201);
    const elsewhere = await postIdea("autre", token);
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.detail).toContain('only in the box "jeton"');
  });
});

describe("the pre-JWT format, deprecated", () => {
  const legacy = (claims: object) => {
    const payload = b64(claims);
    return `${payload}.${createHmac("sha256", secret).update(payload).digest("base64url")}`;
  };

  it("is still accepted, with a Deprecation header and a log line", async () => {
    const token = legacy({ email: "ancien@jeton.fr", name: "Ancien Format", exp: now() + 300 });
    const answer = await postIdea("jeton", token);
    expect(answer.status).toBe(201);
    expect(answer.response.headers.get("deprecation")).toMatch(/^@\d+$/);
    expect(answer.response.headers.get("link")).toContain('rel="deprecation"');
    expect(logged.map((line) => line.message)).toContainEqual(
      expect.stringContaining("deprecated embed token format"),
    );
    const forged = `${token.split(".")[0]}.${"A".repeat(43)}`;
    expect((await postIdea("jeton", forged)).status).toBe(401);
  });

  it("is told apart from a JWT without calling the network or the database", async () => {
    const token = legacy({ email: "a@b.fr", name: "A", exp: now() + 60 });
    const check = await verifyEmbedToken(secret, token, { audience });
    expect(check).toMatchObject({ ok: true, legacy: true });
    const expired = legacy({ email: "a@b.fr", name: "A", exp: now() - 1 });
    expect(await verifyEmbedToken(secret, expired, { audience })).toMatchObject({ ok: false });
  });
});
