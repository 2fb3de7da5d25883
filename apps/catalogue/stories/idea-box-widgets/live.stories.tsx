// "Live" stories: the real widgets and the real element against the idea-box server that
// `npm start` runs next to the catalogue (PGlite, French demo content, box "ville-exemple").
// The server is looked for on the catalogue's own host, port 8787, so that its session cookie
// is a same-site cookie; STORYBOOK_IDEA_BOX_URL at build time points elsewhere. Without a
// server, each story says how to start one and the widgets show their own offline state.
// People sign in through the server's own sign-in page (../live-sign-in.tsx, LiveSignIn).
import { useEffect, useMemo, useState } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { createIdeaBoxClient } from "@communs/idea-box/client";
import {
  IdeaBox,
  IdeaBoxProvider,
  ModerationQueue,
  createIdeaBoxStore,
} from "@communs/idea-box-react";
import "@communs/idea-box-react/styles.css";
import "@communs/idea-box-element";
import { LiveSignIn, ideaBoxServerUrl } from "../live-sign-in";

const demoBox = "ville-exemple";
type Locale = "fr" | "en";

const serverUrl = ideaBoxServerUrl;

const texts = {
  fr: {
    checking: "Recherche du serveur de démonstration…",
    up: (url: string) => `Serveur de la boîte à idées joignable sur ${url}.`,
    down: (url: string) =>
      `Aucun serveur de boîte à idées sur ${url}. Lancez « npm ci && npm start » à la racine du dépôt, puis rechargez cette page : les widgets ci-dessous montrent en attendant leur état hors ligne.`,
  },
  en: {
    checking: "Looking for the demo server…",
    up: (url: string) => `Idea box server reachable at ${url}.`,
    down: (url: string) =>
      `No idea box server at ${url}. Run "npm ci && npm start" at the root of the repository, then reload this page; meanwhile the widgets below show their offline state.`,
  },
} satisfies Record<Locale, unknown>;

type ServerState = "checking" | "up" | "down";

function useServerState(url: string): ServerState {
  const [state, setState] = useState<ServerState>("checking");
  useEffect(() => {
    const controller = new AbortController();
    fetch(`${url}/health`, { signal: controller.signal })
      .then((response) => setState(response.ok ? "up" : "down"))
      .catch(() => {
        if (!controller.signal.aborted) setState("down");
      });
    return () => controller.abort();
  }, [url]);
  return state;
}

/** One client and one store per story: the sign-in status and the widgets share the session. */
function useLiveStore(url: string) {
  return useMemo(() => {
    const client = createIdeaBoxClient({ baseUrl: url, credentials: "include", retries: 0 });
    return {
      client,
      store: createIdeaBoxStore({ client, box: demoBox, storage: window.localStorage }),
    };
  }, [url]);
}

function ServerNotice({ locale, url }: { locale: Locale; url: string }) {
  const state = useServerState(url);
  const t = texts[locale];
  return (
    <p role="status" className="catalogue-live-notice" data-server={state}>
      {state === "checking" ? t.checking : state === "up" ? t.up(url) : t.down(url)}
    </p>
  );
}

function LiveWidgets({
  locale,
  account,
  children,
}: {
  locale: Locale;
  account: string;
  children: React.ReactNode;
}) {
  const url = serverUrl();
  const { client, store } = useLiveStore(url);
  return (
    <>
      <ServerNotice locale={locale} url={url} />
      <LiveSignIn locale={locale} client={client} suggested={account} />
      <IdeaBoxProvider box={demoBox} store={store} locale={locale}>
        {children}
      </IdeaBoxProvider>
    </>
  );
}

type Args = Record<string, never>;
const meta = {
  title: "Idea box/Live (npm start)",
  parameters: { layout: "padded" },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

const localeOf = (globals: Record<string, unknown>): Locale =>
  globals.locale === "en" ? "en" : "fr";

/** The whole box against the demo server: browse, search, post, support, comment. */
export const WholeBox: Story = {
  render: (_args, { globals }) => (
    <LiveWidgets locale={localeOf(globals)} account="agent@exemple.fr">
      <IdeaBox />
    </LiveWidgets>
  ),
};

/** The moderation queue of the demo box: sign in as the moderator. */
export const ModerationQueueLive: Story = {
  render: (_args, { globals }) => (
    <LiveWidgets locale={localeOf(globals)} account="moderatrice@exemple.fr">
      <ModerationQueue />
    </LiveWidgets>
  ),
};

/** The custom element on a plain page, reading the demo server (no sign-in token: read only). */
export const ElementLive: Story = {
  render: (_args, { globals }) => {
    const locale = localeOf(globals);
    const url = serverUrl();
    return (
      <main>
        <h1>{locale === "en" ? "A plain intranet page" : "Une page d’intranet ordinaire"}</h1>
        <ServerNotice locale={locale} url={url} />
        <communs-idea-box server={url} box={demoBox} locale={locale} view="list">
          <a href={`${url}/boxes/${demoBox}`}>
            {locale === "en" ? "Open the idea box" : "Ouvrir la boîte à idées"}
          </a>
        </communs-idea-box>
      </main>
    );
  },
};
