import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { chromiumLaunchOptions } from "@communs/config/chromium";
import { elementPage, startHarness, type Harness } from "./harness";

/**
 * Issue 17's flow: the box's admin opens `<communs-idea-box view="admin">` (real bundle, real
 * server on PGlite with the seed), changes an idea's status and sees the "ideas per status"
 * chart and its table move; then does it again with the keyboard alone; axe on the console.
 */
let harness: Harness & { register: (html: string) => string };
let browser: Browser;

beforeAll(async () => {
  harness = (await startHarness()) as typeof harness;
  // The admin acts through an embed token, capped at the box's embed role: this intranet
  // lets its box admins administer embedded.
  await harness.server.db.query("update boxes set embed_role = 'admin' where slug = $1", [
    harness.box,
  ]);
  browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
});
afterAll(async () => {
  await browser?.close();
  await harness?.close();
});

/** The "ideas per status" data table, read as { label: count } through the shadow root. */
async function perStatus(page: Page): Promise<Record<string, number>> {
  const table = page.getByRole("table", { name: "Données du graphique « Idées par statut »" });
  const rows = await table.locator("tbody tr").all();
  const entries = await Promise.all(
    rows.map(async (row) => [
      (await row.locator("th").textContent())!.trim(),
      Number(await row.locator("td").textContent()),
    ]),
  );
  return Object.fromEntries(entries) as Record<string, number>;
}

/** The chart's accessible text (its SVG title and description). */
const chartText = (page: Page) =>
  page.getByRole("img", { name: /Idées par statut/ }).evaluate((svg) => svg.textContent ?? "");

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

async function tabTo(page: Page, match: RegExp, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (match.test(now.text)) return now;
  }
  throw new Error(`never reached ${match} with Tab`);
}

describe("<communs-idea-box view=admin> in Chromium against the real server", () => {
  it("an admin changes a status and the chart and its table move; keyboard alone too; axe clean", async () => {
    const token = harness.token("admin@exemple.fr", "Camille Admin");
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(
      harness.register(
        elementPage({ server: harness.api, box: harness.box, locale: "fr", view: "admin", token }),
      ),
    );
    await page.getByRole("heading", { name: "Administration de la boîte" }).waitFor();
    await page.getByRole("table", { name: /Idées par statut/ }).waitFor({ timeout: 20_000 });
    const before = await perStatus(page);

    // With the mouse: the first idea of the follow-up table goes to "Retenue".
    const firstRow = page
      .getByRole("table", { name: "Suivi des idées" })
      .locator("tbody tr")
      .first();
    const title = (await firstRow.locator("th").textContent())!.trim();
    const select = page.getByRole("combobox", { name: `Nouveau statut de « ${title} »` });
    const from = await select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]!.text);
    const to = from === "Retenue" ? "À l’étude" : "Retenue";
    await select.selectOption({ label: to });
    await page
      .getByRole("form", { name: `Nouveau statut de « ${title} »` })
      .getByRole("button", { name: "Enregistrer" })
      .click();
    await expect
      .poll(() => perStatus(page), { timeout: 10_000 })
      .toEqual({
        ...before,
        [from]: before[from]! - 1,
        [to]: before[to]! + 1,
      });
    expect(await chartText(page)).toContain(`${to} : ${before[to]! + 1}`);
    const middle = await perStatus(page);

    // With the keyboard alone: the same idea, one status further down its list.
    await page.getByRole("heading", { name: "Administration de la boîte" }).click();
    await tabTo(
      page,
      new RegExp(`^Nouveau statut de « ${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} »$`),
    );
    const current = await focused(page);
    expect(current.tag).toBe("select");
    await page.keyboard.press("ArrowDown");
    const next = await page
      .getByRole("combobox", { name: `Nouveau statut de « ${title} »` })
      .evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]!.text);
    expect(next).not.toBe(to);
    await page.keyboard.press("Tab"); // the official response
    await page.keyboard.type("Réponse saisie au clavier, pour le suivi.");
    await page.keyboard.press("Tab"); // the form's button
    expect((await focused(page)).text).toBe("Enregistrer");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => perStatus(page), { timeout: 10_000 })
      .toEqual({
        ...middle,
        [to]: middle[to]! - 1,
        [next]: middle[next]! + 1,
      });
    // The change was said to screen readers.
    await expect
      .poll(() => page.getByText(`Statut de « ${title} » : ${next}.`).count())
      .toBeGreaterThan(0);

    const violations = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(
      violations.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      ),
    ).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
