// "Live" stories: the real widgets and the real element against the idea-box server that
// `npm start` runs next to the catalogue (PGlite, French demo content, box "ville-exemple").
// The server is looked for on the catalogue's own host, port 8787, so that its session cookie
// is a same-site cookie; STORYBOOK_IDEA_BOX_URL at build time points elsewhere. Without a
// server, each story says how to start one and the widgets show their own offline state.
import { useEffect, useMemo, useState, type FormEvent } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { createIdeaBoxClient, formatProblem, IdeaBoxError } from "@communs/idea-box/client";
import {
  IdeaBox,
  IdeaBoxProvider,
  ModerationQueue,
  createIdeaBoxStore,
  type IdeaBoxStore,
} from "@communs/idea-box-react";
import "@communs/idea-box-react/styles.css";
import "@communs/idea-box-element";

const demoBox = "ville-exemple";
const demoPassword = "demo-idees-2026";
const demoAccounts = [
  { email: "agent@exemple.fr", role: { fr: "agent", en: "agent" } },
  { email: "moderatrice@exemple.fr", role: { fr: "modératrice", en: "moderator" } },
  { email: "admin@exemple.fr", role: { fr: "administrateur", en: "administrator" } },
] as const;

type Locale = "fr" | "en";

function serverUrl(): string {
  const configured = (import.meta as { env?: Record<string, string | undefined> }).env
    ?.STORYBOOK_IDEA_BOX_URL;
  if (configured) return configured.replace(/\/$/, "");
  return `${window.location.protocol}//${window.location.hostname}:8787`;
}

const texts = {
  fr: {
    checking: "Recherche du serveur de démonstration…",
    up: (url: string) => `Serveur de la boîte à idées joignable sur ${url}.`,
    down: (url: string) =>
      `Aucun serveur de boîte à idées sur ${url}. Lancez « npm ci && npm start » à la racine du dépôt, puis rechargez cette page : les widgets ci-dessous montrent en attendant leur état hors ligne.`,
    signIn: "Se connecter avec un compte de démonstration",
    account: "Compte",
    submit: "Se connecter",
    signOut: "Se déconnecter",
    signedInAs: (name: string) => `Connecté·e : ${name}.`,
    anonymous: "Non connecté·e : lecture seule.",
  },
  en: {
    checking: "Looking for the demo server…",
    up: (url: string) => `Idea box server reachable at ${url}.`,
    down: (url: string) =>
      `No idea box server at ${url}. Run "npm ci && npm start" at the root of the repository, then reload this page; meanwhile the widgets below show their offline state.`,
    signIn: "Sign in with a demo account",
    account: "Account",
    submit: "Sign in",
    signOut: "Sign out",
    signedInAs: (name: string) => `Signed in: ${name}.`,
    anonymous: "Not signed in: read only.",
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

/** One client and one store per story: the sign-in form and the widgets share the session. */
function useLiveStore(url: string) {
  return useMemo(() => {
    const client = createIdeaBoxClient({ baseUrl: url, credentials: "include", retries: 0 });
    return {
      client,
      store: createIdeaBoxStore({ client, box: demoBox, storage: window.localStorage }),
    };
  }, [url]);
}

function DemoSignIn({
  locale,
  client,
  store,
  initialAccount,
}: {
  locale: Locale;
  client: ReturnType<typeof createIdeaBoxClient>;
  store: IdeaBoxStore;
  initialAccount: string;
}) {
  const t = texts[locale];
  const [account, setAccount] = useState(initialAccount);
  const [user, setUser] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    client
      .request("session", {})
      .then((session) => setUser(session.user?.displayName ?? null))
      .catch(() => undefined);
  }, [client]);
  const failed = (caught: unknown) =>
    setError(
      caught instanceof IdeaBoxError
        ? formatProblem(caught.problem, locale).summary
        : String(caught),
    );
  const signIn = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const session = await client.request("login", {
        body: { email: account, password: demoPassword },
      });
      setUser(session.user?.displayName ?? null);
      store.invalidate();
    } catch (caught) {
      failed(caught);
    }
  };
  const signOut = async () => {
    setError(null);
    try {
      await client.request("logout", {});
      setUser(null);
      store.invalidate();
    } catch (caught) {
      failed(caught);
    }
  };
  return (
    <form className="catalogue-live-sign-in" onSubmit={signIn} aria-label={t.signIn}>
      <p role="status">{user ? t.signedInAs(user) : t.anonymous}</p>
      {user ? (
        <button type="button" className="communs-idea-box-button" onClick={signOut}>
          {t.signOut}
        </button>
      ) : (
        <>
          <label htmlFor="catalogue-live-account">{t.account}</label>{" "}
          <select
            id="catalogue-live-account"
            value={account}
            onChange={(event) => setAccount(event.target.value)}
          >
            {demoAccounts.map(({ email, role }) => (
              <option key={email} value={email}>
                {`${email} (${role[locale]})`}
              </option>
            ))}
          </select>{" "}
          <button
            type="submit"
            className="communs-idea-box-button communs-idea-box-button--primary"
          >
            {t.submit}
          </button>
        </>
      )}
      {error && <p role="alert">{error}</p>}
    </form>
  );
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
      <DemoSignIn locale={locale} client={client} store={store} initialAccount={account} />
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
