// Sign-in through OpenID Connect against a real OpenID Provider (panva's oidc-provider, the
// certified implementation) on 127.0.0.1: discovery, authorisation code with PKCE, state and
// nonce, ID token and userinfo checks, then a session on the idea-box server. The browser is
// played by fetch with a cookie jar per host, filling the provider's sign-in and consent forms.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { passwordLogin, startHarness, type TestHarness } from "./test/harness";
import { mailText, startTestSmtp, type TestSmtp } from "./test/smtp";
import { startTestProvider, type TestProvider } from "./test/oidc-provider";

const publicUrl = "http://idees.test";
const accounts: Record<string, { email: string; given_name: string; usual_name: string }> = {
  "agent-42": { email: "Claire.Martin@Mairie.example", given_name: "Claire", usual_name: "Martin" },
  "agent-43": { email: "paul.durand@mairie.example", given_name: "Paul", usual_name: "Durand" },
  "agent-44": { email: "nadia.benali@mairie.example", given_name: "Nadia", usual_name: "Benali" },
};

// A real SMTP server on 127.0.0.1 receives the address-verification links.
let smtp: TestSmtp;

let provider: TestProvider;
let issuer = "";
let h: TestHarness;

beforeAll(async () => {
  provider = await startTestProvider({ publicUrl, accounts });
  issuer = provider.issuer;
  smtp = await startTestSmtp();
  h = await startHarness({
    smtpUrl: smtp.url,
    publicUrl,
    oidc: {
      issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      scopes: "openid email given_name usual_name",
      redirectPath: "/auth/oidc/callback",
    },
  });
}, 300_000);
afterAll(async () => {
  await h?.close();
  await provider?.close();
  await smtp.stop();
});

/** A browser: follows redirects by hand, keeps cookies per host, sends the server's in-process. */
function browser() {
  const jars = new Map<string, Map<string, string>>();
  const jarOf = (url: URL) => {
    let jar = jars.get(url.host);
    if (!jar) jars.set(url.host, (jar = new Map()));
    return jar;
  };
  const request = async (url: URL, init: RequestInit = {}) => {
    const jar = jarOf(url);
    const headers = new Headers(init.headers);
    if (jar.size > 0)
      headers.set("cookie", [...jar].map(([name, value]) => `${name}=${value}`).join("; "));
    const response =
      url.origin === publicUrl
        ? await h.server.app.fetch(new Request(url, { ...init, headers }))
        : await fetch(url, { ...init, headers, redirect: "manual" });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair!.split("=");
      if (/expires=Thu, 01 Jan 1970/i.test(cookie) || value.join("=") === "") jar.delete(name!);
      else jar.set(name!, value.join("="));
    }
    return response;
  };
  /**
   * Follows redirects; returns the first response that is not one, and the URL it came from.
   * It stops on arriving at our server's pages (the callback included when `beforeCallback`),
   * returning the redirect that points there.
   */
  const follow = async (start: URL, init: RequestInit = {}, beforeCallback = false) => {
    let url = start;
    let response = await request(url, init);
    for (let hops = 0; response.status >= 300 && response.status < 400; hops++) {
      if (hops > 10) throw new Error("too many redirects");
      url = new URL(response.headers.get("location")!, url);
      const callback = url.pathname === "/auth/oidc/callback";
      if (url.origin === publicUrl && (!callback || beforeCallback)) return { url, response };
      response = await request(url);
    }
    return { url, response };
  };
  return { request, follow, jarOf };
}

/** The provider's form: its action and a body with the given fields plus the hidden ones. */
async function submitForm(
  agent: ReturnType<typeof browser>,
  page: { url: URL; response: Response },
  fields: Record<string, string> = {},
  beforeCallback = false,
) {
  const html = await page.response.text();
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`no form on ${page.url.href}: ${html.slice(0, 200)}`);
  const body = new URLSearchParams(fields);
  for (const [, name, value] of html.matchAll(
    /<input type="hidden" name="([^"]+)" value="([^"]*)"/g,
  ))
    body.set(name!, value!);
  return agent.follow(
    new URL(action, page.url),
    { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body },
    beforeCallback,
  );
}

