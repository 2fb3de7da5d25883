// The benchmark page: one IdeaList of 10,000 ideas, virtualised or not (the baseline).
import { createRoot } from "react-dom/client";
import { flushSync } from "react-dom";
import { createIdeaBoxClient } from "@communs/idea-box";
import { IdeaBoxProvider, IdeaList, createIdeaBoxStore, createMemoryStorage } from "../src/index";
import { createMockIdeaBoxServer, makeMockIdeas } from "../src/testing";

declare global {
  interface Window {
    runBench: (
      virtualised: boolean,
      count: number,
      keys: string,
    ) => Promise<{ firstRender: number; perKeystroke: number[] }>;
  }
}

window.runBench = async (virtualised, count, keys) => {
  const ideas = makeMockIdeas(count);
  const server = createMockIdeaBoxServer({ ideas: [] });
  const store = createIdeaBoxStore({
    client: createIdeaBoxClient({ baseUrl: "https://mock.invalid", fetch: server.fetch }),
    box: "demo",
    storage: createMemoryStorage(),
  });
  const host = document.createElement("div");
  document.body.replaceChildren(host);
  const root = createRoot(host);
  const start = performance.now();
  flushSync(() =>
    root.render(
      <IdeaBoxProvider box="demo" store={store}>
        <IdeaList items={ideas} virtualizeAbove={virtualised ? 60 : false} heading="Bench" />
      </IdeaBoxProvider>,
    ),
  );
  host.getBoundingClientRect(); // layout included
  const firstRender = performance.now() - start;
  const input = host.querySelector<HTMLInputElement>('input[type="search"]')!;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
  const perKeystroke: number[] = [];
  let text = "";
  for (const key of keys) {
    text += key;
    const t0 = performance.now();
    flushSync(() => {
      setValue.call(input, text);
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
    host.getBoundingClientRect();
    perKeystroke.push(performance.now() - t0);
  }
  root.unmount();
  return { firstRender, perKeystroke };
};
