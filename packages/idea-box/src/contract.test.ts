import { describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import {
  IdeaBoxError,
  IdeaCreate,
  createIdeaBoxClient,
  createOpenApiDocument,
  endpoints,
  formatProblem,
  issuesFromZod,
  problem,
} from "./index";
import { signInPageOperations } from "./openapi-sign-in";

const json = (status: number, body: unknown, type = "application/json") =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": type } });

describe("contract", () => {
  it("reports every invalid field with a JSON pointer", () => {
    const result = IdeaCreate.safeParse({ title: "x", problem: 3, scope: "Bad Slug", extra: 1 });
    expect(result.success).toBe(false);
    const issues = issuesFromZod(result.error!, "body");
    const pointers = issues.map((issue) => issue.pointer).sort();
    expect(pointers).toEqual(["/body", "/body/problem", "/body/scope", "/body/title"]);
  });

  it("describes every endpoint in OpenAPI 3.1, with problem details for errors", () => {
    const doc = createOpenApiDocument({ serverUrl: "http://localhost" });
    // The server's own HTML sign-in pages, described beside the JSON API (all under /auth/).
    const pages = Object.entries(signInPageOperations());
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expect(pages.filter(([path]) => !path.startsWith("/auth/"))).toEqual([]);
    const signInPages = pages.flatMap(([, item]) =>
      Object.values(item).map((op) => (op as { operationId: string }).operationId),
    );
    expect(doc.openapi).toBe("3.1.0");
    const operations = Object.values(doc.paths).flatMap((item) => Object.values(item)) as {
      operationId: string;
      responses: Record<string, unknown>;
    }[];
    expect(operations.map((op) => op.operationId).sort()).toEqual(
      [
        ...Object.keys(endpoints),
        "openapi",
        "oidcLogin",
        "oidcCallback",
        "verifyEmail",
        "unsubscribePage",
        "unsubscribe",
        "healthLive",
        "healthReady",
        "metrics",
        ...signInPages,
      ].sort(),
    );
    for (const op of operations.filter(
      (op) => !["openapi", "verifyEmail"].includes(op.operationId),
    ))
      expect(op.responses["4XX"]).toBeDefined();
    expect(JSON.stringify(doc)).not.toContain("$schema");
  });

  it("states each operation's access: no session for sign-in, CSRF only on unsafe methods", () => {
    const doc = createOpenApiDocument();
    const op = (path: string, method: string) =>
      (doc.paths[path] as Record<string, { security: object[]; "x-access": object }>)[method]!;
    expect(op("/auth/login", "post").security).toEqual([
      {},
      { session: [], csrf: [] },
      { embedToken: [] },
    ]);
    expect(op("/auth/register", "post").security[0]).toEqual({});
    expect(op("/boxes/{box}/ideas", "get").security).toEqual([
      {},
      { session: [] },
      { embedToken: [] },
    ]);
    expect(op("/me/export", "get").security).toEqual([{ session: [] }]);
    expect(op("/boxes/{box}/moderation/queue", "get")["x-access"]).toEqual({
      level: "moderator",
      anonymous: "never",
      boxRole: "moderator",
      embedToken: true,
      csrf: false,
    });
    expect(op("/boxes", "post").security).toEqual([{ session: [], csrf: [] }]);
  });

  it("formats problems in French and English", () => {
    const details = problem("validation", {
      errors: [{ pointer: "/body/title", code: "too_small", params: { minimum: 5 } }],
    });
    expect(formatProblem(details, "fr").fields[0]!.message).toBe(
      "Titre : au moins 5 caractères ou éléments.",
    );
    expect(formatProblem(details, "en").fields[0]!.message).toBe(
      "Title: at least 5 characters or items.",
    );
    expect(formatProblem(problem("forbidden"), "en").summary).toMatch(/not allowed/);
  });

  it("never throws on arbitrary input to the idea schema", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = IdeaCreate.safeParse(value);
        if (!result.success) expect(issuesFromZod(result.error, "body").length).toBeGreaterThan(0);
      }),
    );
  });
});

describe("client", () => {
  it("sends JSON, fills paths and keeps the CSRF token", async () => {
    const fetchMock = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
      if (String(url).endsWith("/auth/session")) return json(200, { user: null, csrfToken: "t1" });
      expect(String(url)).toBe("http://x/boxes/ma-boite/ideas?sort=supported&limit=5");
      expect((init!.headers as Record<string, string>)["x-csrf-token"]).toBeUndefined();
      return json(200, { items: [], nextCursor: null });
    });
    const client = createIdeaBoxClient({ baseUrl: "http://x/", fetch: fetchMock as typeof fetch });
    await client.request("session");
    expect(client.csrfToken).toBe("t1");
    await client.request("listIdeas", {
      params: { box: "ma-boite" },
      query: { sort: "supported", limit: 5 },
    });
  });

  it("retries idempotent requests only", async () => {
    const fetchMock = vi.fn(async () => json(503, problem("network"), "application/problem+json"));
    const client = createIdeaBoxClient({
      baseUrl: "http://x",
      fetch: fetchMock as typeof fetch,
      retries: 2,
      retryDelayMs: 1,
    });
    await expect(client.request("listBoxes")).rejects.toBeInstanceOf(IdeaBoxError);
    expect(fetchMock).toHaveBeenCalledTimes(3);
    fetchMock.mockClear();
    await expect(
      client.request("createIdea", {
        params: { box: "b1" },
        body: { title: "Une idée", problem: "Un problème bien réel", scope: "public-service" },
      }),
    ).rejects.toMatchObject({ code: "network" });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("times out and honours abort", async () => {
    const hanging = ((_url: string, init: RequestInit) =>
      new Promise((_, reject) =>
        init.signal!.addEventListener("abort", () => reject(new Error("aborted"))),
      )) as unknown as typeof fetch;
    const client = createIdeaBoxClient({
      baseUrl: "http://x",
      fetch: hanging,
      timeoutMs: 20,
      retries: 0,
    });
    await expect(client.request("listBoxes")).rejects.toMatchObject({ code: "timeout" });
    const controller = new AbortController();
    const pending = client.request("listBoxes", undefined, { signal: controller.signal });
    controller.abort(new Error("stop"));
    await expect(pending).rejects.toThrow("stop");
  });

  it("turns a problem response into an IdeaBoxError", async () => {
    const client = createIdeaBoxClient({
      baseUrl: "http://x",
      fetch: (async () =>
        json(403, problem("forbidden"), "application/problem+json")) as typeof fetch,
    });
    await expect(client.request("getBox", { params: { box: "b" } })).rejects.toMatchObject({
      status: 403,
      code: "forbidden",
    });
  });
});
