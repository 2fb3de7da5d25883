// Sign-in for every live story (idea box, Démineur, admin console): the story links to the
// sign-in page the idea-box server serves itself (`/auth/sign-in`), which sends the browser
// back to this story afterwards (the catalogue's origin is in the server's ALLOWED_ORIGINS,
// the only absolute returnTo it accepts); signing out is a real form POSTed to
// `/auth/sign-out` with the session's CSRF token. The server runs on the catalogue's host
// (port 8787 by default): same site, so its SameSite=Lax session cookie rides along with the
// widgets' credentialed requests.
import { useEffect, useState } from "react";
import type { createIdeaBoxClient } from "@communs/idea-box/client";

export type LiveLocale = "fr" | "en";

/** The seed's demo accounts (README of idea-box-server) and their shared password. */
export const demoPassword = "demo-idees-2026";
export const demoAccounts = [
  { email: "agent@exemple.fr", role: { fr: "agent", en: "agent" } },
  { email: "cheffe@exemple.fr", role: { fr: "cheffe de projet", en: "project lead" } },
  { email: "moderatrice@exemple.fr", role: { fr: "modératrice", en: "moderator" } },
  { email: "admin@exemple.fr", role: { fr: "administrateur", en: "administrator" } },
] as const;

/** The idea-box server of `npm start`: STORYBOOK_IDEA_BOX_URL, or this host on port 8787. */
export function ideaBoxServerUrl(): string {
  const configured = (import.meta as { env?: Record<string, string | undefined> }).env
    ?.STORYBOOK_IDEA_BOX_URL;
  if (configured) return configured.replace(/\/$/, "");
  return `${window.location.protocol}//${window.location.hostname}:8787`;
}

/** The address to come back to: the catalogue's own page (the story runs in its frame). */
function storyUrl(): string {
  try {
    return window.top?.location.href ?? window.location.href;
  } catch {
    return window.location.href;
  }
}

const texts = {
  fr: {
    region: "Connexion à la boîte à idées de démonstration",
    signIn: "Se connecter (page de connexion du serveur)",
    signOut: "Se déconnecter",
    signedInAs: (name: string) => `Connecté·e : ${name}.`,
    anonymous: "Non connecté·e : lecture seule.",
    accounts: (list: string) =>
      `Comptes de démonstration : ${list} ; mot de passe « ${demoPassword} ».`,
  },
  en: {
    region: "Sign-in to the demo idea box",
    signIn: "Sign in (the server's sign-in page)",
    signOut: "Sign out",
    signedInAs: (name: string) => `Signed in: ${name}.`,
    anonymous: "Not signed in: read only.",
    accounts: (list: string) => `Demo accounts: ${list}; password "${demoPassword}".`,
  },
} as const;

export interface LiveSignInProps {
  locale: LiveLocale;
  /** The story's client (`credentials: "include"`), to read the session. */
  client: ReturnType<typeof createIdeaBoxClient>;
  /** The server's URL (default `ideaBoxServerUrl()`). */
  server?: string;
  /** The account to suggest first (an e-mail of `demoAccounts`). */
  suggested?: string;
  /** Called with the signed-in person's name, or null. */
  onSession?: (displayName: string | null) => void;
}

/**
 * `<LiveSignIn locale client />`: who is signed in, and a link to the server's sign-in page or
 * a sign-out button. Usage in a live story:
 *
 *   const client = createIdeaBoxClient({ baseUrl: ideaBoxServerUrl(), credentials: "include" });
 *   <LiveSignIn locale={locale} client={client} suggested="admin@exemple.fr" />
 */
export function LiveSignIn({
  locale,
  client,
  server = ideaBoxServerUrl(),
  suggested,
  onSession,
}: LiveSignInProps) {
  const t = texts[locale];
  const [session, setSession] = useState<{ name: string; csrf: string } | null>(null);
  useEffect(() => {
    let live = true;
    client
      .request("session", {})
      .then((answer) => {
        if (!live) return;
        const name = answer.user?.displayName ?? null;
        setSession(name && answer.csrfToken ? { name, csrf: answer.csrfToken } : null);
        onSession?.(name);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [client, onSession]);
  const query = new URLSearchParams({ returnTo: storyUrl(), lang: locale }).toString();
  const accounts = [...demoAccounts]
    .sort((a, b) => Number(b.email === suggested) - Number(a.email === suggested))
    .map(({ email, role }) => `${email} (${role[locale]})`)
    .join(", ");
  return (
    <section className="catalogue-live-sign-in" aria-label={t.region}>
      <p role="status">{session ? t.signedInAs(session.name) : t.anonymous}</p>
      {session ? (
        <form method="post" action={`${server}/auth/sign-out?${query}`} target="_top">
          <input type="hidden" name="csrf" value={session.csrf} />
          <button type="submit" className="communs-idea-box-button">
            {t.signOut}
          </button>
        </form>
      ) : (
        <>
          <a
            className="communs-idea-box-button communs-idea-box-button--primary"
            href={`${server}/auth/sign-in?${query}`}
            target="_top"
          >
            {t.signIn}
          </a>
          <p>{t.accounts(accounts)}</p>
        </>
      )}
    </section>
  );
}
