import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { ProblemDetails, endpoints } from "@communs/idea-box";
import { openPublicBox, startHarness, type TestClient, type TestHarness } from "./test/harness";

/** 10,000 random and malformed requests: always a 4xx problem details (or a success), never a 5xx. */
const runs = Number(process.env.FUZZ_RUNS ?? 10_000);

let h: TestHarness;
let agent: TestClient;
let admin: TestClient;
let ideaId: string;
let commentId: string;

beforeAll(async () => {
  h = await startHarness();
  admin = await h.platformAdmin("admin@fuzz.fr");
  agent = await h.person("agent@fuzz.fr");
  await openPublicBox(admin, "fuzz", "Boîte fuzz", [{ slug: "theme", label: "Thème" }]);
  const idea = await agent.request("createIdea", {
    params: { box: "fuzz" },
    body: { title: "Idée de départ", problem: "Un problème de départ.", scope: "daily-work" },
  });
  ideaId = idea.id;
  commentId = (
    await agent.request("createComment", {
      params: { box: "fuzz", id: ideaId },
      body: { body: "Un commentaire" },
    })
  ).id;
}, 300_000);
afterAll(() => h.close());

const segment = () =>
  fc.oneof(
    fc.constantFrom(
      "fuzz",
      "ville",
      "..",
      "%00",
      "%ZZ",
      "a".repeat(300),
      "00000000-0000-0000-0000-000000000000",
    ),
    fc.constant("__idea__"),
    fc.constant("__comment__"),
    fc.uuid(),
    fc.string({ maxLength: 20 }).map(encodeURIComponent),
  );

const pathArb = fc.oneof(
  fc.constantFrom(...Object.values(endpoints).map((e) => e.path)).chain((template) =>
    fc.array(segment(), { minLength: 3, maxLength: 3 }).map((values) => {
      let i = 0;
      return template.replace(/\{(\w+)\}/g, (_, key: string) =>
        key === "box" && i++ % 2 === 0 ? "fuzz" : values[i++ % 3]!,
      );
    }),
  ),
  fc.array(segment(), { maxLength: 6 }).map((parts) => `/${parts.join("/")}`),
);

const valueArb = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ minLength: 5000, maxLength: 6000 }),
  fc.constantFrom(
    "public-service",
    "daily-work",
    "theme",
    "not_retained",
    "accepted",
    "named",
    "anonymous",
    "team",
    "\u0000",
    "é".repeat(10),
    "2026-01-01",
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.uuid(),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.object({ maxDepth: 2 }),
);

const keys = [
  "title",
  "problem",
  "solution",
  "concerned",
  "scope",
  "theme",
  "authorship",
  "body",
  "parentId",
  "status",
  "response",
  "into",
  "reason",
  "details",
  "target",
  "email",
  "password",
  "displayName",
  "digest",
  "role",
  "slug",
  "name",
  "visibility",
  "url",
  "events",
  "label",
  "mode",
  "teamName",
  "kind",
  "id",
];

const bodyArb = fc.oneof(
  fc
    .dictionary(fc.constantFrom(...keys), valueArb, { maxKeys: 8 })
    .map((value) => JSON.stringify(value)),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.string({ maxLength: 200 }),
  fc.constantFrom("", "{", "null", "[]", '{"title":', "\u0000", '{"__proto__":{"x":1}}'),
);

const queryArb = fc.dictionary(
  fc.constantFrom("sort", "q", "status", "theme", "scope", "limit", "cursor", "title", "x"),
  fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.integer().map(String),
    fc.constantFrom("supported", "relevance", "-1", "1e9", "NaN", "réunion & | !"),
  ),
  { maxKeys: 4 },
);

const requestArb = fc.record({
  method: fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"),
  path: pathArb,
  query: queryArb,
  body: fc.option(bodyArb, { nil: undefined }),
  contentType: fc.constantFrom(
    "application/json",
    "application/json; charset=utf-8",
    "text/plain",
    "application/problem+json",
    undefined,
  ),
  who: fc.constantFrom("anonymous", "agent", "admin", "agent-no-csrf"),
});

describe("fuzzing", () => {
  it(`answers ${runs} random requests with problem details, never a 5xx`, async () => {
    const anonymous = h.client();
    await fc.assert(
      fc.asyncProperty(requestArb, async (request) => {
        const path = request.path
          .replaceAll("__idea__", ideaId)
          .replaceAll("__comment__", commentId);
        const search = new URLSearchParams(request.query).toString();
        const client =
          request.who === "anonymous" ? anonymous : request.who === "admin" ? admin : agent;
        const headers: Record<string, string> = {};
        if (request.contentType) headers["content-type"] = request.contentType;
        if (request.who !== "agent-no-csrf" && client.csrfToken)
          headers["x-csrf-token"] = client.csrfToken;
        const hasBody = request.body !== undefined && !["GET", "HEAD"].includes(request.method);
        // Never sign the fuzzer's own clients out or erase them.
        if (/^\/(me|auth\/logout)\/?$/.test(path) && ["DELETE", "POST"].includes(request.method))
          return;
        const response = await client.raw(`${path}${search ? `?${search}` : ""}`, {
          method: request.method,
          headers,
          body: hasBody ? request.body : undefined,
        });
        expect(response.status, `${request.method} ${path}`).toBeLessThan(500);
        if (response.status >= 400 && request.method !== "HEAD") {
          expect(response.headers.get("content-type")).toContain("application/problem+json");
          const parsed = ProblemDetails.safeParse(await response.json());
          expect(parsed.success).toBe(true);
        } else {
          await response.arrayBuffer();
        }
      }),
      { numRuns: runs, seed: Number(process.env.FUZZ_SEED ?? 20261125) },
    );
  }, 600_000);
});
