import type { Context, Hono } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import * as client from "openid-client";
import type { AppDeps } from "./context";
import type { Queryable } from "./db/db";
import { HttpProblem } from "./http-problem";
import { htmlPage } from "./pages";
import {
  createSession,
  readSession,
  sessionCookie,
  sessionCookieOptions,
  sha256,
} from "./security";

/**
 * Where to send the browser after sign-in: only a path on our own origin. The value is checked
 * as browsers will read it (WHATWG URL parsing, which drops tabs and newlines and takes `\` for
 * `/`), so `/\evil.example`, `/%09/evil.example` (a tab once decoded), `//evil`, `https:evil`
 * and `javascript:` all fall back to `/`.
 */
export function safeReturnPath(raw: string | undefined, publicUrl: string): string {
  if (!raw || raw.length > 2000) return "/";
  // Control characters (tab, newline…) and backslashes have no place in a path we hand out.
  if (
    raw.includes("\\") ||
    [...raw].some((char) => char < " " || (char >= "\x7f" && char <= "\x9f"))
  )
    return "/";
  if (!raw.startsWith("/") || raw.startsWith("//")) return "/";
  const origin = new URL(publicUrl).origin;
  if (!URL.canParse(raw, origin)) return "/";
  const url = new URL(raw, origin);
  if (url.origin !== origin) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("/") && !path.startsWith("//") ? path : "/";
}

/**
 * `safeReturnPath`, or an absolute URL on one of ALLOWED_ORIGINS (the sites that embed the box,
 * the catalogue): the sign-in pages send people back to the page they came from. Nothing else.
 */
export function safeReturnTo(
  raw: string | undefined,
  config: { publicUrl: string; allowedOrigins: readonly string[] },
): string {
  if (raw && raw.length <= 2000 && /^https?:\/\//i.test(raw) && URL.canParse(raw)) {
    const clean = !raw.includes("\\") && ![...raw].some((char) => char <= " " || char === "\x7f");
    const url = new URL(raw);
    if (clean && config.allowedOrigins.includes(url.origin)) return url.href;
    if (clean && url.origin === new URL(config.publicUrl).origin)
      return safeReturnPath(`${url.pathname}${url.search}${url.hash}`, config.publicUrl);
  }
  return safeReturnPath(raw, config.publicUrl);
}

const discoveries = new WeakMap<AppDeps, Promise<client.Configuration>>();

/** The provider's configuration (discovery), once per app; a failed discovery is tried again. */
export function oidcConfiguration(deps: AppDeps): Promise<client.Configuration> {
  const settings = deps.config.oidc!;
  let found = discoveries.get(deps);
  if (!found) {
    found = client
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        settings.clientSecret,
        undefined,
        // Plain HTTP only reaches a provider on this machine (config refuses any other).
        settings.issuer.startsWith("http://") ? { execute: [client.allowInsecureRequests] } : {},
      )
      .catch((error: unknown) => {
        discoveries.delete(deps);
        throw error;
      });
    discoveries.set(deps, found);
  }
  return found;
}

/**
 * The provider's logout URL for a session opened through it (RP-initiated logout: the ID token
 * as id_token_hint, our page as post_logout_redirect_uri, a state), or null when the provider
 * publishes no end_session_endpoint.
 */
export async function providerLogoutUrl(
  deps: AppDeps,
  idToken: string,
  postLogoutRedirectUri: string,
  state: string,
): Promise<URL | null> {
  const config = await oidcConfiguration(deps);
  if (!config.serverMetadata().end_session_endpoint) return null;
  return client.buildEndSessionUrl(config, {
    id_token_hint: idToken,
    post_logout_redirect_uri: postLogoutRedirectUri,
    state,
  });
}

type SignInOutcome = { userId: string } | { conflict: string };

/**
 * Finds or creates the account of an OIDC identity, keyed by issuer and subject, never by
 * e-mail alone. An address held by an unverified local account is taken back from it (that
 * account's sessions end): a pre-registration cannot lock out nor capture the real owner. An
 * address held by a verified account is a conflict, settled by signing in to that account
 * first (then the identity is linked to it).
 */