describe("OpenID Connect sign-in (authorisation code + PKCE)", () => {
  it("signs a person in with the provider's identity, and once again without a duplicate account", async () => {
    const agent = browser();
    const start = await agent.request(new URL(`${publicUrl}/auth/oidc/login?returnTo=/ma-boite`));
    expect(start.status).toBe(302);
    const authorize = new URL(start.headers.get("location")!);
    expect(authorize.origin).toBe(issuer);
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorize.searchParams.get("scope")).toBe("openid email given_name usual_name");
    expect(authorize.searchParams.get("state")).toBeTruthy();
    expect(authorize.searchParams.get("nonce")).toBeTruthy();

    const signIn = await agent.follow(authorize);
    expect(signIn.url.pathname).toMatch(/^\/interaction\//);
    const consent = await submitForm(agent, signIn, { login: "agent-42", password: "x" });
    const back = await submitForm(agent, consent);
    // The provider sends the browser back to our callback with a code; we end on returnTo.
    expect(back.url.href).toBe(`${publicUrl}/ma-boite`);

    const session = await agent.request(new URL(`${publicUrl}/auth/session`));
    const body = (await session.json()) as {
      user: { displayName: string; email: string } | null;
      csrfToken: string | null;
    };
    expect(body.user).toMatchObject({
      displayName: "Claire Martin",
      email: "claire.martin@mairie.example",
    });
    expect(body.csrfToken).toBeTruthy();

    // A second sign-in (the provider remembers the person) finds the same account.
    const again = browser();
    const second = await again.request(new URL(`${publicUrl}/auth/oidc/login`));
    const page = await again.follow(new URL(second.headers.get("location")!));
    await submitForm(again, await submitForm(again, page, { login: "agent-42", password: "x" }));
    const users = await h.db.query<{ count: number }>(
      "select count(*)::int as count from users where oidc_sub = 'agent-42'",
    );
    expect(users[0]!.count).toBe(1);
  });

  it("refuses a callback with a forged state, and one that reuses a state", async () => {
    const agent = browser();
    const forged = await agent.request(
      new URL(`${publicUrl}/auth/oidc/callback?code=anything&state=forged`),
    );
    expect(forged.status).toBe(401);
    expect(((await forged.json()) as { code: string }).code).toBe("unauthenticated");

    const start = await agent.request(new URL(`${publicUrl}/auth/oidc/login`));
    const authorize = new URL(start.headers.get("location")!);
    const signIn = await agent.follow(authorize);
    const consent = await submitForm(agent, signIn, { login: "agent-42", password: "x" });
    // Stop before our callback: take the provider's redirect to it, use it twice.
    const { url } = await submitForm(agent, consent, {}, true);
    expect(url.pathname).toBe("/auth/oidc/callback");
    expect((await agent.request(url)).status).toBe(302);
    const replay = await agent.request(url);
    expect(replay.status).toBe(401);
  });

  it("sends the browser back only to a path of this server, whatever returnTo says", async () => {
    // As an attacker writes them in a link (the server receives them percent-decoded).
    const bypasses = [
      "/%5Cevil.example/x",
      "/\\evil.example/x",
      "/%09/evil.example",
      "/%0A/evil.example",
      "/%0D%0A/evil.example",
      "//evil.example",
      "/%2F/evil.example",
      "%2F%2Fevil.example",
      "%5C%5Cevil.example",
      "\\\\evil.example",
      "/%5C%5Cevil.example",
      "/..//evil.example",
      "/.%2E/%2Fevil.example",
      "https:evil.example",
      "https://evil.example/x",
      "javascript:alert(1)",
      "JaVaScRiPt%3Aalert(1)",
      "/%00/evil.example",
      "%20//evil.example",
    ];
    const stored = async (query: string) => {
      const start = await browser().request(
        new URL(`${publicUrl}/auth/oidc/login?returnTo=${query}`),
      );
      expect(start.status).toBe(302);
      const state = new URL(start.headers.get("location")!).searchParams.get("state");
      const rows = await h.db.query<{ return_to: string }>(
        "select return_to from oidc_states where state = $1",
        [state],
      );
      return rows[0]!.return_to;
    };
    for (const query of bypasses) {
      const returnTo = await stored(query);
      // Read as a browser reads a Location header: WHATWG URL parsing against our origin.
      expect(new URL(returnTo, publicUrl).origin, query).toBe(publicUrl);
      expect(returnTo, query).toBe("/");
    }
    expect(await stored(encodeURIComponent("/boites/ville?tri=recent#idees"))).toBe(
      "/boites/ville?tri=recent#idees",
    );

    // End to end: the provider's redirect comes back to our home page, not to evil.example.
    const agent = browser();
    const start = await agent.request(
      new URL(`${publicUrl}/auth/oidc/login?returnTo=/%09/evil.example`),
    );
    const signIn = await agent.follow(new URL(start.headers.get("location")!));
    const consent = await submitForm(agent, signIn, { login: "agent-42", password: "x" });
    const back = await submitForm(agent, consent);
    expect(back.url.href).toBe(`${publicUrl}/`);
  });

  it("signs in the real owner of an address that an unverified local account holds, and ends that account's hold", async () => {
    // Someone registers the agent's address first; they cannot read the verification e-mail.
    const squatter = await h.person("paul.durand@mairie.example", "Usurpateur");
    expect(smtp.received.some((mail) => mail.to.includes("paul.durand@mairie.example"))).toBe(true);

    const agent = browser();
    const start = await agent.request(new URL(`${publicUrl}/auth/oidc/login?returnTo=/`));
    const signIn = await agent.follow(new URL(start.headers.get("location")!));
    const consent = await submitForm(agent, signIn, { login: "agent-43", password: "x" });
    const back = await submitForm(agent, consent);
    expect(back.url.href).toBe(`${publicUrl}/`);
    const session = (await (await agent.request(new URL(`${publicUrl}/auth/session`))).json()) as {
      user: { id: string; displayName: string; email: string } | null;
    };
    expect(session.user).toMatchObject({
      displayName: "Paul Durand",
      email: "paul.durand@mairie.example",
    });
    // Not captured: a new account, not the squatter's.
    expect(session.user!.id).not.toBe(squatter.userId);
    // The squatter's session is over and the address no longer signs in to their account.
    expect((await squatter.request("session")).user).toBeNull();
    const retry = await h.client().raw("/auth/login", passwordLogin("paul.durand@mairie.example"));
    expect(retry.status).toBe(401);
    const holders = await h.db.query<{ id: string }>(
      "select id from users where email = 'paul.durand@mairie.example'",
    );
    expect(holders.map((row) => row.id)).toEqual([session.user!.id]);
  });

  it("meets a verified local account of the same address with a clear page, then links the two once the person signs in with the password", async () => {
    const owner = await h.person("nadia.benali@mairie.example", "Nadia Benali");
    const mail = smtp.received.find((m) => m.to.includes("nadia.benali@mairie.example"));
    const text = mail ? mailText(mail) : "";
    const link = /http:\/\/idees\.test(\/auth\/verify-email\?token=[A-Za-z0-9_-]+)/.exec(text);
    expect(link, text).not.toBeNull();
    const verified = await owner.raw(link![1]!);
    expect(verified.status).toBe(200);
    expect(await verified.text()).toContain("Adresse confirmée");
    expect((await owner.raw(link![1]!)).status).toBe(400); // used once

    // OIDC sign-in with that address: no 500, no session, no takeover; a page that says what to do.
    const stranger = browser();
    const start = await stranger.request(new URL(`${publicUrl}/auth/oidc/login?returnTo=/suite`));
    const signIn = await stranger.follow(new URL(start.headers.get("location")!));
    const consent = await submitForm(stranger, signIn, { login: "agent-44", password: "x" });
    const page = await submitForm(stranger, consent);
    expect(page.response.status).toBe(409);
    expect(page.response.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await page.response.text();
    expect(html).toContain("Cette adresse a déjà un compte");
    expect(html).toContain("This address already has an account");
    expect(html).not.toMatch(/<script/i);
    expect(stranger.jarOf(new URL(publicUrl)).has("communs_session")).toBe(false);
    expect(await h.db.query("select 1 from users where oidc_sub = 'agent-44'")).toHaveLength(0);

    // The person signs in with the password, then with the provider: one account, linked.
    const linking = browser();
    const login = await linking.request(
      new URL(`${publicUrl}/auth/login`),
      passwordLogin("nadia.benali@mairie.example"),
    );
    expect(login.status).toBe(200);
    const again = await linking.request(new URL(`${publicUrl}/auth/oidc/login?returnTo=/suite`));
    const signIn2 = await linking.follow(new URL(again.headers.get("location")!));
    const consent2 = await submitForm(linking, signIn2, { login: "agent-44", password: "x" });
    const back = await submitForm(linking, consent2);
    expect(back.url.href).toBe(`${publicUrl}/suite`);
    const linked = await h.db.query<{ id: string }>(
      "select id from users where oidc_sub = 'agent-44'",
    );
    expect(linked.map((row) => row.id)).toEqual([owner.userId]);

    // From now on the provider alone signs in to that account.
    const later = browser();
    const third = await later.request(new URL(`${publicUrl}/auth/oidc/login`));
    const signIn3 = await later.follow(new URL(third.headers.get("location")!));
    await submitForm(later, await submitForm(later, signIn3, { login: "agent-44", password: "x" }));
    const session = (await (await later.request(new URL(`${publicUrl}/auth/session`))).json()) as {
      user: { id: string } | null;
    };
    expect(session.user?.id).toBe(owner.userId);
  });

  it("shows the ProConnect button on the sign-in page, and signing out ends the provider's session too (end_session_endpoint)", async () => {
    const discovery = (await (
      await fetch(`${issuer}/.well-known/openid-configuration`)
    ).json()) as { end_session_endpoint?: string };
    expect(discovery.end_session_endpoint).toBeTruthy();

    const agent = browser();
    const page = await (
      await agent.request(new URL(`${publicUrl}/auth/sign-in?returnTo=%2Fma-boite`))
    ).text();
    expect(page).toContain('<form method="get" action="/auth/oidc/login">');
    expect(page).toContain('<input type="hidden" name="returnTo" value="/ma-boite">');
    expect(page).toContain(
      '<span class="fr-connect__login">S’identifier avec</span> <span class="fr-connect__brand">ProConnect</span>',
    );
    expect(page).toContain(
      '<a href="https://www.proconnect.gouv.fr/" target="_blank" rel="noopener noreferrer" title="Qu’est-ce que ProConnect ? - nouvelle fenêtre">Qu’est-ce que ProConnect ?</a>',
    );

    const start = await agent.request(new URL(`${publicUrl}/auth/oidc/login?returnTo=/ma-boite`));
    const signIn = await agent.follow(new URL(start.headers.get("location")!));
    const back = await submitForm(
      agent,
      await submitForm(agent, signIn, { login: "agent-42", password: "x" }),
    );
    expect(back.url.href).toBe(`${publicUrl}/ma-boite`);
    const providerJar = agent.jarOf(new URL(issuer));
    expect(providerJar.has("_session")).toBe(true);
    const session = (await (await agent.request(new URL(`${publicUrl}/auth/session`))).json()) as {
      csrfToken: string;
    };

    const out = await agent.request(new URL(`${publicUrl}/auth/sign-out?returnTo=%2Fau-revoir`), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: publicUrl },
      body: new URLSearchParams({ csrf: session.csrfToken }),
    });
    expect(out.status).toBe(303);
    const logout = new URL(out.headers.get("location")!);
    expect(`${logout.origin}${logout.pathname}`).toBe(discovery.end_session_endpoint);
    expect(logout.searchParams.get("id_token_hint")).toMatch(/^ey/);
    expect(logout.searchParams.get("post_logout_redirect_uri")).toBe(
      `${publicUrl}/auth/signed-out`,
    );
    const state = logout.searchParams.get("state")!;
    expect(state).toBeTruthy();
    // Our session is over already.
    expect(agent.jarOf(new URL(publicUrl)).has("communs_session")).toBe(false);

    // The provider asks to confirm, ends its session and sends the browser back with the state.
    const confirm = await agent.follow(logout);
    const returned = await submitForm(agent, confirm, { logout: "yes" });
    expect(returned.url.pathname).toBe("/auth/signed-out");
    expect(returned.url.searchParams.get("state")).toBe(state);
    expect(providerJar.has("_session")).toBe(false);
    const last = await agent.request(returned.url);
    expect(last.status).toBe(303);
    expect(last.headers.get("location")).toBe("/au-revoir");
    // The state was for one use.
    const replay = await agent.request(returned.url);
    expect(replay.status).toBe(200);
  });

  it("accepts plain HTTP only for an identity provider on this machine", async () => {
    const { loadConfig } = await import("./config");
    const oidc = { OIDC_CLIENT_ID: "id", OIDC_CLIENT_SECRET: "secret" };
    expect(() => loadConfig({ ...oidc, OIDC_ISSUER: "http://idp.example.fr" })).toThrow(
      /OIDC_ISSUER/,
    );
    expect(loadConfig({ ...oidc, OIDC_ISSUER: "http://127.0.0.1:9000" }).oidc?.issuer).toBe(
      "http://127.0.0.1:9000",
    );
  });
});

