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
    ) => Promise<{ coldRender: number; firstRender: number; perKeystroke: number[] }>;
  }
}

/** Renders the list of `ideas` into a fresh root, with layout, and returns the time taken. */
function renderList(
  ideas: ReturnType<typeof makeMockIdeas>,
  virtualised: boolean,
  store: ReturnType<typeof createIdeaBoxStore>,
) {
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
  return { host, root, time: performance.now() - start };
}

window.runBench = async (virtualised, count, keys) => {
  const ideas = makeMockIdeas(count);
  const server = createMockIdeaBoxServer({ ideas: [] });
  const store = createIdeaBoxStore({
    client: createIdeaBoxClient({ baseUrl: "https://mock.invalid", fetch: server.fetch }),
    box: "demo",
    storage: createMemoryStorage(),
  });
  // Cold: the very first render of the page, which also pays for compiling React and the
  // widgets. It is reported, but the goal is about the list: the measured render comes after the
  // same widgets have rendered once (a list of 100 other ideas, then unmounted).
  const cold = renderList(makeMockIdeas(100, count), virtualised, store);
  cold.root.unmount();
  const { host, root, time: firstRender } = renderList(ideas, virtualised, store);
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
  return { coldRender: cold.time, firstRender, perKeystroke };
};
