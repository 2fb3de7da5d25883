import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createIdeaBoxClient } from "@communs/idea-box";
import { createIdeaBoxStore, listKey } from "./store";
import { createMemoryStorage, safeStorage } from "./storage";
import { applyPersonalFilters, sortByTrending } from "./sort";
import { createMockIdeaBoxServer, makeMockIdeas } from "../testing";

function setup(options: Parameters<typeof createMockIdeaBoxServer>[0] = {}) {
  const server = createMockIdeaBoxServer(options);
  const client = createIdeaBoxClient({
    baseUrl: "https://mock.invalid",
    fetch: server.fetch,
    retries: 0,
  });
  const storage = createMemoryStorage();
  let time = 1_000_000;
  const store = createIdeaBoxStore({ client, box: "demo", storage, now: () => time });
  return { server, store, storage, tick: (ms: number) => (time += ms) };
}

const idea = {
  title: "Un guichet unique pour tout",
  problem: "Trop de dossiers identiques à remplir.",
  scope: "public-service",
};

describe("store: queries", () => {
  it("caches a list and asks the server again only when stale or invalidated", async () => {
    const { server, store, tick } = setup();
    await store.fetchList({ sort: "recent" });
    await store.fetchList({ sort: "recent" });
    expect(server.calls.filter((call) => call.name === "listIdeas")).toHaveLength(1);
    store.invalidate("list:");
    expect(store.query(listKey({ sort: "recent" })).stale).toBe(true);
    await store.fetchList({ sort: "recent" });
    expect(server.calls.filter((call) => call.name === "listIdeas")).toHaveLength(2);
    tick(31_000);
    await store.fetchList({ sort: "recent" });
    expect(server.calls.filter((call) => call.name === "listIdeas")).toHaveLength(3);
  });

  it("shares one request between concurrent reads of the same key", async () => {
    const { server, store } = setup();
    await Promise.all([
      store.fetchIdea(makeMockIdeas(1)[0]!.id),
      store.fetchIdea(makeMockIdeas(1)[0]!.id),
    ]);
    expect(server.calls.filter((call) => call.name === "getIdea")).toHaveLength(1);
  });

  it("keeps list keys stable whatever the order of properties", () => {
    fc.assert(
      fc.property(
        fc.record({
          q: fc.string(),
          status: fc.constantFrom("submitted", undefined),
          limit: fc.nat(),
        }),
        (query) => {
          const reversed = Object.fromEntries(Object.entries(query).reverse());
          expect(listKey(reversed)).toBe(listKey(query));
        },
      ),
    );
  });

  it("appends the next page without duplicates", async () => {
    const { store } = setup({ ideas: makeMockIdeas(25) });
    await store.fetchList({ limit: 10 });
    const more = await store.fetchMore({ limit: 10 });
    expect(more.ok && more.value.items).toHaveLength(20);
    const ids = more.ok ? more.value.items.map((item) => item.id) : [];
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("store: optimistic supports", () => {
  it("shows the support at once and keeps the server's answer", async () => {
    const { store } = setup();
    await store.fetchList({});
    const target = makeMockIdeas(6).find((item) => !item.supportedByMe)!;
    const promise = store.toggleSupport(target.id);
    expect(store.findIdea(target.id)?.supportedByMe).toBe(true);
    expect(store.findIdea(target.id)?.supportCount).toBe(target.supportCount + 1);
    const outcome = await promise;
    expect(outcome.ok).toBe(true);
    expect(store.findIdea(target.id)?.supportCount).toBe(target.supportCount + 1);
  });

  it("rolls back when the server refuses, and reports why", async () => {
    const { server, store } = setup();
    await store.fetchList({});
    const target = makeMockIdeas(6).find((item) => !item.supportedByMe)!;
    server.failWith("support", "blocked");
    const outcome = await store.toggleSupport(target.id);
    expect(outcome.ok).toBe(false);
    expect(store.findIdea(target.id)?.supportedByMe).toBe(false);
    expect(store.findIdea(target.id)?.supportCount).toBe(target.supportCount);
    expect(store.getState().lastError?.code).toBe("blocked");
  });

  it("rolls back when offline and says the connection is lost", async () => {
    const { server, store } = setup();
    await store.fetchList({});
    const target = makeMockIdeas(6)[0]!;
    server.setOffline(true);
    const outcome = await store.toggleSupport(target.id);
    expect(outcome).toMatchObject({ ok: false, offline: true });
    expect(store.findIdea(target.id)?.supportedByMe).toBe(target.supportedByMe);
    expect(store.getState().connection).toBe("offline");
  });
});

describe("store: drafts and posting", () => {
  it("keeps the draft when the server is down and sends the idea once when it is back", async () => {
    const { server, store, storage } = setup();
    store.drafts.save("new-idea", idea);
    server.setOffline(true);
    const failed = await store.createIdea(idea);
    expect(failed).toMatchObject({ ok: false, offline: true });
    expect(store.drafts.load("new-idea")).toEqual(idea);
    expect(storage.getItem("communs-idea-box:draft:demo:new-idea")).not.toBeNull();
    server.setOffline(false);
    const [first, second] = await Promise.all([store.createIdea(idea), store.createIdea(idea)]);
    expect(first.ok).toBe(true);
    expect(second.ok).toBe(false);
    expect(server.calls.filter((call) => call.name === "createIdea")).toHaveLength(1);
    expect([...server.ideas.values()].filter((item) => item.title === idea.title)).toHaveLength(1);
    expect(store.drafts.load("new-idea")).toBeNull();
    expect(store.getState().connection).toBe("online");
  });

  it("keeps drafts in memory when the storage throws", () => {
    const broken = safeStorage({
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => undefined,
    });
    broken.setItem("a", "text");
    expect(broken.getItem("a")).toBe("text");
    expect(broken.persistent).toBe(false);
  });

  it("returns every validation problem of a refused idea", async () => {
    const { store } = setup();
    const outcome = await store.createIdea({ title: "x", problem: "y", scope: "Bad Scope" });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.problem.errors?.map((issue) => issue.pointer).sort()).toEqual([
        "/body/problem",
        "/body/scope",
        "/body/title",
      ]);
  });
});

describe("sorting and personal filters", () => {
  it("trending keeps every idea and puts a fresh supported idea above an old one", () => {
    const ideas = makeMockIdeas(30);
    const sorted = sortByTrending(ideas, Date.parse("2026-11-21T00:00:00Z"));
    expect(sorted).toHaveLength(30);
    expect(new Set(sorted.map((item) => item.id)).size).toBe(30);
  });

  it("personal filters never return an idea that does not match", () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 0, max: 40 }),
        (mine, supported, count) => {
          const result = applyPersonalFilters(makeMockIdeas(count), { mine, supported });
          expect(
            result.every((item) => (!mine || item.mine) && (!supported || item.supportedByMe)),
          ).toBe(true);
        },
      ),
    );
  });
});

describe("personal filters and trending, asked of the server", () => {
  it("gets only my ideas and the ones I support, whatever page they were on", async () => {
    const mock = createMockIdeaBoxServer({ ideas: makeMockIdeas(60) });
    const store = createIdeaBoxStore({
      client: createIdeaBoxClient({ baseUrl: "https://mock.invalid", fetch: mock.fetch }),
      box: "demo",
      storage: createMemoryStorage(),
    });
    const mine = await store.fetchList({ mine: true, limit: 100 });
    expect(mine.ok && mine.value.items.length).toBe(20);
    expect(mine.ok && mine.value.items.every((idea) => idea.mine)).toBe(true);
    const supported = await store.fetchList({ supported: true, limit: 100 });
    expect(supported.ok && supported.value.items.every((idea) => idea.supportedByMe)).toBe(true);
    const trending = await store.fetchList({ sort: "trending", limit: 100 });
    expect(trending.ok && trending.value.items).toEqual(
      trending.ok ? sortByTrending(trending.value.items, Date.now()) : [],
    );
  });
});
