import type { Hono } from "hono";
import { setCookie } from "hono/cookie";
import * as client from "openid-client";
import type { AppDeps } from "./app";
import { HttpProblem } from "./http-problem";
import { createSession, sessionCookie, sessionDays } from "./security";

/**
 * OIDC authorisation code flow with PKCE (openid-client), shaped for ProConnect: scopes
 * `openid email given_name usual_name`, claims read from the ID token and userinfo (ProConnect
 * signs userinfo as a JWT, which openid-client verifies). State, nonce and verifier are kept in
 * the database, so any instance can finish the flow.
 */
export function mountOidc(app: Hono, deps: AppDeps) {
  const settings = deps.config.oidc!;
  let discovered: Promise<client.Configuration> | null = null;
  const configuration = () =>
    (discovered ??= client
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        settings.clientSecret,
        undefined,
        // Plain HTTP only reaches a provider on this machine (config refuses any other).
        settings.issuer.startsWith("http://") ? { execute: [client.allowInsecureRequests] } : {},
      )
      .catch((error: unknown) => {
        discovered = null;
        throw error;
      }));
  const ready = () =>
    configuration().catch((error: unknown) => {
      deps.log("error", "oidc discovery failed", { error: String(error) });
      throw new HttpProblem("network", { detail: "the identity provider cannot be reached" });
    });
  const redirectUri = `${deps.config.publicUrl}${settings.redirectPath}`;

  app.get("/auth/oidc/login", async (c) => {
    const config = await ready();
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const returnTo = c.req.query("returnTo") ?? "/";
    await deps.db.query(
      "insert into oidc_states (state, code_verifier, nonce, return_to, expires_at) values ($1, $2, $3, $4, now() + interval '10 minutes')",
      [
        state,
        verifier,
        nonce,
        returnTo.startsWith("/") && !returnTo.startsWith("//") ? returnTo : "/",
      ],
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
    const users = await deps.db.query<{ id: string }>(
      `insert into users (oidc_issuer, oidc_sub, email, display_name) values ($1, $2, $3, $4)
       on conflict (oidc_issuer, oidc_sub) do update set email = coalesce(excluded.email, users.email)
       returning id`,
      [settings.issuer, claims.sub, email, name],
    );
    const session = await createSession(deps.db, users[0]!.id);
    setCookie(c, sessionCookie, session.token, {
      path: "/",
      httpOnly: true,
      secure: deps.config.publicUrl.startsWith("https://"),
      sameSite: "Lax",
      maxAge: sessionDays * 86400,
    });
    return c.redirect(saved.return_to, 302);
  });
}
