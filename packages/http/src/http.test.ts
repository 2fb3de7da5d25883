import { describe, expect, it, vi } from "vitest";
import { createHttp, sleep, type HttpClientOptions } from "./http";
import { ProblemError, readProblem, type ProblemDetails } from "./problem";

type Code = "internal" | "timeout" | "network" | "forbidden";
const isProblem = (value: unknown): value is ProblemDetails<Code> =>
  typeof value === "object" && value !== null && "code" in value && "status" in value;
const made = (code: Code, status = 500): ProblemDetails<Code> => ({
  type: `urn:test:${code}`,
  title: code,
  status,
  code,
});
class TestError extends ProblemError<ProblemDetails<Code>> {}

const answer = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

function client(fetch: (url: string, init: RequestInit) => Promise<Response>, more = {}) {
  const options: HttpClientOptions = {
    baseUrl: "http://x//",
    fetch: fetch as typeof globalThis.fetch,
    retries: 2,
    retryDelayMs: 1,
    headers: { authorization: "Bearer e" },
    ...more,
  };
  return createHttp(options, {
    fromResponse: async (response) =>
      new TestError(await readProblem(response, isProblem, (status) => made("internal", status))),
    fromFailure: (kind) => new TestError(made(kind)),
  });
}
const readJson = (response: Response) => response.json() as Promise<unknown>;

describe("createHttp", () => {
  it("joins the base URL, the path and the defined query values, and sends JSON", async () => {
    const fetch = vi.fn(async (_url: string, _init: RequestInit) => answer(200, { ok: true }));
    const http = client(fetch);
    const result = await http.send({
      method: "POST",
      path: "/boxes/b1",
      query: { sort: "new", limit: 5, cursor: undefined, tag: null },
      headers: { "x-csrf-token": "t" },
      body: { title: "Une idée" },
      read: readJson,
    });
    expect(result).toEqual({ ok: true });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe("http://x/boxes/b1?sort=new&limit=5");
    expect(init.headers).toEqual({
      accept: "application/json",
      authorization: "Bearer e",
      "x-csrf-token": "t",
      "content-type": "application/json",
    });
    expect(init.body).toBe('{"title":"Une idée"}');
    expect(init.credentials).toBe("include");
  });

  it("retries idempotent methods on a retryable status, never a POST", async () => {
    const fetch = vi.fn(async () => answer(503, made("internal", 503)));
    const http = client(fetch);
    await expect(http.send({ method: "GET", path: "/", read: readJson })).rejects.toBeInstanceOf(
      TestError,
    );
    expect(fetch).toHaveBeenCalledTimes(3);
    fetch.mockClear();
    await expect(http.send({ method: "POST", path: "/", read: readJson })).rejects.toMatchObject({
      status: 503,
    });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("does not retry a status that will not change, and keeps the server's problem", async () => {
    const fetch = vi.fn(async () => answer(403, made("forbidden", 403)));
    const error = await client(fetch)
      .send({ method: "GET", path: "/", read: readJson })
      .catch((e: unknown) => e as TestError);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(error).toMatchObject({ code: "forbidden", status: 403, message: "forbidden" });
  });

  it("falls back to an internal problem with the answer's status when the body is not one", async () => {
    const fetch = async () => new Response("<html>Bad gateway</html>", { status: 502 });
    await expect(
      client(fetch, { retries: 0 }).send({ method: "GET", path: "/", read: readJson }),
    ).rejects.toMatchObject({ code: "internal", status: 502 });
  });

  it("retries an answer whose body cannot be read, then reports a network failure", async () => {
    const fetch = vi.fn(async () => new Response("{not json", { status: 200 }));
    await expect(
      client(fetch).send({ method: "GET", path: "/", read: readJson }),
    ).rejects.toMatchObject({ code: "network" });
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it("times out each attempt and rejects with the caller's reason on abort", async () => {
    const hanging = (_url: string, init: RequestInit) =>
      new Promise<Response>((_, reject) =>
        init.signal!.addEventListener("abort", () => reject(new Error("aborted"))),
      );
    const http = client(hanging, { timeoutMs: 10, retries: 0 });
    await expect(http.send({ method: "GET", path: "/", read: readJson })).rejects.toMatchObject({
      code: "timeout",
    });
    const controller = new AbortController();
    const pending = http.send({
      method: "GET",
      path: "/",
      signal: controller.signal,
      read: readJson,
    });
    controller.abort(new Error("stop"));
    await expect(pending).rejects.toThrow("stop");
  });

  it("stops waiting between attempts when the caller aborts", async () => {
    const controller = new AbortController();
    const fetch = vi.fn(async () => {
      controller.abort(new Error("left the page"));
      return answer(503, made("internal", 503));
    });
    await expect(
      client(fetch, { retryDelayMs: 60_000 }).send({
        method: "GET",
        path: "/",
        signal: controller.signal,
        read: readJson,
      }),
    ).rejects.toThrow("left the page");
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe("sleep", () => {
  it("rejects at once with the reason of an aborted signal", async () => {
    await expect(sleep(60_000, AbortSignal.abort(new Error("gone")))).rejects.toThrow("gone");
  });
});
