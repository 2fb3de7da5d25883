import { describe, expect, it } from "vitest";
import { createIdeaBoxClient } from "@communs/idea-box";
import { createIdeaBoxStore, createMemoryStorage, listKey } from "./index";
import { createMockIdeaBoxServer, makeMockIdeas } from "../testing";

// The README's example, against the in-memory server instead of a running one.
describe("the README example of the store", () => {
  it("lists ideas, reports the query's status and keeps a draft", async () => {
    const mock = createMockIdeaBoxServer({ ideas: makeMockIdeas(3) });
    const store = createIdeaBoxStore({
      client: createIdeaBoxClient({ baseUrl: "https://mock.invalid", fetch: mock.fetch }),
      box: "demo",
      storage: createMemoryStorage(),
    });
    const connections: string[] = [];
    const unsubscribe = store.subscribe(() => connections.push(store.getState().connection));
    const outcome = await store.fetchList({ sort: "supported" });
    expect(outcome.ok && outcome.value.items).toHaveLength(3);
    expect(store.getState().queries[listKey({ sort: "supported" })]?.status).toBe("success");
    store.drafts.save("new-idea", { title: "Horaires de la médiathèque" });
    expect(store.drafts.load("new-idea")).toEqual({ title: "Horaires de la médiathèque" });
    mock.setOffline(true);
    const offline = await store.fetchList({ sort: "recent" });
    expect(offline.ok).toBe(false);
    expect(!offline.ok && offline.problem.code).toBe("network");
    expect(store.getState().connection).toBe("offline");
    unsubscribe();
    expect(connections).toContain("offline");
  });
});
