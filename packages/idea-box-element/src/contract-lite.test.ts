import { describe, expect, it } from "vitest";
import * as full from "@communs/idea-box";
import { createMockIdeaBoxServer, makeMockIdeas } from "@communs/idea-box-react/testing";
import * as lite from "./contract-lite";

describe("contract-lite behaves like @communs/idea-box", () => {
  it("builds the same requests and returns the same answers", async () => {
    const seen: { client: string; url: string; method: string; body: unknown }[] = [];
    const server = createMockIdeaBoxServer({ ideas: makeMockIdeas(5) });
    const recorder = (client: string) =>
      ((input: RequestInfo | URL, init?: RequestInit) => {
        seen.push({ client, url: String(input), method: init?.method ?? "GET", body: init?.body });
        return server.fetch(input, init);
      }) as typeof fetch;
    const a = full.createIdeaBoxClient({ baseUrl: "https://x.invalid/", fetch: recorder("full") });
    const b = lite.createIdeaBoxClient({ baseUrl: "https://x.invalid/", fetch: recorder("lite") });
    const id = makeMockIdeas(1)[0]!.id;
    for (const client of [a, b]) {
      await client.request("listIdeas", {
        params: { box: "demo" },
        query: { sort: "supported", q: "salle réunion", limit: 5 },
      });
      await client.request("support", { params: { box: "demo", id } });
      await client.request("createComment", {
        params: { box: "demo", id },
        body: { body: "Bonjour" },
      });
    }
    const of = (name: string) =>
      seen.filter((call) => call.client === name).map(({ client: _c, ...rest }) => rest);
    expect(of("lite")).toEqual(of("full"));
    const [errA, errB] = await Promise.all(
      [a, b].map((client) =>
        client
          .request("getIdea", {
            params: { box: "demo", id: "00000000-0000-4000-8000-000000000000" },
          })
          .catch((error: { problem: unknown }) => error.problem),
      ),
    );
    expect(errB).toEqual(errA);
  });

  it("formats problems and builds problem details identically", () => {
    for (const code of full.problemCodes) expect(lite.problem(code)).toEqual(full.problem(code));
    const details = full.problem("validation", {
      errors: [
        { pointer: "/body/title", code: "too_small", params: { minimum: 5 } },
        { pointer: "/body/response", code: "required_reason" },
      ],
    });
    for (const locale of ["fr", "en"] as const)
      expect(lite.formatProblem(details, locale)).toEqual(full.formatProblem(details, locale));
  });

  it("reports a network failure as a problem after retrying idempotent requests", async () => {
    let attempts = 0;
    const client = lite.createIdeaBoxClient({
      baseUrl: "https://x.invalid",
      retryDelayMs: 1,
      fetch: (async () => {
        attempts++;
        throw new TypeError("Failed to fetch");
      }) as typeof fetch,
    });
    await expect(client.request("getBox", { params: { box: "demo" } })).rejects.toMatchObject({
      problem: { code: "network" },
    });
    expect(attempts).toBe(3);
  });
});
