import { describe, expect, it } from "vitest";
// The very module the element bundles (see element.tsx): no zod-free copy to drift any more.
import { IdeaBoxError, createIdeaBoxClient } from "@communs/idea-box/client";

const unavailable = () =>
  new Response(JSON.stringify({ type: "x", title: "Busy", status: 503, code: "internal" }), {
    status: 503,
    headers: { "content-type": "application/problem+json" },
  });

describe("the element's client", () => {
  it("stops waiting between retries as soon as the caller aborts", async () => {
    let calls = 0;
    const client = createIdeaBoxClient({
      baseUrl: "https://x.invalid",
      fetch: (async () => {
        calls++;
        return unavailable();
      }) as typeof fetch,
      retries: 3,
      retryDelayMs: 60_000,
    });
    const controller = new AbortController();
    const pending = client.request("listBoxes", undefined, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const started = Date.now();
    controller.abort(new Error("the reader left"));
    await expect(pending).rejects.toThrow("the reader left");
    expect(Date.now() - started).toBeLessThan(1000);
    expect(calls).toBe(1);
  });

  it("gives errors their problem code and HTTP status", async () => {
    const client = createIdeaBoxClient({
      baseUrl: "https://x.invalid",
      fetch: (async () =>
        new Response(
          JSON.stringify({
            type: "urn:communs:idea-box:problem:forbidden",
            title: "Not allowed",
            status: 403,
            code: "forbidden",
          }),
          { status: 403, headers: { "content-type": "application/problem+json" } },
        )) as typeof fetch,
    });
    const error = await client.request("listBoxes").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IdeaBoxError);
    expect((error as IdeaBoxError).code).toBe("forbidden");
    expect((error as IdeaBoxError).status).toBe(403);
    const offline = createIdeaBoxClient({
      baseUrl: "https://x.invalid",
      retries: 0,
      fetch: (async () => {
        throw new TypeError("Failed to fetch");
      }) as typeof fetch,
    });
    const network = (await offline.request("listBoxes").catch((e: unknown) => e)) as IdeaBoxError;
    expect([network.code, network.status]).toEqual(["network", 503]);
  });
});
