// End-to-end in Debian's Chromium, against a Storybook build of the Nuancier stories:
// a person finds nuances by search, builds a path of five with the keyboard alone,
// reorders it, exports it as Markdown and prints it; and reorders with the mouse.
import { readFile } from "node:fs/promises";
import { chromium } from "playwright-core";
import { chromiumLaunchOptions } from "@communs/config/chromium";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildStories, serve } from "./storybook.mjs";

let stories;
let server;
let browser;

beforeAll(async () => {
  stories = await buildStories();
  server = await serve(stories.directory);
  browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await stories?.cleanup();
});

async function openStory(id, locale = "fr") {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  // Record print requests instead of opening the print dialog.
  await page.addInitScript(() => {
    window.__printCalls = 0;
    window.print = () => {
      window.__printCalls += 1;
    };
  });
  await page.goto(
    `${server.url}/iframe.html?id=${id}&viewMode=story&globals=locale:${locale};a11y.manual:!true`,
  );
  await page.locator("#storybook-root").getByRole("heading").first().waitFor();
  return { context, page };
}

const isFocused = (locator) => locator.evaluate((element) => element === document.activeElement);

/** Presses Tab (or Shift+Tab) until `target` has the focus: the keyboard is the only input. */
async function tabTo(page, target, { backwards = false, limit = 400 } = {}) {
  for (let presses = 0; presses < limit; presses += 1) {
    if ((await target.count()) === 1 && (await isFocused(target))) return presses;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Never reached ${target} with ${backwards ? "Shift+Tab" : "Tab"}`);
}

describe("path builder with the keyboard alone", () => {
  it("finds nuances by search, builds a path of five, reorders, exports Markdown and prints", async () => {
    const { context, page } = await openStory("nuancier-explorer--default");
    const root = page.locator("#storybook-root");
    const searchBox = root.getByRole("searchbox", { name: "Mots recherchés" });
    const status = root.locator(".communs-nuancier-search__count");

    const wanted = [
      ["prototypage", "Prototypage rapide"],
      ["observer", "Observer sur le terrain"],
      ["commande", "Reformuler la commande"],
      ["communs", "Partager en communs"],
      ["courants", "Lire les courants de l'innovation"],
    ];
    for (const [index, [query, name]] of wanted.entries()) {
      await tabTo(page, searchBox, { backwards: index > 0 });
      await page.keyboard.press("Control+A");
      await page.keyboard.type(query);
      if (query === "prototypage")
        await expect.poll(() => status.innerText()).toBe("1 nuance correspond.");
      await tabTo(
        page,
        root.getByRole("button", { name: `Ajouter au parcours : ${name}`, exact: true }),
      );
      await page.keyboard.press("Enter");
      await expect
        .poll(() => root.getByRole("button", { name: `Retirer du parcours : ${name}` }).count())
        .toBe(1);
    }

    const chosen = root
      .getByRole("list", { name: "Nuances choisies, dans l'ordre" })
      .getByRole("listitem");
    await expect.poll(() => chosen.count()).toBe(5);

    // Move "Partager en communs" from 4th to 2nd place: focus stays on the button that moved.
    const moveUp = root.getByRole("button", { name: "Monter : Partager en communs" });
    await tabTo(page, moveUp);
    await page.keyboard.press("Enter");
    expect(await isFocused(moveUp)).toBe(true);
    await page.keyboard.press("Enter");
    await expect.poll(() => chosen.nth(1).innerText()).toContain("Partager en communs");
    await expect
      .poll(() => root.locator('[role="status"]').allInnerTexts())
      .toContain("Partager en communs : position 2 sur 5.");

    const steps = root.locator(".communs-nuancier-path__step");
    await expect.poll(() => steps.count()).toBe(5);
    expect(await steps.nth(1).innerText()).toContain("Partager en communs");

    // Export as Markdown.
    await tabTo(page, root.getByRole("button", { name: "Télécharger en Markdown" }));
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.keyboard.press("Enter"),
    ]);
    expect(download.suggestedFilename()).toBe("parcours-nuancier.md");
    const markdown = await readFile(await download.path(), "utf8");
    expect(markdown).toMatch(/^# Mon parcours/);
    for (let position = 1; position <= 5; position += 1) {
      expect(markdown).toContain(`\n${position}. **`);
    }
    expect(markdown).toContain("2. **Partager en communs**");

    // Print: the button asks the browser to print, and the print stylesheet keeps the path alone.
    await tabTo(page, root.getByRole("button", { name: "Imprimer" }));
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => window.__printCalls)).toBe(1);
    await page.emulateMedia({ media: "print" });
    expect(await searchBox.isVisible()).toBe(false);
    expect(await root.getByRole("heading", { name: "Le nuancier" }).isVisible()).toBe(false);
    expect(await root.getByRole("button", { name: "Imprimer" }).isVisible()).toBe(false);
    expect(await root.getByRole("heading", { name: "Le parcours proposé" }).isVisible()).toBe(true);
    for (let index = 0; index < 5; index += 1)
      expect(await steps.nth(index).isVisible()).toBe(true);
    await context.close();
  });

  it("opens a sector from the palette with the keyboard and adds one of its nuances", async () => {
    const { context, page } = await openStory("nuancier-explorer--default", "en");
    const root = page.locator("#storybook-root");
    await tabTo(page, root.getByRole("button", { name: /Designing and prototyping/ }));
    await page.keyboard.press("Enter");
    await root.getByRole("heading", { level: 2, name: "Designing and prototyping" }).waitFor();
    await tabTo(page, root.getByRole("button", { name: "Add to path: Rapid prototyping" }).first());
    await page.keyboard.press("Space");
    await expect
      .poll(() => root.locator('[role="status"]').allInnerTexts())
      .toContain("Rapid prototyping added to the path (1 nuance).");
    await context.close();
  });
});

describe("path builder with the mouse", () => {
  it("reorders by drag and drop", async () => {
    const { context, page } = await openStory("nuancier-path-builder--built-path", "en");
    const root = page.locator("#storybook-root");
    const items = root
      .getByRole("list", { name: "Chosen nuances, in order" })
      .getByRole("listitem");
    const first = await items.nth(0).innerText();
    await items.nth(0).dragTo(items.nth(2));
    await expect.poll(() => items.nth(2).innerText()).toBe(first);
    await context.close();
  });
});