async function accountFor(
  tx: Queryable,
  identity: { issuers: string[]; subject: string; email: string | null; name: string },
  signedIn: { id: string; email: string | null; oidc: boolean; verified: boolean } | null,
): Promise<SignInOutcome> {
  const [issuer] = identity.issuers as [string];
  const known = await tx.query<{ id: string }>(
    "select id from users where oidc_sub = $1 and oidc_issuer = any($2::text[]) and erased_at is null",
    [identity.subject, identity.issuers],
  );
  const holder = identity.email
    ? (
        await tx.query<{ id: string; verified: boolean }>(
          "select id, email_verified_at is not null as verified from users where email = $1 for update",
          [identity.email],
        )
      )[0]
    : undefined;
  const releaseUnverified = async () => {
    if (holder && !holder.verified && holder.id !== known[0]?.id) {
      await tx.query("update users set email = null where id = $1", [holder.id]);
      await tx.query("delete from sessions where user_id = $1", [holder.id]);
      await tx.query("delete from email_verifications where user_id = $1", [holder.id]);
      return true;
    }
    return false;
  };
  if (known[0]) {
    const free = !holder || holder.id === known[0].id || (await releaseUnverified());
    if (identity.email && free)
      await tx.query(
        "update users set email = $2, email_verified_at = coalesce(email_verified_at, now()) where id = $1",
        [known[0].id, identity.email],
      );
    return { userId: known[0].id };
  }
  // Signed in already with a verified account of the same address: link the identity to it.
  if (
    signedIn &&
    !signedIn.oidc &&
    signedIn.verified &&
    identity.email !== null &&
    signedIn.email === identity.email
  ) {
    await tx.query("update users set oidc_issuer = $2, oidc_sub = $3 where id = $1", [
      signedIn.id,
      issuer,
      identity.subject,
    ]);
    return { userId: signedIn.id };
  }
  if (holder && holder.verified) return { conflict: identity.email! };
  await releaseUnverified();
  const created = await tx.query<{ id: string }>(
    `insert into users (oidc_issuer, oidc_sub, email, display_name, email_verified_at)
     values ($1, $2, $3, $4, case when $3::text is null then null else now() end) returning id`,
    [issuer, identity.subject, identity.email, identity.name],
  );
  return { userId: created[0]!.id };
}

const conflictPage = (email: string, loginUrl: string) =>
  htmlPage(
    {
      title: "Cette adresse a déjà un compte",
      paragraphs: [
        `Un compte de la boîte à idées utilise déjà l’adresse ${email}, avec un mot de passe.`,
        "Connectez-vous d’abord avec ce mot de passe, puis reconnectez-vous avec votre fournisseur d’identité : les deux seront reliés et vous retrouverez vos idées.",
        "Si vous n’avez jamais créé ce compte, écrivez à l’administrateur de la boîte à idées.",
      ],
    },
    {
      title: "This address already has an account",
      paragraphs: [
        `An idea box account already uses the address ${email}, with a password.`,
        "Sign in with that password first, then sign in again with your identity provider: the two will be linked and you will find your ideas.",
        "If you never created that account, write to the idea box's administrator.",
      ],
    },
    { href: loginUrl, fr: "Recommencer la connexion", en: "Start the sign-in again" },
  );

/**
 * OIDC authorisation code flow with PKCE (openid-client), shaped for ProConnect: scopes
 * `openid email given_name usual_name`, claims read from the ID token and userinfo (ProConnect
 * signs userinfo as a JWT, which openid-client verifies). State, nonce and verifier are kept in
 * the database, so any instance can finish the flow.
 */
