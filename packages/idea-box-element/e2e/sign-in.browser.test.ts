// The idea-box server's own sign-in pages in real Chromium: a real server on PGlite, a real
// SMTP server receiving the e-mails, a real OpenID Provider (the one oidc.test.ts starts) for
// the ProConnect button. Axe checks every page of ours (the provider's pages are not ours).
import { createServer as createHttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { chromiumLaunchOptions } from "@communs/config/chromium";
import { createServer, loadConfig, openPglite, type IdeaBoxServer } from "@communs/idea-box-server";
import { mailText, startTestSmtp, type TestSmtp } from "../../idea-box-server/src/test/smtp";
import { startTestProvider, type TestProvider } from "../../idea-box-server/src/test/oidc-provider";

let browser: Browser;
let smtp: TestSmtp;
let provider: TestProvider;
let server: IdeaBoxServer;
let base = "";

async function freePort(): Promise<number> {
  const probe = createHttpServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  smtp = await startTestSmtp();
  provider = await startTestProvider({
    publicUrl: base,
    accounts: {
      "agent-42": {
        email: "claire.martin@mairie.example",
        given_name: "Claire",
        usual_name: "Martin",
      },
    },
  });
  const config = loadConfig(
    {
      LOG_LEVEL: "silent",
      PUBLIC_URL: base,
      SMTP_URL: smtp.url,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      RATE_LIMIT_PER_PERSON: "100000",
      RATE_LIMIT_PER_ADDRESS: "1000000",
    },
    { port, host: "127.0.0.1" },
  );
  server = await createServer(config, { db: await openPglite() });
  await server.listen();
  browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await provider?.close();
  await smtp?.stop();
});

async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

/** The first e-mail to `to` received after `since` messages, with its link to `path`. */
async function linkFromMail(to: string, since: number, path: string): Promise<string> {
  for (let attempt = 0; attempt < 400; attempt++) {
    const mail = smtp.received.slice(since).find((m) => m.to.includes(to));
    if (mail) return new RegExp(`${base}${path}\\?token=[^\\s]+`).exec(mailText(mail))![0];
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`no e-mail to ${to}`);
}

