import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endpoints } from "@communs/idea-box";
import { signEmbedToken } from "./embed-token";
import { makePlatformAdmin, startHarness, type TestClient, type TestHarness } from "./test/harness";

/**
 * The OpenAPI document is the oracle here, not the contract's table: for every operation it
 * publishes, what it says about anonymous callers, box roles, platform admins, blocked people
 * and the CSRF token is checked against what the running server answers. Inputs are dummies
 * (random ids, an empty body): a caller who is let through gets past 401/403 to a 2xx, 404 or
 * 422, while one who is refused gets the 401/403 the document announces.
 */
interface XAccess {
  level: string;
  anonymous: "always" | "public-box" | "never";
  boxRole?: "agent" | "lead" | "moderator" | "admin";
  platformAdmin?: true;
  refusedWhenBlocked?: true;
  embedToken: boolean;
  csrf: boolean;
}
interface Operation {
  operationId: string;
  method: string;
  path: string;
  security: Record<string, string[]>[];
  access: XAccess;
}

type Who = "agent" | "moderator" | "admin" | "platform" | "blocked";
const publicBox = "ouverte";
const membersBox = "reservee";
/** Routes outside the contract that every server mounts (OIDC and e-mail verification need settings). */
const alwaysMounted = new Set([
  "openapi",
  "unsubscribePage",
  "unsubscribe",
  "healthLive",
  "healthReady",
  "metrics",
]);
/** These end the caller's session or account: each call gets a person of its own. */
const consumesCaller = new Set(["logout", "eraseMe"]);

let h: TestHarness;
let operations: Operation[];
const people = {} as Record<Who, TestClient>;
let counter = 0;

async function personAs(who: Who, operationId: string): Promise<TestClient> {
  if (!consumesCaller.has(operationId)) return people[who];
  return h.person(`jetable-${++counter}@openapi.fr`);
}

/** Calls an operation the way a client author following the document would. */
async function call(
  caller: TestClient,
  operation: Operation,
  options: { box?: string; csrf?: boolean; bearer?: string } = {},
): Promise<{ status: number; code?: string }> {
  const path = operation.path
    .replace("{box}", options.box ?? publicBox)
    .replace("{id}", randomUUID())
    .replace("{userId}", randomUUID())
    .replace("{key}", "under_review");
  const unsafe = operation.method !== "get";
  const headers: Record<string, string> = { accept: "application/json" };
  if (unsafe) headers["content-type"] = "application/json";
  if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
  if (unsafe && options.csrf !== false && caller.csrfToken)
    headers["x-csrf-token"] = caller.csrfToken;
  const response = await caller.raw(path, {
    method: operation.method.toUpperCase(),
    headers,
    body: unsafe ? "{}" : undefined,
  });
  const text = await response.text();
  let code: string | undefined;
  try {
    code = (JSON.parse(text) as { code?: string }).code;
  } catch {
    code = undefined;
  }
  return { status: response.status, code };
}

const letThrough = (result: { status: number; code?: string }, label: string) =>
  expect([401, 403], `${label}: ${JSON.stringify(result)}`).not.toContain(result.status);

beforeAll(async () => {
  h = await startHarness();
  // The founder creates the boxes and so becomes their admin; "platform" has no role in them.
  const founder = await h.platformAdmin("fondatrice@openapi.fr");
  people.platform = await h.person("plateforme@openapi.fr");
  await makePlatformAdmin(h.db, people.platform.userId!);
  people.agent = await h.person("agent@openapi.fr");
  people.moderator = await h.person("moderation@openapi.fr");
  people.admin = await h.person("admin@openapi.fr");
  people.blocked = await h.person("bloque@openapi.fr");
  await founder.request("createBox", {
    body: { slug: publicBox, name: "Boîte ouverte", visibility: "public" },
  });
  await founder.request("createBox", {
    body: { slug: membersBox, name: "Boîte réservée", visibility: "members" },
  });
  for (const [who, role] of [
    ["moderator", "moderator"],
    ["admin", "admin"],
  ] as const)
    await founder.request("setMember", {
      params: { box: publicBox, userId: people[who].userId! },
      body: { role },
    });
  await founder.request("block", {
    params: { box: publicBox },
    body: { target: { kind: "user", id: people.blocked.userId! }, reason: "Test du document" },
  });

  const document = (await (await h.client().raw("/openapi.json")).json()) as {
    paths: Record<
      string,
      Record<string, Omit<Operation, "method" | "path"> & Record<string, unknown>>
    >;
  };
  operations = [];
  for (const [path, methods] of Object.entries(document.paths))
    for (const [method, operation] of Object.entries(methods))
      operations.push({
        operationId: operation.operationId,
        method,
        path,
        security: operation.security,
        access: operation["x-access"] as XAccess,
      });
}, 300_000);
afterAll(() => h.close());

