// Helpers of the idea box stories: the real widgets and the real client, against an in-memory
// server that implements the contract (`@communs/idea-box-react/testing`).
import type { ReactNode } from "react";
import { createIdeaBoxClient } from "@communs/idea-box/client";
import {
  IdeaBoxProvider,
  createIdeaBoxStore,
  createMemoryStorage,
  type IdeaBoxStore,
} from "@communs/idea-box-react";
import {
  createMockIdeaBoxServer,
  makeMockIdeas,
  type MockOptions,
} from "@communs/idea-box-react/testing";
import "@communs/idea-box-react/styles.css";

export interface Mocked {
  server: ReturnType<typeof createMockIdeaBoxServer>;
  store: IdeaBoxStore;
}

/** Makes a mock server and a store, runs `prefetch` so that the story opens with its data. */
export async function prepare(
  options: MockOptions & {
    offline?: boolean;
    prefetch?: (store: IdeaBoxStore) => Promise<unknown>;
  } = {},
): Promise<Mocked> {
  const server = createMockIdeaBoxServer(options);
  const client = createIdeaBoxClient({
    baseUrl: "https://mock.invalid",
    fetch: server.fetch,
    retries: 0,
  });
  const store = createIdeaBoxStore({ client, box: "demo", storage: createMemoryStorage() });
  await store.fetchBox();
  if (options.offline) server.setOffline(true);
  await options.prefetch?.(store);
  return { server, store };
}

export function Mock({
  mocked,
  locale,
  children,
}: {
  mocked: Mocked;
  locale: "fr" | "en";
  children: ReactNode;
}) {
  return (
    <IdeaBoxProvider box="demo" store={mocked.store} locale={locale}>
      {children}
    </IdeaBoxProvider>
  );
}

export const sampleIdeas = makeMockIdeas(8);

export const longFrench = {
  title:
    "Simplifier durablement l’accueil physique et téléphonique des usagers en situation de handicap dans l’ensemble des mairies annexes",
  problem:
    "Aujourd’hui, une personne sourde ou malentendante qui se présente dans une mairie annexe ne trouve ni boucle magnétique, ni interprète en langue des signes, ni formulaire simplifié : elle doit revenir accompagnée, souvent plusieurs fois, pour des démarches qui prennent dix minutes aux autres usagers. Les agents d’accueil, de leur côté, n’ont reçu aucune formation et se sentent démunis.",
};

export const xssPayload = `<img src=x onerror="alert('xss')"><script>alert('xss')</script>`;
