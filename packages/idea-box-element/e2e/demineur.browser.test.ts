import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { chromiumLaunchOptions } from "@communs/config/chromium";
import { elementPage, startHarness, type Harness } from "./harness";

// The Démineur (issue 16) in real Chromium against the real server on PGlite with the seed:
// a lead opens a check, two agents answer (one anonymously, one with the keyboard alone), the
// report shows both, the lead records a decision that the agents then read.
let harness: Harness & { register: (html: string) => string };
let browser: Browser;
const lead = { email: "cheffe@exemple.fr", name: "Nora Cheffe de projet" };
const yann = { email: "agent@exemple.fr", name: "Yann Agent" };
const lea = { email: "agente@exemple.fr", name: "Léa Agente" };
const title = "Des capteurs pour signaler les lampadaires en panne";

beforeAll(async () => {
  harness = (await startHarness()) as typeof harness;
  browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
});
afterAll(async () => {
  await browser?.close();
  await harness?.close();
});

async function open(person: { email: string; name: string }, attributes: Record<string, string>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const token = harness.token(person.email, person.name);
  await page.goto(
    harness.register(
      elementPage({
        server: harness.api,
        box: harness.box,
        locale: "fr",
        view: "demineur",
        token,
        ...attributes,
      }),
    ),
  );
  return { page, context, errors };
}

/** The focused element through shadow roots: its label (or text) and its outline. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    const labels = (element as HTMLInputElement | null)?.labels;
    return {
      text: (labels?.[0]?.textContent ?? element?.textContent ?? "").trim(),
      outline: element ? getComputedStyle(element).outlineStyle : "none",
    };
  });

async function tabTo(page: Page, match: RegExp, limit = 60) {
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

describe('<communs-idea-box view="demineur"> in Chromium against the real server', () => {
  it("a lead opens a check, two agents answer, the report shows both, the decision reaches the agents", async () => {
    // 1. The lead opens a check; what looks alike shows while typing.
    const leader = await open(lead, {});
    await leader.page.getByRole("heading", { name: "Consultations avant projet" }).waitFor();
    expect(await axe(leader.page)).toEqual([]);
    await leader.page.getByRole("button", { name: "Ouvrir une consultation" }).click();
    await leader.page.getByLabel("Titre provisoire du projet").fill(title);
    await leader.page
      .getByLabel("Quel problème le projet veut-il résoudre ?")
      .fill(
        "Les usagers signalent les lampadaires en panne par téléphone, souvent plusieurs jours après.",
      );
    await expect
      .poll(
        () =>
          leader.page.locator("communs-idea-box .communs-idea-box-similar p").first().textContent(),
        {
          timeout: 10_000,
        },
      )
      .toMatch(/semblable|Rien de semblable/);
    await leader.page.getByRole("checkbox", { name: "Voirie" }).check();
    await leader.page.getByRole("checkbox", { name: "État civil" }).check();
    const decision = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    await leader.page.getByLabel("Date de décision").fill(decision);
    await leader.page.getByRole("button", { name: "Ajouter une question" }).click();
    await leader.page.getByLabel("Question 1").fill("Combien de signalements par semaine ?");
    expect(await axe(leader.page)).toEqual([]);
    await leader.page.getByRole("button", { name: "Ouvrir la consultation" }).click();
    // The new check's page, its title focused.
    await expect
      .poll(async () => (await focused(leader.page)).text, { timeout: 10_000 })
      .toBe(title);
    const checks = (await (
      await fetch(`${harness.api}/boxes/${harness.box}/checks`, {
        headers: { authorization: `Bearer ${harness.token(lead.email, lead.name)}` },
      })
    ).json()) as { items: { id: string; title: string }[] };
    const check = checks.items.find((item) => item.title === title)!;
    expect(check).toBeDefined();

    // 2. Yann answers under his name with the keyboard alone.
    const agent = await open(yann, { check: check.id });
    await agent.page
      .getByRole("button", { name: "Envoyer ma réponse" })
      .waitFor({ timeout: 10_000 });
    expect(await axe(agent.page)).toEqual([]);
    await tabTo(agent.page, /^Oui$/); // "Cela existe-t-il déjà ici ?"
    await agent.page.keyboard.press("ArrowRight"); // "Non", checked by the arrow
    await tabTo(agent.page, /^Que se passe-t-il aujourd’hui/);
    await agent.page.keyboard.type("Les riverains appellent la mairie, nous notons sur un cahier.");
    await tabTo(agent.page, /^Oui$/); // "L’utiliseriez-vous ?"
    await agent.page.keyboard.press("Space");
    const submit = await tabTo(agent.page, /^Envoyer ma réponse$/);
    expect(submit.outline).not.toBe("none");
    await agent.page.keyboard.press("Enter");
    await expect
      .poll(async () => (await focused(agent.page)).text, { timeout: 10_000 })
      .toBe("Votre réponse est enregistrée. Merci !");

    // 3. Léa answers anonymously.
    const other = await open(lea, { check: check.id });
    await other.page.getByRole("radio", { name: "Je ne sais pas" }).check({ timeout: 10_000 });
    await other.page
      .getByLabel(/Que se passe-t-il aujourd’hui/)
      .fill("Personne ne sait à qui transmettre les appels le week-end.");
    await other.page.getByRole("radio", { name: "Peut-être" }).check();
    await other.page.getByRole("radio", { name: "anonymement" }).check();
    await other.page.getByRole("button", { name: "Envoyer ma réponse" }).click();
    await other.page.getByText("Votre réponse est enregistrée. Merci !").first().waitFor();

    // 4. The lead's report shows both answers, the anonymous one without a name.
    await leader.page.reload();
    await leader.page.getByRole("button", { name: title }).click();
    const report = leader.page.getByRole("article", { name: "Rapport de déminage" });
    await expect
      .poll(() => report.getByText("2 réponses").count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    const realities = report.getByRole("region", { name: "Réalités du terrain" });
    await expect.poll(() => realities.textContent()).toContain("nous notons sur un cahier");
    expect(await realities.textContent()).toContain("— Yann Agent");
    expect(await realities.textContent()).toContain("— Agent anonyme");
    expect(await report.textContent()).not.toContain("Léa");
    expect(
      await report.getByRole("table", { name: "Réponses par service" }).textContent(),
    ).toContain("Voirie");
    expect(await axe(leader.page)).toEqual([]);

    // 5. The lead records the decision; the agents read it with its reason.
    await report.getByRole("radio", { name: "On change le projet" }).check();
    await report
      .getByLabel("Raison, lisible par toutes les personnes consultées")
      .fill("Les agents préfèrent un formulaire en ligne aux capteurs.");
    await report.getByRole("button", { name: "Enregistrer la décision" }).click();
    await expect
      .poll(async () => (await focused(leader.page)).text, { timeout: 10_000 })
      .toBe("Décision");
    await agent.page.reload();
    const seen = agent.page.getByRole("article", { name: "Rapport de déminage" });
    await expect
      .poll(() => seen.textContent(), { timeout: 10_000 })
      .toContain("Pourquoi : Les agents préfèrent un formulaire en ligne aux capteurs.");
    expect(await seen.textContent()).toContain("On change le projet");
    // Decided: no more answers.
    expect(await agent.page.getByText(/Cette consultation est close/).count()).toBeGreaterThan(0);
    expect(await axe(agent.page)).toEqual([]);

    expect([...leader.errors, ...agent.errors, ...other.errors]).toEqual([]);
    await Promise.all([leader.context.close(), agent.context.close(), other.context.close()]);
  });
});
