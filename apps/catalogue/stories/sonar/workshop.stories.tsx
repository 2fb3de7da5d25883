// Sonar workshops: the facilitator's form and live board, and the participant's way in. The
// "Live" stories run against the reference server that `npm start` runs next to the catalogue
// (idea box and workshops on one process, one sign-in), looked for on the catalogue's own host,
// port 8787, so that the session cookie is a same-site cookie; STORYBOOK_SONAR_URL at build time
// points elsewhere. Without a server each says how to start one, and the components show their
// own offline state. The "Recorded" stories show a board state without any server, the
// facilitator's actions (compare, delete) answered by a recorded client.
import { useEffect, useMemo, useState, type FormEvent } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { aggregate, compare, scoreAnswers, type SonarLocale } from "@communs/sonar";
import { innovation } from "@communs/sonar/editions/innovation";
import { generatedTeam, twoByTwo } from "@communs/sonar/examples";
import {
  createWorkshopClient,
  type Workshop,
  type WorkshopBoard as Board,
  type WorkshopComparison,
} from "@communs/sonar/workshop";
import { createIdeaBoxClient } from "@communs/idea-box/client";
import {
  WorkshopBoard,
  WorkshopCompare,
  WorkshopCreate,
  WorkshopDelete,
  WorkshopParticipant,
  useWorkshopDelete,
} from "@communs/sonar-react/workshop";
import "@communs/sonar-react/styles.css";

const demoAccount = "agent@exemple.fr";
const demoPassword = "demo-idees-2026";

function serverUrl(): string {
  const env = (import.meta as { env?: Record<string, string | undefined> }).env ?? {};
  const configured = env.STORYBOOK_SONAR_URL ?? env.STORYBOOK_IDEA_BOX_URL;
  if (configured) return configured.replace(/\/$/, "");
  return `${window.location.protocol}//${window.location.hostname}:8787`;
}

const texts = {
  fr: {
    checking: "Recherche du serveur de démonstration…",
    up: (url: string) => `Serveur des ateliers Sonar joignable sur ${url}.`,
    down: (url: string) =>
      `Aucun serveur d'ateliers Sonar sur ${url}. Lancez « npm ci && npm start » à la racine du dépôt, puis rechargez cette page : en attendant, les composants ci-dessous montrent leur état hors ligne.`,
    signIn: "Se connecter comme animateur ou animatrice (compte de démonstration)",
    signedIn: (name: string) => `Connecté·e : ${name}.`,
    anonymous: "Non connecté·e : connectez-vous pour créer un atelier.",
    signInFailed: "Connexion impossible.",
    participantLink: (code: string) =>
      `Pour répondre, ouvrez dans d'autres onglets l'histoire « Participant (live) » avec le code ${code}`,
    another: "Créer un autre atelier (pour comparer)",
  },
  en: {
    checking: "Looking for the demo server…",
    up: (url: string) => `Sonar workshop server reachable at ${url}.`,
    down: (url: string) =>
      `No Sonar workshop server at ${url}. Run "npm ci && npm start" at the root of the repository, then reload this page; meanwhile the components below show their offline state.`,
    signIn: "Sign in as a facilitator (demo account)",
    signedIn: (name: string) => `Signed in: ${name}.`,
    anonymous: "Not signed in: sign in to create a workshop.",
    signInFailed: "Could not sign in.",
    participantLink: (code: string) =>
      `To answer, open the "Participant (live)" story in other tabs with the code ${code}`,
    another: "Create another workshop (to compare)",
  },
} satisfies Record<SonarLocale, unknown>;

type ServerState = "checking" | "up" | "down";

function useServerState(url: string): ServerState {
  const [state, setState] = useState<ServerState>("checking");
  useEffect(() => {
    const controller = new AbortController();
    fetch(`${url}/sonar/editions`, { signal: controller.signal })
      .then((response) => setState(response.ok ? "up" : "down"))
      .catch(() => {
        if (!controller.signal.aborted) setState("down");
      });
    return () => controller.abort();
  }, [url]);
  return state;
}

function ServerNotice({ locale, url }: { locale: SonarLocale; url: string }) {
  const state = useServerState(url);
  const t = texts[locale];
  return (
    <p role="status" className="catalogue-live-notice" data-server={state}>
      {state === "checking" ? t.checking : state === "up" ? t.up(url) : t.down(url)}
    </p>
  );
}

/** The facilitator signs in on the reference server (the idea box's sign-in: one for both). */
function FacilitatorSignIn({
  locale,
  url,
  onSession,
}: {
  locale: SonarLocale;
  url: string;
  onSession(): void;
}) {
  const t = texts[locale];
  const ideaBox = useMemo(
    () => createIdeaBoxClient({ baseUrl: url, credentials: "include", retries: 0 }),
    [url],
  );
  const [user, setUser] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    ideaBox
      .request("session", {})
      .then((session) => setUser(session.user?.displayName ?? null))
      .catch(() => undefined);
  }, [ideaBox]);
  const signIn = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const session = await ideaBox.request("login", {
        body: { email: demoAccount, password: demoPassword },
      });
      setUser(session.user?.displayName ?? null);
      setFailed(false);
      onSession();
    } catch {
      setFailed(true);
    }
  };
  return (
    <form className="catalogue-live-sign-in" onSubmit={signIn} aria-label={t.signIn}>
      <p role="status">{user ? t.signedIn(user) : t.anonymous}</p>
      {!user && (
        <button type="submit" className="communs-sonar-button">
          {`${t.signIn} : ${demoAccount}`}
        </button>
      )}
      {failed && <p role="alert">{t.signInFailed}</p>}
    </form>
  );
}

