import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { chromiumLaunchOptions } from "@communs/config/chromium";
import { elementPage, startHarness, strictCsp, type Harness } from "./harness";

let harness: Harness & { register: (html: string) => string };
let browser: Browser;
const agent = { email: "agent@exemple.fr", name: "Yann Agent" };
const moderator = { email: "moderatrice@exemple.fr", name: "Modératrice" };

beforeAll(async () => {
  harness = (await startHarness()) as typeof harness;
  browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
});
afterAll(async () => {
  await browser?.close();
  await harness?.close();
});

async function open(attributes: Record<string, string>, classic = false) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(
    harness.register(
      elementPage({ server: harness.api, box: harness.box, locale: "fr", ...attributes }, classic),
    ),
  );
  return { page, context, dialogs, errors };
}

/** Describes the focused element, through shadow roots. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    const labels = (element as HTMLInputElement | null)?.labels;
    return {
      tag: element?.tagName.toLowerCase() ?? "",
      text: (labels?.[0]?.textContent ?? element?.textContent ?? "").trim(),
    };
  });

/** Presses Tab until the focused element's label or text matches, as a keyboard user would. */
async function tabTo(page: Page, match: RegExp, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (match.test(now.text)) return now;
  }
  throw new Error(`never reached ${match} with Tab`);
}