describe("a provider without end_session_endpoint", () => {
  it("signs out here only, and the page says the provider's session stays open", async () => {
    const quiet = await startTestProvider({ publicUrl, accounts, endSession: false });
    const discovery = (await (
      await fetch(`${quiet.issuer}/.well-known/openid-configuration`)
    ).json()) as { end_session_endpoint?: string };
    expect(discovery.end_session_endpoint).toBeUndefined();
    const other = await startHarness({
      publicUrl,
      oidc: {
        issuer: quiet.issuer,
        clientId: quiet.clientId,
        clientSecret: quiet.clientSecret,
        scopes: "openid email given_name usual_name",
        redirectPath: "/auth/oidc/callback",
      },
    });
    try {
      const previous = h;
      h = other; // browser() serves our origin from `h`
      try {
        const agent = browser();
        const start = await agent.request(new URL(`${publicUrl}/auth/oidc/login`));
        const signIn = await agent.follow(new URL(start.headers.get("location")!));
        await submitForm(
          agent,
          await submitForm(agent, signIn, { login: "agent-43", password: "x" }),
        );
        const session = (await (
          await agent.request(new URL(`${publicUrl}/auth/session`))
        ).json()) as { csrfToken: string };
        const out = await agent.request(
          new URL(`${publicUrl}/auth/sign-out?returnTo=%2Fau-revoir`),
          {
            method: "POST",
            headers: { "content-type": "application/x-www-form-urlencoded", origin: publicUrl },
            body: new URLSearchParams({ csrf: session.csrfToken }),
          },
        );
        expect(out.status).toBe(303);
        const next = new URL(out.headers.get("location")!, publicUrl);
        expect(next.origin).toBe(publicUrl);
        expect(next.pathname).toBe("/auth/signed-out");
        expect(agent.jarOf(new URL(publicUrl)).has("communs_session")).toBe(false);
        const page = await (await agent.request(next)).text();
        expect(page).toContain("Votre session chez votre fournisseur d’identité reste ouverte");
        expect(page).toContain('href="/au-revoir"');
      } finally {
        h = previous;
      }
    } finally {
      await other.close();
      await quiet.close();
    }
  });
});