function LiveFacilitator({ locale }: { locale: SonarLocale }) {
  const url = serverUrl();
  const client = useMemo(() => createWorkshopClient({ baseUrl: url, retries: 0 }), [url]);
  const [session, setSession] = useState(0);
  const [workshop, setWorkshop] = useState<Workshop | null>(null);
  useEffect(() => {
    // The CSRF token of the session, for the unsafe requests.
    client.request("session").catch(() => undefined);
  }, [client, session]);
  return (
    <>
      <ServerNotice locale={locale} url={url} />
      <FacilitatorSignIn locale={locale} url={url} onSession={() => setSession((n) => n + 1)} />
      {workshop ? (
        <>
          <p className="communs-sonar-note">
            <a href={participantStoryUrl(workshop.code, locale)}>
              {texts[locale].participantLink(workshop.code)}
            </a>
          </p>
          <WorkshopBoard
            key={workshop.id}
            client={client}
            workshopId={workshop.id}
            workshop={workshop}
            locale={locale}
          />
          <p className="communs-sonar-actions">
            <button
              type="button"
              className="communs-sonar-button communs-sonar-button--secondary"
              onClick={() => setWorkshop(null)}
            >
              {texts[locale].another}
            </button>
          </p>
        </>
      ) : (
        <WorkshopCreate key={session} client={client} locale={locale} onOpenBoard={setWorkshop} />
      )}
    </>
  );
}

/** The participant story in the preview, with the code filled in. */
function participantStoryUrl(code: string, locale: SonarLocale): string {
  const url = new URL("iframe.html", window.location.href);
  url.search = new URLSearchParams({
    id: "sonar-workshop--participant-live",
    viewMode: "story",
    globals: `locale:${locale}`,
    code,
  }).toString();
  return url.href;
}

/** `code=` in the story's URL, or in the Storybook page around it. */
function codeFromUrl(): string {
  const own = new URLSearchParams(window.location.search).get("code");
  if (own) return own;
  try {
    return new URLSearchParams(window.parent.location.search).get("code") ?? "";
  } catch {
    return "";
  }
}

function LiveParticipant({ locale }: { locale: SonarLocale }) {
  const url = serverUrl();
  const client = useMemo(() => createWorkshopClient({ baseUrl: url, retries: 1 }), [url]);
  const code = codeFromUrl();
  return (
    <>
      <ServerNotice locale={locale} url={url} />
      <WorkshopParticipant client={client} code={code} locale={locale} />
    </>
  );
}

// A recorded board: a team of twelve on the innovation edition, as the server sends it.
const team = generatedTeam(innovation, 12);
const recordedBoard: Board = {
  workshopId: "recorded",
  code: "K7M2QX",
  title: "Équipe des solidarités",
  status: "open",
  seq: 12,
  participants: 14,
  respondents: 12,
  nicknames: ["Alex", "Camille", "Dominique", "Sam"],
  summary: aggregate(team.results),
  updatedAt: "2027-03-04T10:12:00.000Z",
  erasedAt: null,
};
const twoByTwoTeam = [
  [5, 5, 4, 5],
  [4, 5, 5, 4],
  [2, 1, 5, 4],
  [5, 4, 1, 2],
  [3, 3, 3, 3],
].map(([usersMet, partners, pilot, stop]) => ({
  "users-met": usersMet!,
  partners: partners!,
  pilot: pilot!,
  stop: stop!,
}));

// The facilitator's recorded workshops: the same team on the innovation edition in March and in
// June, and another on the resilience edition (not comparable: another edition).
const recordedWorkshop = (
  id: string,
  title: string,
  createdAt: string,
  respondents: number,
  edition = "innovation",
): Workshop => ({
  id,
  code: "K7M2QX",
  title,
  status: "open",
  edition: { id: edition, version: "1.0.0", title: { fr: edition, en: edition }, shipped: true },
  locale: "fr",
  joinUrl: "https://communs.example.fr/sonar/join/K7M2QX",
  participants: respondents,
  respondents,
  createdAt,
  lastActivityAt: createdAt,
  closedAt: null,
  eraseAfter: null,
  erasedAt: null,
});
const march = generatedTeam(innovation, 9, 5);
const recordedWorkshops = [
  recordedWorkshop("recorded", recordedBoard.title, "2027-06-03T09:00:00.000Z", 12),
  recordedWorkshop("recorded-march", "Équipe des solidarités, mars", "2027-03-04T09:00:00.000Z", 9),
  recordedWorkshop(
    "recorded-other",
    "Direction du numérique",
    "2027-05-10T09:00:00.000Z",
    7,
    "resilience",
  ),
];
const recordedComparison: WorkshopComparison = {
  before: { ...recordedWorkshops[1]!, summary: aggregate(march.results) },
  after: { ...recordedWorkshops[0]!, summary: recordedBoard.summary },
  comparison: compare(aggregate(march.results), recordedBoard.summary),
};