async function axe(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

async function api<T>(path: string, init: RequestInit = {}, token?: string): Promise<T> {
  const response = await fetch(`${harness.api}${path}`, {
    ...init,
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...init.headers,
    },
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
type Idea = { id: string; title: string; supportCount: number; status: string };

describe("<communs-idea-box> in Chromium against the real server", () => {
  /** Opens a demo page (served with the strict CSP) and records every CSP violation. */
  async function openDemo(file: string, withoutConstructableSheets = false) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (event) =>
        (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
          `${event.violatedDirective} ${event.blockedURI}`,
        ),
      ),
    );
    if (withoutConstructableSheets)
      await page.addInitScript(() => {
        delete (ShadowRoot.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
      });
    const response = await page.goto(`${harness.pages}/demo/${file}`);
    expect(response?.headers()["content-security-policy"]).toBe(strictCsp);
    return { page, context, violations };
  }

  /** A computed style inside the element's shadow root. */
  const shadowStyle = (page: Page, selector: string, property: string) =>
    page.evaluate(
      ([selector, property]) => {
        const target = document
          .querySelector("communs-idea-box")!
          .shadowRoot!.querySelector(selector!)!;
        return getComputedStyle(target).getPropertyValue(property!);
      },
      [selector, property],
    );

  it("the demo page works with only its script tag, under a strict CSP, styled", async () => {
    const { page, context, violations } = await openDemo("index.html");
    await expect
      .poll(() => page.locator("communs-idea-box article").count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    // The widgets' stylesheet applies (an unstyled card has no radius and no padding).
    expect(await shadowStyle(page, ".communs-idea-box-card", "border-radius")).toBe("8px");
    expect(await shadowStyle(page, ".communs-idea-box-card", "padding-top")).toBe("16px");
    // ...through a constructable stylesheet, with no inline <style> to refuse.
    expect(
      await page.evaluate(() => {
        const shadow = document.querySelector("communs-idea-box")!.shadowRoot!;
        return [shadow.adoptedStyleSheets.length, shadow.querySelectorAll("style").length];
      }),
    ).toEqual([1, 0]);
    expect(violations).toEqual([]);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it("without constructable stylesheets, links the stylesheet file beside the script, still CSP-clean", async () => {
    const { page, context, violations } = await openDemo("index.html", true);
    await expect
      .poll(() => page.locator("communs-idea-box article").count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    expect(
      await page.evaluate(
        () =>
          document
            .querySelector("communs-idea-box")!
            .shadowRoot!.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')?.href,
      ),
    ).toBe(`${harness.pages}/dist/communs-idea-box.css`);
    await expect
      .poll(() => shadowStyle(page, ".communs-idea-box-card", "border-radius"))
      .toBe("8px");
    expect(violations).toEqual([]);
    await context.close();
  });

  it("the classic script's demo page too, and the page's custom properties reach inside", async () => {
    const { page, context, violations } = await openDemo("classic.html");
    const publish = page.getByRole("button", { name: "Publish the idea" });
    await publish.waitFor({ timeout: 20_000 });
    // demo.css sets --communs-color-primary: #000091 on the element.
    expect(await shadowStyle(page, ".communs-idea-box-button--primary", "background-color")).toBe(
      "rgb(0, 0, 145)",
    );
    expect(violations).toEqual([]);
    await context.close();
  });

  it("the classic script works too", async () => {
    const { page, context, errors } = await open({ view: "list" }, true);
    await expect
      .poll(() => page.locator("communs-idea-box article").count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("with the keyboard alone: post, see a similar idea, support, comment; a moderator answers; the author sees it", async () => {
    const seeded = (await api<{ items: Idea[] }>(`/boxes/${harness.box}/ideas?limit=5`)).items[0]!;
    const token = harness.token(agent.email, agent.name);
    const { page, context } = await open({ view: "list", token });
    await page.locator("communs-idea-box article").first().waitFor();
    expect(await axe(page)).toEqual([]);

    await tabTo(page, /^Proposer une idée$/);
    await page.keyboard.press("Enter");
    await tabTo(page, /^Titre$/);
    const title = `${seeded.title.split(" ").slice(0, 4).join(" ")} autrement`;
    await page.keyboard.type(title);
    await page
      .getByRole("heading", { name: "Des idées proches existent déjà" })
      .waitFor({ timeout: 10_000 });
    expect(
      await page.locator("communs-idea-box .communs-idea-box-similar").textContent(),
    ).toContain(seeded.title);
    expect(await axe(page)).toEqual([]);
    await tabTo(page, /Quel problème constatez-vous/);
    await page.keyboard.type("Les agents perdent du temps chaque semaine sur cette démarche.");
    await tabTo(page, /^Publier l’idée$/);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: title }).waitFor({ timeout: 10_000 });
    expect(await axe(page)).toEqual([]);

    await tabTo(page, /^♡ Soutenir/);
    await page.keyboard.press("Space");
    await expect
      .poll(() =>
        page
          .locator("communs-idea-box .communs-idea-box-support")
          .first()
          .getAttribute("aria-pressed"),
      )
      .toBe("true");
    await tabTo(page, /^Votre commentaire$/);
    await page.keyboard.type("Je peux tester cela dans mon service.");
    await tabTo(page, /^Envoyer$/);
    await page.keyboard.press("Enter");
    await page.getByText("Je peux tester cela dans mon service.").waitFor();
    const created = (
      await api<{ items: Idea[] }>(`/boxes/${harness.box}/ideas?limit=50`, {}, token)
    ).items.find((idea) => idea.title === title)!;
    expect(created.supportCount).toBe(1);
    await context.close();

    const mod = await open({
      view: "idea",
      idea: created.id,
      token: harness.token(moderator.email, moderator.name),
    });
    await mod.page.getByRole("heading", { name: "Changer le statut" }).waitFor({ timeout: 10_000 });
    await tabTo(mod.page, /^Nouveau statut$/);
    await mod.page.keyboard.type("Non");
    await tabTo(mod.page, /^Réponse officielle/);
    await mod.page.keyboard.type("Une démarche nationale arrive en 2027 ; nous la suivrons.");
    await tabTo(mod.page, /^Enregistrer le statut$/);
    await mod.page.keyboard.press("Enter");
    await expect
      .poll(
        async () =>
          (await api<Idea>(`/boxes/${harness.box}/ideas/${created.id}`, {}, token)).status,
      )
      .toBe("not_retained");
    expect(await axe(mod.page)).toEqual([]);
    await mod.context.close();

    const author = await open({
      view: "idea",
      idea: created.id,
      token: harness.token(agent.email, agent.name),
    });
    await author.page
      .getByRole("heading", { name: "Réponse officielle" })
      .waitFor({ timeout: 10_000 });
    expect(
      await author.page.locator("communs-idea-box .communs-idea-box-response").textContent(),
    ).toContain("Une démarche nationale arrive en 2027");
    await author.context.close();
  });

  it("XSS payloads in titles, texts and comments stay inert text", async () => {
    const payload = `<img src=x onerror="alert('xss')"><script>alert('xss')</script>`;
    const token = harness.token(agent.email, agent.name);
    const idea = await api<Idea>(
      `/boxes/${harness.box}/ideas`,
      {
        method: "POST",
        body: JSON.stringify({
          title: `Piège ${payload}`,
          problem: `Texte ${payload}`,
          scope: "public-service",
        }),
      },
      token,
    );
    await api(
      `/boxes/${harness.box}/ideas/${idea.id}/comments`,
      { method: "POST", body: JSON.stringify({ body: payload }) },
      token,
    );
    const { page, context, dialogs } = await open({ view: "idea", idea: idea.id });
    await page
      .getByRole("heading", { level: 2, name: `Piège ${payload}` })
      .waitFor({ timeout: 10_000 });
    await page.getByText(payload, { exact: true }).first().waitFor();
    expect(await page.locator("communs-idea-box img, communs-idea-box script").count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it("when the API stops mid-form, the draft is kept with a clear message; once back, the idea is sent once", async () => {
    const token = harness.token(agent.email, agent.name);
    const { page, context } = await open({ view: "form", token });
    const title = "Une navette entre la gare et le centre technique";
    await tabTo(page, /^Titre$/);
    await page.keyboard.type(title);
    await tabTo(page, /Quel problème constatez-vous/);
    await page.keyboard.type("Les agents sans voiture arrivent en retard chaque lundi.");
    await page.route(`${harness.api}/**`, (route) => route.abort("connectionrefused"));
    await tabTo(page, /^Publier l’idée$/);
    await page.keyboard.press("Enter");
    await page.getByRole("alert").filter({ hasText: "injoignable" }).waitFor({ timeout: 20_000 });
    expect(await page.locator("communs-idea-box .communs-idea-box-problem").textContent()).toMatch(
      /Votre texte est gardé sur cet appareil/,
    );

    await page.reload();
    await page.getByText("Votre brouillon a été restauré.").first().waitFor({ timeout: 10_000 });
    expect(await page.getByLabel("Titre").inputValue()).toBe(title);
    await page.unroute(`${harness.api}/**`);
    await tabTo(page, /^Publier l’idée$/);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: title }).waitFor({ timeout: 10_000 });
    const same = (
      await api<{ items: Idea[] }>(`/boxes/${harness.box}/ideas?limit=100`, {}, token)
    ).items.filter((idea) => idea.title === title);
    expect(same).toHaveLength(1);
    await context.close();
  });
});
