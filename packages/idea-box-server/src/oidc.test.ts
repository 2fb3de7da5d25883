// Sign-in through OpenID Connect against a real OpenID Provider (panva's oidc-provider, the
// certified implementation) on 127.0.0.1: discovery, authorisation code with PKCE, state and
// nonce, ID token and userinfo checks, then a session on the idea-box server. The browser is
// played by fetch with a cookie jar per host, filling the provider's sign-in and consent forms.
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Provider from "oidc-provider";
import { startHarness, type TestHarness } from "./test/harness";

const clientId = "boite-a-idees";
const clientSecret = "a-client-secret-for-tests-only-0123456789";
const publicUrl = "http://idees.test";
const accounts: Record<string, { email: string; given_name: string; usual_name: string }> = {
  "agent-42": { email: "Claire.Martin@Mairie.example", given_name: "Claire", usual_name: "Martin" },
};

let provider: Provider;
let issuer = "";
let closeProvider: () => Promise<void>;
let h: TestHarness;

beforeAll(async () => {
  // The issuer is known only once listening: listen first on a plain server, then mount.
  const { createServer } = await import("node:http");
  let handler: ReturnType<Provider["callback"]> | null = null;
  const http = createServer((request, response) => handler!(request, response));
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [`${publicUrl}/auth/oidc/callback`],
      },
    ],
    // ProConnect's scopes and claims.
    scopes: ["openid", "email", "given_name", "usual_name"],
    claims: {
      openid: ["sub"],
      email: ["email"],
      given_name: ["given_name"],
      usual_name: ["usual_name"],
    },
    pkce: { required: () => true },
    findAccount: (_ctx, sub) =>
      accounts[sub] ? { accountId: sub, claims: () => ({ sub, ...accounts[sub]! }) } : undefined,
  });
  handler = provider.callback();
  closeProvider = () => new Promise((resolve) => http.close(() => resolve()));
  h = await startHarness({
    publicUrl,
    oidc: {
      issuer,
      clientId,
      clientSecret,
      scopes: "openid email given_name usual_name",
      redirectPath: "/auth/oidc/callback",
    },
  });
}, 300_000);
afterAll(async () => {
  await h?.close();
  await closeProvider?.();
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