/** A client answered from memory: the facilitator's actions without a server. */
function recordedClient() {
  const json = (body: unknown, status = 200) =>
    new Response(status === 204 ? null : JSON.stringify(body), {
      status,
      headers: { "content-type": "application/json" },
    });
  return createWorkshopClient({
    baseUrl: "https://communs.example.fr",
    retries: 0,
    fetch: async (input, init) => {
      const path = new URL(String(input)).pathname;
      if (init?.method === "DELETE") return json(null, 204);
      if (path.endsWith("/compare/recorded-march")) return json(recordedComparison);
      if (path.endsWith("/close") || path.endsWith("/reopen"))
        return json({
          ...recordedWorkshops[0],
          status: path.endsWith("/close") ? "closed" : "open",
        });
      if (path === "/sonar/workshops") return json({ items: recordedWorkshops });
      return json({ code: "not-found", status: 404, title: "Not found" }, 404);
    },
  });
}

/** The deletion's confirmation, open: what the facilitator sees after "Delete the workshop". */
function DeleteConfirmation({ locale }: { locale: SonarLocale }) {
  const client = useMemo(recordedClient, []);
  const deletion = useWorkshopDelete({ client, workshopId: "recorded" });
  const { ask } = deletion;
  // Opened once, on the first render (`ask` is stable): "Cancel" closes it as on the board.
  useEffect(() => ask(), [ask]);
  return (
    <WorkshopDelete
      deletion={deletion}
      title={recordedBoard.title}
      respondents={recordedBoard.respondents}
      locale={locale}
    />
  );
}

const localeOf = (globals: Record<string, unknown>): SonarLocale =>
  globals.locale === "en" ? "en" : "fr";

type Args = Record<string, never>;
const meta = {
  title: "Sonar/Workshop",
  parameters: { layout: "padded" },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The facilitator creates a workshop against `npm start`, then follows its live board. */
export const FacilitatorLive: Story = {
  name: "Facilitator (live)",
  render: (_args, { globals }) => <LiveFacilitator locale={localeOf(globals)} />,
};

/** A participant joins with the code (add `&code=XXXXXX` to the URL) and answers. */
export const ParticipantLive: Story = {
  name: "Participant (live)",
  render: (_args, { globals }) => <LiveParticipant locale={localeOf(globals)} />,
};

/** A board as recorded from the server, without a connection: twelve answers, open workshop. */
export const RecordedBoard: Story = {
  render: (_args, { globals }) => (
    <WorkshopBoard
      client={createWorkshopClient({ baseUrl: serverUrl() })}
      workshopId="recorded"
      initialBoard={recordedBoard}
      definition={innovation}
      live={false}
      readOnly
      locale={localeOf(globals)}
    />
  ),
};

/** A closed workshop of a third-party 2×2 model (no stages, so no stage distribution). */
export const RecordedBoardTwoByTwo: Story = {
  render: (_args, { globals }) => {
    const results = twoByTwoTeam.map((answers) => scoreAnswers(twoByTwo, answers));
    return (
      <WorkshopBoard
        client={createWorkshopClient({ baseUrl: serverUrl() })}
        workshopId="recorded-2x2"
        initialBoard={{
          ...recordedBoard,
          workshopId: "recorded-2x2",
          code: "P4TR9Z",
          title: "Ouvrir et tester",
          status: "closed",
          participants: results.length,
          respondents: results.length,
          nicknames: [],
          summary: aggregate(results),
        }}
        definition={twoByTwo}
        live={false}
        readOnly
        locale={localeOf(globals)}
      />
    );
  },
};

/**
 * The facilitator's board with its actions, answered from memory: compare with the same team's
 * March workshop, delete the workshop (with its confirmation), close it, the exports.
 */
export const RecordedBoardFacilitator: Story = {
  render: (_args, { globals }) => (
    <WorkshopBoard
      client={recordedClient()}
      workshopId="recorded"
      initialBoard={recordedBoard}
      workshop={recordedWorkshops[0]}
      definition={innovation}
      live={false}
      locale={localeOf(globals)}
    />
  ),
};

/** Deleting a workshop: the confirmation takes the focus; Escape or "Cancel" gives it back. */
export const DeleteWorkshopConfirmation: Story = {
  render: (_args, { globals }) => <DeleteConfirmation locale={localeOf(globals)} />,
};

/** A comparison as received: the same team in March and in June, before, after and the change. */
export const RecordedComparison: Story = {
  render: (_args, { globals }) => (
    <WorkshopCompare
      client={recordedClient()}
      workshopId="recorded"
      initialComparison={recordedComparison}
      definition={innovation}
      locale={localeOf(globals)}
      headingLevel={2}
    />
  ),
};