export function mountOidc(app: Hono, deps: AppDeps) {
  const signIn = async (
    c: Context,
    identity: Parameters<typeof accountFor>[1],
  ): Promise<SignInOutcome> => {
    const token = getCookie(c, sessionCookie);
    const current = token && token.length < 100 ? await readSession(deps.db, token) : null;
    const signedIn = current
      ? (
          await deps.db.query<{
            id: string;
            email: string | null;
            oidc: boolean;
            verified: boolean;
          }>(
            `select id, email, oidc_sub is not null as oidc, email_verified_at is not null as verified
               from users where id = $1`,
            [current.user.id],
          )
        )[0]!
      : null;
    // Two callbacks at once for one new identity: the loser of the unique key tries again.
    for (let attempt = 0; ; attempt++) {
      try {
        return await deps.db.transaction((tx) => accountFor(tx, identity, signedIn));
      } catch (error) {
        if ((error as { code?: string }).code !== "23505" || attempt > 0) throw error;
      }
    }
  };
  const settings = deps.config.oidc!;
  const ready = () =>
    oidcConfiguration(deps).catch((error: unknown) => {
      deps.log("error", "oidc discovery failed", { error: String(error) });
      throw new HttpProblem("network", { detail: "the identity provider cannot be reached" });
    });
  const redirectUri = `${deps.config.publicUrl}${settings.redirectPath}`;

  const cookieOptions = sessionCookieOptions(deps.config);

  app.get("/auth/oidc/login", async (c) => {
    const config = await ready();
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const returnTo = safeReturnTo(c.req.query("returnTo"), deps.config);
    await deps.db.query(
      "insert into oidc_states (state, code_verifier, nonce, return_to, expires_at) values ($1, $2, $3, $4, now() + interval '10 minutes')",
      [state, verifier, nonce, returnTo],
    );
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: settings.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      state,
      nonce,
    });
    return c.redirect(url.href, 302);
  });

  app.get(settings.redirectPath, async (c) => {
    const config = await ready();
    const state = c.req.query("state") ?? "";
    const rows = await deps.db.query<{ code_verifier: string; nonce: string; return_to: string }>(
      "delete from oidc_states where state = $1 and expires_at > now() returning code_verifier, nonce, return_to",
      [state],
    );
    const saved = rows[0];
    if (!saved)
      return c.json(
        {
          type: "urn:communs:idea-box:problem:unauthenticated",
          title: "Sign-in expired",
          status: 401,
          code: "unauthenticated",
        },
        401,
      );
    const currentUrl = new URL(c.req.url);
    const callbackUrl = new URL(redirectUri);
    callbackUrl.search = currentUrl.search;
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: saved.code_verifier,
        expectedState: state,
        expectedNonce: saved.nonce,
      });
    } catch (error) {
      deps.log("error", "oidc callback refused", { error: String(error) });
      throw new HttpProblem("unauthenticated", {
        detail: "the identity provider's answer was refused",
      });
    }
    const claims = tokens.claims()!;
    const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
    const email = typeof info.email === "string" ? info.email.toLowerCase() : null;
    const name =
      [info.given_name, info.usual_name ?? info.family_name]
        .filter((part) => typeof part === "string")
        .join(" ") ||
      email ||
      "Agent";
    const outcome = await signIn(c, {
      // The issuer as the provider names itself in the ID token; the configured spelling too,
      // for accounts created before (they were keyed by the setting).
      issuers: [...new Set([claims.iss, settings.issuer])],
      subject: claims.sub,
      email,
      name,
    });
    if ("conflict" in outcome)
      return c.html(
        conflictPage(
          outcome.conflict,
          `/auth/oidc/login?returnTo=${encodeURIComponent(saved.return_to)}`,
        ),
        409,
      );
    const session = await createSession(deps.db, outcome.userId);
    // Kept for the provider's logout (id_token_hint), see sign-in-pages.ts.
    if (tokens.id_token)
      await deps.db.query("update sessions set oidc_id_token = $2 where id_hash = $1", [
        sha256(session.token),
        tokens.id_token,
      ]);
    setCookie(c, sessionCookie, session.token, cookieOptions);
    return c.redirect(saved.return_to, 302);
  });
}
