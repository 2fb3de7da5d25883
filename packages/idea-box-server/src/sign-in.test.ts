// The sign-in pages the server serves (sign-in-pages.ts, password-reset.ts) on PGlite, with a
// real SMTP server receiving the verification and reset e-mails. The browser is played by
// fetch with a cookie jar, posting the forms as a browser would (urlencoded, hidden fields).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type TestHarness } from "./test/harness";
import { mailText, startTestSmtp, type TestSmtp } from "./test/smtp";
import { resetKey, resetToken } from "./password-reset";

const publicUrl = "http://idees.test";
const catalogue = "http://localhost:6006";
let smtp: TestSmtp;
let h: TestHarness;

beforeAll(async () => {
  smtp = await startTestSmtp();
  h = await startHarness({
    smtpUrl: smtp.url,
    publicUrl,
    allowedOrigins: [catalogue],
    rateLimit: { perPerson: 100000, perAddress: 80 },
  });
}, 300_000);
afterAll(async () => {
  await h?.close();
  await smtp?.stop();
});

function browser(headers: Record<string, string> = {}) {
  const jar = new Map<string, string>();
  const request = async (path: string, init: RequestInit = {}) => {
    const all = new Headers({ ...headers, ...Object.fromEntries(new Headers(init.headers)) });
    if (jar.size > 0) all.set("cookie", [...jar].map(([k, v]) => `${k}=${v}`).join("; "));
    const response = await h.server.app.fetch(
      new Request(new URL(path, publicUrl), { ...init, headers: all }),
    );
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair!.split("=");
      if (/max-age=0|expires=Thu, 01 Jan 1970/i.test(cookie)) jar.delete(name!);
      else jar.set(name!, value.join("="));
    }
    return response;
  };
  /** Opens `path`, fills the form's fields (hidden ones kept) and posts it. */
  const submit = async (
    path: string,
    fields: Record<string, string>,
    extra: Record<string, string> = {},
  ) => {
    const html = await (await request(path)).text();
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`no form on ${path}: ${html.slice(0, 300)}`);
    const body = new URLSearchParams();
    for (const [, name, value] of html.matchAll(
      /<input type="hidden" name="([^"]+)" value="([^"]*)"/g,
    ))
      body.set(name!, value!.replaceAll("&amp;", "&"));
    for (const [name, value] of Object.entries(fields)) body.set(name, value);
    return request(action.replaceAll("&amp;", "&"), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: publicUrl, ...extra },
      body,
    });
  };
  const session = async () =>
    (await (await request("/auth/session")).json()) as {
      user: { displayName: string; email: string } | null;
      csrfToken: string | null;
    };
  return { request, submit, session, jar };
}

/** The next e-mail to `to` after `since` messages, once the SMTP server has it. */
async function mailTo(to: string, since: number) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const found = smtp.received.slice(since).find((mail) => mail.to.includes(to));
    if (found) return mailText(found);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`no e-mail to ${to}`);
}
const linkIn = (text: string, path: string) =>
  new RegExp(`${publicUrl}${path}\\?token=[^\\s]+`).exec(text)![0];

