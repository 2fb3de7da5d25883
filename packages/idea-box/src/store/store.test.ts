import { describe, expect, expectTypeOf, it, vi } from "vitest";
import fc from "fast-check";
import { boxKey, ideaKey, listKey, type IdeaListT, type IdeaPageT } from "./store";
import { safeStorage } from "./storage";
import { applyPersonalFilters, filterIdeasLocally, matchIdeas, sortByTrending } from "./sort";
import { createMockIdeaBoxStore, makeMockIdeas, type MockOptions } from "../testing";

function setup(options: MockOptions = {}) {
  let time = 1_000_000;
  const { server, store, storage } = createMockIdeaBoxStore({ ...options, now: () => time });
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
    const { store } = createMockIdeaBoxStore({ ideas: makeMockIdeas(60) });
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

describe("store: typed keys, selectors and eviction", () => {
  it("types a query by its key, with no cast at the call site", async () => {
    const { store } = setup();
    await store.fetchList({ sort: "recent" });
    const list = store.query(listKey({ sort: "recent" }));
    expectTypeOf(list.data).toEqualTypeOf<IdeaListT | undefined>();
    const first = list.data!.items[0]!;
    await store.fetchIdea(first.id);
    expectTypeOf(store.query(ideaKey(first.id)).data).toEqualTypeOf<IdeaPageT | undefined>();
    expect(store.query(ideaKey(first.id)).data!.history).toBeInstanceOf(Array);
    // @ts-expect-error a plain string is not a key: it would say nothing of the data's type
    store.query("box");
  });

  it("wakes a selector's listener only when what it selects changes", async () => {
    const { store } = setup();
    const seen: unknown[] = [];
    const stop = store.select(
      (state) => state.queries[boxKey],
      (entry) => seen.push(entry),
    );
    await store.fetchList({ sort: "recent" });
    await store.fetchList({ sort: "supported" });
    expect(seen).toEqual([]); // lists changed, the box did not
    await store.fetchBox();
    expect(seen.length).toBeGreaterThan(0);
    const after = seen.length;
    await store.fetchList({ sort: "commented" });
    expect(seen).toHaveLength(after);
    stop();
  });

  it("evicts a query nobody reads any more, after gcTimeMs, and keeps those still read", async () => {
    vi.useFakeTimers();
    try {
      const { store } = createMockIdeaBoxStore({ gcTimeMs: 1000 });
      const read = listKey({ sort: "recent" });
      const left = listKey({ sort: "supported" });
      const releaseRead = store.retain(read);
      const releaseLeft = store.retain(left);
      await store.fetchList({ sort: "recent" });
      await store.fetchList({ sort: "supported" });
      releaseLeft();
      releaseLeft(); // a second release changes nothing
      vi.advanceTimersByTime(999);
      expect(store.query(left).status).toBe("success");
      const again = store.retain(left); // read again before the end: kept
      vi.advanceTimersByTime(5000);
      expect(store.query(left).status).toBe("success");
      again();
      vi.advanceTimersByTime(1000);
      expect(store.getState().queries[left]).toBeUndefined();
      expect(store.query(left).status).toBe("idle");
      expect(store.query(read).status).toBe("success");
      releaseRead();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("sort: one sorting for the widgets and the in-memory server", () => {
  it("the in-memory server lists ideas in the order and with the filters of filterIdeasLocally", async () => {
    const ideas = makeMockIdeas(12);
    const { store } = setup({ ideas });
    for (const sort of ["recent", "supported", "commented", "trending"] as const) {
      const outcome = await store.fetchList({ sort, q: "agents", limit: 50 }, true);
      const served = outcome.ok ? outcome.value.items.map((item) => item.id) : null;
      const local = filterIdeasLocally(ideas, { sort, q: "agents" }).map((item) => item.id);
      expect(served).toEqual(local);
    }
  });

  it("folds œ and accents when searching", () => {
    const ideas = makeMockIdeas(2).map((item, index) =>
      index === 0 ? { ...item, title: "Le cœur du métier" } : item,
    );
    expect(matchIdeas(ideas, { q: "COEUR metier" }).map((item) => item.title)).toEqual([
      "Le cœur du métier",
    ]);
  });
});
