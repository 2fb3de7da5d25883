import { afterAll, beforeAll, describe, expect, it } from "vitest";
import autocannon from "autocannon";
import { jsonPost, startHarness, type TestClient, type TestHarness } from "./test/harness";

/**
 * Load: 50 concurrent clients of mixed reads and writes against 127.0.0.1, zero errors.
 * `npm test` runs 3 seconds; LOAD_SECONDS=30 gives the full run.
 */
const seconds = Number(process.env.LOAD_SECONDS ?? 3);

let h: TestHarness;
let url: string;
let agent: TestClient;
let cookie = "";
let ideaId: string;

beforeAll(async () => {
  h = await startHarness({ port: 0, host: "127.0.0.1" });
  url = await h.server.listen();
  const admin = await h.platformAdmin("admin@charge.fr");
  await admin.request("createBox", {
    body: { slug: "charge", name: "Boîte de charge", visibility: "public" },
  });
  agent = await h.person("agent@charge.fr");
  for (let i = 0; i < 20; i++)
    ideaId = (
      await agent.request("createIdea", {
        params: { box: "charge" },
        body: {
          title: `Idée de charge numéro ${i}`,
          problem: "Un problème pour la charge.",
          scope: "daily-work",
        },
      })
    ).id;
  // A real cookie for autocannon: log in over HTTP.
  const response = await fetch(
    `${url}/auth/login`,
    jsonPost({ email: "agent@charge.fr", password: "correct horse battery staple" }),
  );
  cookie = response.headers.get("set-cookie")!.split(";")[0]!;
  agent.csrfToken = ((await response.json()) as { csrfToken: string }).csrfToken;
}, 300_000);
afterAll(() => h.close());

describe("load", () => {
  it(`serves 50 concurrent clients for ${seconds} s of mixed reads and writes without errors`, async () => {
    const headers = {
      cookie,
      "x-csrf-token": agent.csrfToken!,
      "content-type": "application/json",
    };
    const result = await autocannon({
      url,
      connections: 50,
      duration: seconds,
      // A loaded CI machine is slow, not broken: only real failures count.
      timeout: 60,
      requests: [
        { method: "GET", path: "/boxes/charge/ideas?sort=supported", headers },
        { method: "GET", path: `/boxes/charge/ideas/${ideaId}`, headers },
        { method: "GET", path: "/boxes/charge/ideas?q=charge", headers },
        { method: "PUT", path: `/boxes/charge/ideas/${ideaId}/support`, headers },
        {
          method: "POST",
          path: `/boxes/charge/ideas/${ideaId}/comments`,
          headers,
          body: JSON.stringify({ body: "Commentaire sous charge" }),
        },
        { method: "GET", path: "/boxes/charge/similar?title=idee%20de%20charge", headers },
      ],
    });
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(result.requests.total).toBeGreaterThan(0);
  }, 300_000);
});