describe("sign-in pages", () => {
  it("are in French by default, in English on ?lang=en or Accept-Language, with no script and a policy that lets only our style sheet in", async () => {
    const anonymous = browser();
    const fr = await anonymous.request("/auth/sign-in");
    const html = await fr.text();
    expect(fr.status).toBe(200);
    expect(html).toContain('<html lang="fr"');
    expect(html).toContain("<title>Se connecter – Boîte à idées</title>");
    expect(html).toContain('autocomplete="current-password"');
    expect(html).toContain('<label for="email">');
    expect(html).not.toMatch(/<script|style="/);
    // No OIDC settings here: no ProConnect button (oidc.test.ts checks it with a provider).
    expect(html).not.toContain("ProConnect");
    const csp = fr.headers.get("content-security-policy")!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    // Elsewhere the policy stays closed.
    const api = await anonymous.request("/auth/session");
    expect(api.headers.get("content-security-policy")).toContain("style-src 'none'");

    const en = await anonymous.request("/auth/sign-in?lang=en");
    expect(await en.text()).toContain("<title>Sign in – Idea box</title>");
    const negotiated = await browser({ "accept-language": "de, en-GB;q=0.8, fr;q=0.5" }).request(
      "/auth/create-account",
    );
    expect(await negotiated.text()).toContain('<html lang="en"');

    const css = await anonymous.request("/auth/assets/sign-in.css");
    expect(css.headers.get("content-type")).toContain("text/css");
    expect(await css.text()).toContain("--communs-color-primary");
    const logo = await anonymous.request("/auth/assets/proconnect-logo.svg");
    expect(logo.headers.get("content-type")).toBe("image/svg+xml");
  });

  it("creates an account, sends the verification link by e-mail, confirms the address, then signs out with the session's CSRF token only", async () => {
    const agent = browser();
    const before = smtp.received.length;
    const created = await agent.submit("/auth/create-account?returnTo=%2Fma-boite", {
      displayName: "Léa Girard",
      email: "lea.girard@mairie.example",
      password: "un mot de passe assez long",
    });
    expect(created.status).toBe(303);
    expect(created.headers.get("location")).toBe("/auth/verify-notice?returnTo=%2Fma-boite");
    expect((await agent.session()).user?.displayName).toBe("Léa Girard");
    const notice = await (await agent.request("/auth/verify-notice?returnTo=%2Fma-boite")).text();
    expect(notice).toContain("lea.girard@mairie.example");
    expect(notice).toContain("Renvoyer le lien");
    // Asking again within ten minutes sends nothing new, and says so.
    const resend = await agent.submit("/auth/verify-notice", {});
    expect(await resend.text()).toContain("il y a moins de 10 minutes");

    const mail = await mailTo("lea.girard@mairie.example", before);
    const verified = await agent.request(linkIn(mail, "/auth/verify-email"));
    expect(verified.status).toBe(200);
    expect(await (await agent.request("/auth/verify-notice")).text()).toContain(
      "Votre adresse électronique est confirmée.",
    );

    // A GET never signs out; a POST without the token neither.
    expect((await agent.request("/auth/sign-out")).status).toBe(200);
    const forged = await agent.request("/auth/sign-out", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "csrf=not-the-token",
    });
    expect(forged.status).toBe(403);
    expect((await agent.session()).user).not.toBeNull();
    const out = await agent.submit("/auth/sign-out?returnTo=%2Fma-boite", {});
    expect(out.status).toBe(303);
    expect(out.headers.get("location")).toBe("/ma-boite");
    expect((await agent.session()).user).toBeNull();
  });

  it("says which field is wrong, with an error summary, and refuses a form without this browser's token or from another site", async () => {
    const agent = browser();
    const empty = await agent.submit("/auth/sign-in", { email: "", password: "" });
    expect(empty.status).toBe(400);
    const html = await empty.text();
    expect(html).toContain("<title>Erreur : Se connecter – Boîte à idées</title>");
    expect(html).toMatch(/<div class="error-summary" id="error-summary" tabindex="-1" autofocus/);
    expect(html).toContain('<a href="#email">Indiquez votre adresse électronique.</a>');
    expect(html).toContain('<a href="#password">Indiquez votre mot de passe.</a>');
    expect(html).toContain('aria-describedby="email-error" aria-invalid="true"');

    const created = await agent.submit("/auth/create-account", {
      displayName: "X",
      email: "pas-une-adresse",
      password: "court",
    });
    const errors = await created.text();
    expect(errors).toContain('<a href="#displayName">');
    expect(errors).toContain('<a href="#email">Indiquez une adresse électronique valide');
    expect(errors).toContain('<a href="#password">Choisissez un mot de passe');
    // What was typed stays, except the password.
    expect(errors).toContain('value="pas-une-adresse"');
    expect(errors).not.toContain('value="court"');

    await agent.submit("/auth/create-account", {
      displayName: "Marc Petit",
      email: "marc.petit@mairie.example",
      password: "encore un mot de passe long",
    });
    const wrong = await browser().submit("/auth/sign-in", {
      email: "marc.petit@mairie.example",
      password: "pas le bon mot de passe",
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain("Adresse électronique ou mot de passe incorrect.");

    const noCookie = await browser().request("/auth/sign-in", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "csrf=abcdefghijklmnopqrstuvwxyz&email=marc.petit%40mairie.example&password=encore+un+mot+de+passe+long",
    });
    expect(noCookie.status).toBe(403);
    const elsewhere = await browser().submit(
      "/auth/sign-in",
      { email: "marc.petit@mairie.example", password: "encore un mot de passe long" },
      { origin: "https://evil.example" },
    );
    expect(elsewhere.status).toBe(403);
    // Our pages post with `Origin: null` (Referrer-Policy: no-referrer): fine from this site, not from another.
    const sameSite = await browser().submit(
      "/auth/sign-in",
      { email: "marc.petit@mairie.example", password: "pas le bon mot de passe" },
      { origin: "null", "sec-fetch-site": "same-origin" },
    );
    expect(sameSite.status).toBe(401);
    const crossSite = await browser().submit(
      "/auth/sign-in",
      { email: "marc.petit@mairie.example", password: "encore un mot de passe long" },
      { origin: "null", "sec-fetch-site": "cross-site" },
    );
    expect(crossSite.status).toBe(403);
    const right = await browser().submit("/auth/sign-in?returnTo=%2F", {
      email: "Marc.Petit@mairie.example",
      password: "encore un mot de passe long",
    });
    expect(right.status).toBe(303);
  });

  it("sends people back to a path of this server or a page of an allowed origin, nowhere else", async () => {
    const agent = browser();
    await agent.submit("/auth/create-account", {
      displayName: "Ines Roy",
      email: "ines.roy@mairie.example",
      password: "mot de passe de test long",
    });
    const cases: [string, string][] = [
      [`${catalogue}/?path=/story/live`, `${catalogue}/?path=/story/live`],
      ["https://evil.example/", "/"],
      ["//evil.example/", "/"],
      [`${publicUrl}/boxes/x`, "/boxes/x"],
      ["javascript:alert(1)", "/"],
    ];
    for (const [returnTo, expected] of cases) {
      const signIn = await browser().submit(
        `/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`,
        { email: "ines.roy@mairie.example", password: "mot de passe de test long" },
      );
      // Unverified: the notice first, which links on to the same place.
      const notice = await agent.request(signIn.headers.get("location")!);
      expect(await notice.text()).toContain(
        `href="${expected.replaceAll("&", "&amp;")}">Continuer</a>`,
      );
    }
  });
});

describe("forgotten password", () => {
  it("answers the same for any address, mails a signed single-use link to an account's owner, and ends their sessions on reset", async () => {
    const owner = browser();
    await owner.submit("/auth/create-account", {
      displayName: "Sami Haddad",
      email: "sami.haddad@mairie.example",
      password: "l'ancien mot de passe",
    });
    const other = browser();
    await other.submit("/auth/sign-in", {
      email: "sami.haddad@mairie.example",
      password: "l'ancien mot de passe",
    });
    expect((await other.session()).user).not.toBeNull();

    const before = smtp.received.length;
    const unknown = await browser().submit("/auth/forgotten-password", {
      email: "personne@mairie.example",
    });
    const known = await browser().submit("/auth/forgotten-password", {
      email: "sami.haddad@mairie.example",
    });
    expect(unknown.status).toBe(known.status);
    const strip = (html: string) => html.replace(/personne|sami\.haddad/g, "X");
    expect(strip(await unknown.text())).toBe(strip(await known.text()));
    const mail = await mailTo("sami.haddad@mairie.example", before);
    expect(smtp.received.slice(before).some((m) => m.to.includes("personne@mairie.example"))).toBe(
      false,
    );

    const link = linkIn(mail, "/auth/reset-password");
    const token = decodeURIComponent(new URL(link).searchParams.get("token")!);
    // Signed: a token with another signature is refused before any query.
    expect(resetKey(h.server.config.sessionSecret, token)).not.toBeNull();
    expect(resetKey(h.server.config.sessionSecret, `${token.split(".")[0]}.forged`)).toBeNull();
    expect(resetKey("another-secret-0123456789abcdef0123456789", token)).toBeNull();
    expect(
      (
        await browser().request(
          `/auth/reset-password?token=${resetToken(h.server.config.sessionSecret)}`,
        )
      ).status,
    ).toBe(400);

    const resetter = browser();
    const short = await resetter.submit(link.slice(publicUrl.length), { password: "court" });
    expect(short.status).toBe(400);
    const done = await resetter.submit(link.slice(publicUrl.length), {
      password: "le nouveau mot de passe",
    });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain("Mot de passe changé");
    // Every session of the person ended; the old password no longer opens one, the new one does.
    expect((await owner.session()).user).toBeNull();
    expect((await other.session()).user).toBeNull();
    const old = await browser().submit("/auth/sign-in", {
      email: "sami.haddad@mairie.example",
      password: "l'ancien mot de passe",
    });
    expect(old.status).toBe(401);
    const fresh = await browser().submit("/auth/sign-in", {
      email: "sami.haddad@mairie.example",
      password: "le nouveau mot de passe",
    });
    expect(fresh.status).toBe(303);
    // Once only.
    expect((await browser().request(link.slice(publicUrl.length))).status).toBe(400);
  });

  it("limits requests per address", async () => {
    const agent = browser();
    let limited: Response | null = null;
    for (let attempt = 0; attempt < 90 && !limited; attempt++) {
      const answer = await agent.submit("/auth/forgotten-password", {
        email: `inconnu-${attempt}@mairie.example`,
      });
      if (answer.status === 429) limited = answer;
      else expect(answer.status).toBe(200);
    }
    expect(limited).not.toBeNull();
    expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited!.text()).toContain("Trop de tentatives");
  });
});
