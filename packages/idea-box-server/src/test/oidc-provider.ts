import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

/**
 * A real OpenID Provider (panva's oidc-provider, the certified implementation) on 127.0.0.1,
 * shaped like ProConnect: scopes and claims `openid email given_name usual_name`, PKCE
 * required, RP-initiated logout (end_session_endpoint) on. Its sign-in form takes any password
 * for the listed accounts. Used by oidc.test.ts and idea-box-element's Chromium sign-in test.
 */
export interface TestAccount {
  email: string;
  given_name: string;
  usual_name: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  provider: Provider;
  close(): Promise<void>;
}

export async function startTestProvider(options: {
  /** The idea-box server's PUBLIC_URL: its callback and signed-out page are registered. */
  publicUrl: string;
  accounts: Record<string, TestAccount>;
  /** false: a provider without end_session_endpoint (no RP-initiated logout). */
  endSession?: boolean;
}): Promise<TestProvider> {
  const clientId = "boite-a-idees";
  const clientSecret = "a-client-secret-for-tests-only-0123456789";
  // The issuer is known only once listening: listen first on a plain server, then mount.
  let handler: ReturnType<Provider["callback"]> | null = null;
  const http = createServer((request, response) => handler!(request, response));
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [`${options.publicUrl}/auth/oidc/callback`],
        ...(options.endSession === false
          ? {}
          : { post_logout_redirect_uris: [`${options.publicUrl}/auth/signed-out`] }),
      },
    ],
    scopes: ["openid", "email", "given_name", "usual_name"],
    claims: {
      openid: ["sub"],
      email: ["email"],
      given_name: ["given_name"],
      usual_name: ["usual_name"],
    },
    pkce: { required: () => true },
    features: { rpInitiatedLogout: { enabled: options.endSession !== false } },
    findAccount: (_ctx, sub) =>
      options.accounts[sub]
        ? { accountId: sub, claims: () => ({ sub, ...options.accounts[sub]! }) }
        : undefined,
  });
  handler = provider.callback();
  return {
    issuer,
    clientId,
    clientSecret,
    provider,
    close: () => new Promise((resolve) => http.close(() => resolve())),
  };
}