describe("sign-in pages in Chromium", () => {
  it("creates an account, follows the verification link from the e-mail, signs out, signs in again", async () => {
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    const cspErrors: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
    });

    await page.goto(`${base}/auth/create-account?returnTo=%2Fauth%2Fsign-out`);
    await expectNoAxeViolations(page);
    await page.getByLabel("Nom affiché").fill("Léa Girard");
    await page.getByLabel("Adresse électronique").fill("lea.girard@mairie.example");
    await page.getByLabel("Mot de passe").fill("un mot de passe assez long");
    const since = smtp.received.length;
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await page.waitForURL(/\/auth\/verify-notice/);
    expect(await page.title()).toBe("Confirmez votre adresse électronique – Boîte à idées");
    await expectNoAxeViolations(page);

    const link = await linkFromMail("lea.girard@mairie.example", since, "/auth/verify-email");
    await page.goto(link);
    await expect.poll(() => page.locator("h1").first().textContent()).toBe("Adresse confirmée");

    await page.goto(`${base}/auth/sign-out?returnTo=%2Fauth%2Fsigned-out`);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await page.waitForURL(/\/auth\/signed-out/);
    expect(await page.locator("h1").textContent()).toBe("Vous êtes déconnecté·e");
    await expectNoAxeViolations(page);

    // A form with errors: the summary takes the focus and names each field.
    await page.goto(`${base}/auth/sign-in?returnTo=%2Fauth%2Fsign-out`);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForSelector("#error-summary");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("error-summary");
    expect(await page.title()).toMatch(/^Erreur : /);
    await expectNoAxeViolations(page);
    await page.getByLabel("Adresse électronique").fill("lea.girard@mairie.example");
    await page.getByLabel("Mot de passe").fill("un mot de passe assez long");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL(/\/auth\/sign-out$/);
    expect(await page.locator("main p").first().textContent()).toContain("Léa Girard");

    // English on ?lang=en.
    await page.goto(`${base}/auth/sign-in?lang=en`);
    expect(await page.title()).toBe("Sign in – Idea box");
    await expectNoAxeViolations(page);
    expect(cspErrors).toEqual([]);
    await context.close();
  });

  it("sets a new password through the e-mailed link", async () => {
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    await page.goto(`${base}/auth/create-account`);
    await page.getByLabel("Nom affiché").fill("Sami Haddad");
    await page.getByLabel("Adresse électronique").fill("sami.haddad@mairie.example");
    await page.getByLabel("Mot de passe").fill("l'ancien mot de passe");
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await page.waitForURL(/\/auth\/verify-notice/);

    const other = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    await other.goto(`${base}/auth/sign-in`);
    await other.getByRole("link", { name: "Mot de passe oublié ?" }).click();
    await expectNoAxeViolations(other);
    await other.getByLabel("Adresse électronique").fill("sami.haddad@mairie.example");
    const since = smtp.received.length;
    await other.getByRole("button", { name: "Envoyer le lien" }).click();
    await other.waitForSelector("p[role=status]");
    await expectNoAxeViolations(other);
    const link = await linkFromMail("sami.haddad@mairie.example", since, "/auth/reset-password");
    await other.goto(link);
    await expectNoAxeViolations(other);
    await other.getByLabel("Nouveau mot de passe").fill("le nouveau mot de passe");
    await other.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
    await other.waitForSelector("text=Mot de passe changé");
    await expectNoAxeViolations(other);

    // The first browser's session ended with the reset.
    await page.goto(`${base}/auth/verify-notice`);
    await page.waitForURL(`${base}/auth/sign-in`);
    await other.getByRole("link", { name: "Se connecter" }).click();
    await other.getByLabel("Adresse électronique").fill("sami.haddad@mairie.example");
    await other.getByLabel("Mot de passe").fill("le nouveau mot de passe");
    await other.getByRole("button", { name: "Se connecter" }).click();
    await other.waitForURL(`${base}/`);
    await context.close();
    await other.context().close();
  });

  it("signs in with the ProConnect button through a local OpenID provider, then signs out of both", async () => {
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    const cspErrors: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
    });
    await page.goto(
      `${base}/auth/sign-in?returnTo=${encodeURIComponent("/auth/sign-out?returnTo=/auth/signed-out")}`,
    );
    await expectNoAxeViolations(page);
    const logo = await page.request.get(`${base}/auth/assets/proconnect-logo.svg`);
    expect(logo.ok()).toBe(true);
    const button = page.getByRole("button", { name: "S’identifier avec ProConnect" });
    const colour = await button.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(colour).toBe("rgb(0, 0, 145)"); // #000091, as published
    // The logo (a CSS background) loads under the page's policy.
    const logoShown = await button.evaluate(
      (element) => getComputedStyle(element, "::before").backgroundImage,
    );
    expect(logoShown).toContain("/auth/assets/proconnect-logo.svg");
    expect(cspErrors).toEqual([]);
    await button.click();

    // The provider's own pages: its sign-in form, then its consent.
    await page.waitForURL(new RegExp(`^${provider.issuer}/interaction/`));
    await page.locator("input[name=login]").fill("agent-42");
    await page.locator("input[name=password]").fill("x");
    await page.locator("button[type=submit]").first().click();
    await page.waitForURL(new RegExp(`^${provider.issuer}/interaction/`));
    await page.locator("button[type=submit]").first().click();

    await page.waitForURL(`${base}/auth/sign-out?returnTo=/auth/signed-out`);
    expect(await page.locator("main p").first().textContent()).toContain("Claire Martin");
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    // The provider confirms its own logout, then sends the browser back to us.
    await page.waitForURL(new RegExp(`^${provider.issuer}/session/end`));
    await page.locator("button[name=logout][value=yes], button[type=submit]").first().click();
    await page.waitForURL(`${base}/auth/signed-out`);
    await expectNoAxeViolations(page);

    // Its session is over: a new ProConnect sign-in asks for the login again.
    await page.goto(`${base}/auth/oidc/login`);
    await page.waitForURL(new RegExp(`^${provider.issuer}/interaction/`));
    expect(await page.locator("input[name=login]").count()).toBe(1);
    await context.close();
  });
});