describe("the OpenAPI document states each operation's real access", () => {
  it("gives every operation its security and, for the API's own, an x-access", () => {
    expect(operations.length).toBeGreaterThan(40);
    for (const operation of operations) {
      expect(operation.security, operation.operationId).toBeInstanceOf(Array);
      if (operation.operationId in endpoints)
        expect(operation.access, operation.operationId).toBeDefined();
    }
  });

  it("lets anonymous callers in exactly where the security lists no requirement ({})", async () => {
    for (const operation of operations) {
      // The OIDC and e-mail routes are mounted only with their settings (not in this harness).
      if (!(operation.operationId in endpoints) && !alwaysMounted.has(operation.operationId))
        continue;
      const anonymousAllowed = operation.security.some(
        (option) => Object.keys(option).length === 0,
      );
      if (operation.access)
        expect(anonymousAllowed, operation.operationId).toBe(
          operation.access.anonymous !== "never",
        );
      const result = await call(h.client(), operation);
      if (anonymousAllowed) letThrough(result, operation.operationId);
      else expect(result.status, operation.operationId).toBe(401);
      if (operation.access?.anonymous === "public-box") {
        const members = await call(h.client(), operation, { box: membersBox });
        expect(members.status, `${operation.operationId} on a members-only box`).toBe(401);
      }
    }
  });

  it("lets a signed-in person with no role in the box do what x-access grants an agent", async () => {
    for (const { operationId, access, ...rest } of operations) {
      if (!access) continue;
      const operation = { operationId, access, ...rest };
      const result = await call(await personAs("agent", operationId), operation);
      const refused = access.platformAdmin || (access.boxRole && access.boxRole !== "agent");
      if (refused) expect(result, operationId).toMatchObject({ status: 403, code: "forbidden" });
      else letThrough(result, operation.operationId);
    }
  });

  it("lets box moderators, box admins and platform admins do what x-access grants them", async () => {
    const rank = { agent: 1, lead: 2, moderator: 3, admin: 4 };
    // A platform admin with no membership is, like anyone signed in, an agent of a public box.
    const roleOf = { moderator: "moderator", admin: "admin", platform: "agent" } as const;
    for (const operation of operations) {
      const access = operation.access;
      if (!access) continue;
      for (const who of ["moderator", "admin", "platform"] as const) {
        const result = await call(await personAs(who, operation.operationId), operation);
        const label = `${who} on ${operation.operationId}`;
        const allowed = access.platformAdmin
          ? who === "platform"
          : !access.boxRole || rank[roleOf[who]] >= rank[access.boxRole];
        if (allowed) expect([401, 403], label).not.toContain(result.status);
        else expect(result.status, label).toBe(403);
      }
    }
  });

  it("refuses a blocked person exactly the operations x-access marks refusedWhenBlocked", async () => {
    for (const operation of operations) {
      const access = operation.access;
      if (!access || access.platformAdmin || (access.boxRole && access.boxRole !== "agent"))
        continue;
      if (!operation.path.includes("{box}")) continue;
      const result = await call(people.blocked, operation);
      if (access.refusedWhenBlocked)
        expect(result, operation.operationId).toMatchObject({ status: 403, code: "blocked" });
      else letThrough(result, operation.operationId);
    }
  });

  it("asks for the CSRF token exactly on the unsafe operations it lists it for", async () => {
    for (const operation of operations) {
      if (!operation.access) continue;
      const csrfListed = operation.security.some((option) => "csrf" in option);
      expect(csrfListed, operation.operationId).toBe(operation.access.csrf);
      expect(csrfListed, operation.operationId).toBe(operation.method !== "get");
      // A session cookie without its token: refused wherever the token is listed.
      const caller = await personAs("admin", operation.operationId);
      const result = await call(caller, operation, { csrf: false });
      if (csrfListed)
        expect(result, operation.operationId).toMatchObject({ status: 403, code: "csrf" });
      else expect(result.code, operation.operationId).not.toBe("csrf");
    }
  });

  it("takes the one-click unsubscribe from anyone, without session or CSRF token, refusing a bad token", async () => {
    const unsubscribe = operations.filter((op) => op.path === "/email/unsubscribe");
    expect(unsubscribe.map((op) => `${op.method} ${op.operationId}`).sort()).toEqual([
      "get unsubscribePage",
      "post unsubscribe",
    ]);
    for (const operation of unsubscribe) {
      expect(operation.security, operation.operationId).toEqual([{}]);
      // With a session cookie and no CSRF token, as a mail client never sends one.
      const result = await call(people.agent, operation, { csrf: false });
      expect(result, operation.operationId).toEqual({ status: 422, code: "validation" });
    }
  });

  it("takes a host site's embed token exactly where the security lists it, with no CSRF token", async () => {
    for (const operation of operations) {
      if (!operation.access) continue;
      const listed = operation.security.some((option) => "embedToken" in option);
      expect(listed, operation.operationId).toBe(operation.access.embedToken);
      const bearer = signEmbedToken("embed-secret-for-tests-0123456789abcdef", {
        aud: "http://idees.test",
        email: `integre-${++counter}@openapi.fr`,
        name: "Agent intégré",
        exp: Math.floor(Date.now() / 1000) + 300,
      });
      const result = await call(h.client(), operation, { bearer });
      // A new person through a token is, at most, an agent of the public box.
      const aboveAgent = operation.access.boxRole && operation.access.boxRole !== "agent";
      if (listed && !aboveAgent) letThrough(result, operation.operationId);
      else expect(result.status, operation.operationId).toBe(403);
    }
  });
});
