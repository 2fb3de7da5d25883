import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { chromiumLaunchOptions } from "@communs/config/chromium";
import { formatIssue, groupIssues, validateReportJson } from "@communs/report-schema";
import { XlsxReadError, xlsxToSheets } from "@communs/report-schema/xlsx";
import { exampleOverlay, exampleOverlayWithMistake } from "@communs/nuancier/content";
// @ts-expect-error: a plain .mjs module without types, shared with `npm start`.
import { serveElementsDemo, strictCsp } from "../scripts/serve-demo.mjs";

const require = createRequire(import.meta.url);
const fixture = (name: string) =>
  readFileSync(require.resolve(`@communs/report-schema/fixtures/${name}`), "utf8");

let server: { url: string; close(): Promise<void> };
let browser: Browser;
beforeAll(async () => {
  server = await serveElementsDemo();
  browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  context: BrowserContext;
  violations: string[];
  requests: string[];
  errors: string[];
  warnings: string[];
}

/** Opens a demo page (served with the strict CSP), recording violations, requests and errors. */
async function open(file: string, tag: string): Promise<Opened> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const violations: string[] = [];
  const requests: string[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    if (message.type() === "warning") warnings.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => requests.push(request.url()));
  await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) =>
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      ),
    ),
  );
  const response = await page.goto(`${server.url}/demo/${file}`);
  expect(response?.headers()["content-security-policy"]).toBe(strictCsp);
  await page.waitForFunction((name) => customElements.get(name) !== undefined, tag);
  return { page, context, violations, requests, errors, warnings };
}

/** Sets attributes on the first element with this tag (null removes one). */
const setAttributes = (page: Page, selector: string, attributes: Record<string, string | null>) =>
  page.evaluate(
    ([selector, attributes]) => {
      const element = document.querySelector(selector as string)!;
      for (const [name, value] of Object.entries(attributes as Record<string, string | null>))
        if (value === null) element.removeAttribute(name);
        else element.setAttribute(name, value);
    },
    [selector, attributes] as const,
  );

/** A computed style of the element's frame, inside its shadow root. */
const frameStyle = (page: Page, selector: string, property: string) =>
  page.evaluate(
    ([selector, property]) =>
      getComputedStyle(
        document.querySelector(selector!)!.shadowRoot!.querySelector(".communs-element")!,
      ).getPropertyValue(property!),
    [selector, property],
  );

/** Describes the focused element, through shadow roots. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    const input = element as HTMLInputElement | null;
    return {
      tag: element?.tagName.toLowerCase() ?? "",
      type: input?.type ?? "",
      text: (input?.labels?.[0]?.textContent ?? element?.textContent ?? "").trim(),
    };
  });

async function tabTo(
  page: Page,
  match: (now: Awaited<ReturnType<typeof focused>>) => boolean,
  limit = 60,
) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (match(now)) return now;
  }
  throw new Error("never reached the control with Tab");
}

const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const format = (violations: { id: string; nodes: { target: unknown[] }[] }[]) =>
  violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(", ")}`,
  );

/**
 * axe in French and English × default, dark and DSFR themes, switching the attributes in place:
 * axe is injected once (by the first AxeBuilder run) and then run again in the page.
 */
async function axeEveryLanguageAndTheme(page: Page, selector: string, ready: () => Promise<void>) {
  const found: string[] = [];
  let injected = false;
  for (const lang of ["fr", "en"])
    for (const theme of ["default", "dark", "dsfr"]) {
      await setAttributes(page, selector, { lang, theme });
      await ready();
      if (!injected) {
        const result = await new AxeBuilder({ page }).withTags(wcag).analyze();
        found.push(...format(result.violations).map((line) => `${lang}/${theme} ${line}`));
        injected = true;
      } else {
        const violations = await page.evaluate(
          async (tags) =>
            (
              await (
                window as unknown as {
                  axe: {
                    run(
                      context: Document,
                      options: object,
                    ): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
                  };
                }
              ).axe.run(document, {
                runOnly: { type: "tag", values: tags },
              })
            ).violations.map((violation) => ({
              id: violation.id,
              nodes: violation.nodes.map((node) => ({ target: node.target })),
            })),
          wcag,
        );
        found.push(...format(violations).map((line) => `${lang}/${theme} ${line}`));
      }
    }
  return found;
}

/** The elements' theme backgrounds, from @communs/theme's tokens. */
const backgrounds = { dark: "rgb(20, 21, 24)", default: "rgb(255, 255, 255)" };

/** Only the page's own origin, and only the files the page or the host's attributes name. */
function unexpectedRequests(requests: string[], allowed: RegExp) {
  return requests
    .filter(
      // The browser asks for /favicon.ico by itself: not the element's doing.
      (url) => !url.endsWith("/favicon.ico"),
    )
    .filter((url) => !url.startsWith(`${server.url}/`) || !allowed.test(new URL(url).pathname));
}

describe("<communs-sonar> on its plain page under a strict CSP", () => {
  it("answers the quiz to its result with the keyboard, styled, CSP-clean, accessible, events sent", async () => {
    const { page, context, violations, requests, errors } = await open(
      "sonar.html",
      "communs-sonar",
    );
    const quiz = page.locator("communs-sonar .communs-sonar-quiz");
    await expect.poll(() => quiz.count(), { timeout: 20_000 }).toBe(1);
    expect(
      await page.evaluate(() => {
        const shadow = document.querySelector("communs-sonar")!.shadowRoot!;
        return [shadow.adoptedStyleSheets.length, shadow.querySelectorAll("style").length];
      }),
    ).toEqual([1, 0]);

    // Shorter edition for the keyboard run: switched in place, loaded from beside the script.
    await setAttributes(page, "communs-sonar", { edition: "resilience" });
    await expect
      .poll(() => page.locator("communs-sonar .communs-sonar-quiz__edition").textContent())
      .toMatch(/résilience/i);

    const result = page.locator("communs-sonar .communs-sonar-result");
    await page.locator("communs-sonar .communs-sonar-quiz__edition").click();
    for (let step = 0; step < 40 && (await result.count()) === 0; step++) {
      // The question: its first choice (radio or checkbox), chosen with Space; a ranking keeps its order.
      const now = await tabTo(
        page,
        (now) =>
          ["radio", "checkbox"].includes(now.type) ||
          /^(Suivant|Voir mon résultat)$/.test(now.text),
      );
      if (now.type === "radio" || now.type === "checkbox") {
        await page.keyboard.press("Space");
        await tabTo(page, (now) => /^(Suivant|Voir mon résultat)$/.test(now.text));
      }
      await page.keyboard.press("Enter");
      await page.waitForTimeout(50);
    }
    await expect.poll(() => result.count()).toBe(1);
    // The result's heading receives focus, and the page hears of it.
    expect((await focused(page)).tag).toBe("h2");
    const events = await page.locator("#communs-events li").allTextContents();
    expect(
      events.some((line) => line.startsWith('communs-result {"edition":{"id":"resilience"')),
    ).toBe(true);
    expect(events.join("")).toMatch(/"shareCode":"resilience~/);

    // Themes from @communs/theme's custom properties apply inside the shadow root.
    await setAttributes(page, "communs-sonar", { theme: "dark" });
    expect(await frameStyle(page, "communs-sonar", "background-color")).toBe(backgrounds.dark);
    await setAttributes(page, "communs-sonar", { theme: "default" });
    expect(await frameStyle(page, "communs-sonar", "background-color")).toBe(backgrounds.default);

    expect(
      await axeEveryLanguageAndTheme(page, "communs-sonar", () =>
        expect.poll(() => result.count()).toBe(1),
      ),
    ).toEqual([]);

    // A wrong attribute: a visible, announced message; the quiz goes on with the default.
    await setAttributes(page, "communs-sonar", { edition: "innovaton", lang: "fr" });
    const problem = page.locator("communs-sonar .communs-element__problems[role=alert]");
    await expect
      .poll(() => problem.textContent())
      .toContain("l’attribut « edition » vaut « innovaton »");
    expect(await problem.isVisible()).toBe(true);
    await expect
      .poll(() => page.locator("communs-sonar .communs-sonar-quiz__edition").textContent())
      .toMatch(/innovateur/i);

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(
      unexpectedRequests(
        requests,
        /^\/(demo\/(sonar\.html|demo\.(js|css))|dist\/communs-sonar(-innovation|-resilience)?\.js)$/,
      ),
    ).toEqual([]);
    await context.close();
  });
});

describe("<communs-nuancier> on its plain page under a strict CSP", () => {
  it("adds two nuances to a path with the keyboard and exports it, CSP-clean, accessible", async () => {
    const { page, context, violations, requests, errors } = await open(
      "nuancier.html",
      "communs-nuancier",
    );
    await expect
      .poll(() => page.locator("communs-nuancier .communs-nuancier").count(), { timeout: 20_000 })
      .toBe(1);

    await page.locator("communs-nuancier h1, communs-nuancier h2").first().click();
    for (let added = 0; added < 2; added++) {
      await tabTo(page, (now) => now.tag === "button" && now.text === "Ajouter au parcours", 200);
      await page.keyboard.press("Enter");
    }
    await expect
      .poll(async () => (await page.locator("#communs-events li").allTextContents()).length)
      .toBe(2);
    const last = (await page.locator("#communs-events li").allTextContents()).at(-1)!;
    const detail = JSON.parse(last.replace(/^communs-path-change /, "")) as {
      selection: string[];
      nuances: { name: string }[];
    };
    expect(detail.selection).toHaveLength(2);
    expect(detail.nuances.every((nuance) => nuance.name.length > 0)).toBe(true);

    await tabTo(page, (now) => now.text === "Télécharger en Markdown", 200);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.keyboard.press("Enter"),
    ]);
    const markdown = readFileSync((await download.path())!, "utf8");
    for (const nuance of detail.nuances) expect(markdown).toContain(nuance.name);

    await setAttributes(page, "communs-nuancier", { theme: "dark" });
    expect(await frameStyle(page, "communs-nuancier", "background-color")).toBe(backgrounds.dark);
    expect(
      await axeEveryLanguageAndTheme(page, "communs-nuancier", async () => {
        await expect.poll(() => page.locator("communs-nuancier .communs-nuancier").count()).toBe(1);
      }),
    ).toEqual([]);

    await setAttributes(page, "communs-nuancier", { "overlay-url": "ftp://nowhere", lang: "en" });
    await expect
      .poll(() =>
        page.locator("communs-nuancier .communs-element__problems[role=alert]").textContent(),
      )
      .toContain('attribute "overlay-url" is "ftp://nowhere"');

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(
      unexpectedRequests(
        requests,
        /^\/(demo\/(nuancier\.html|demo\.(js|css))|dist\/communs-nuancier\.js)$/,
      ),
    ).toEqual([]);
    await context.close();
  });
});

const shadowText = (page: Page, selector: string) =>
  page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.textContent ?? "", selector);

describe("<communs-nuancier overlay-url> merges an overlay without zod", () => {
  it("shows a broken overlay's located issue, then merges a valid one, CSP-clean", async () => {
    const { page, context, violations, requests, errors } = await open(
      "nuancier.html",
      "communs-nuancier",
    );
    const overlays = { "broken.json": exampleOverlayWithMistake, "valid.json": exampleOverlay };
    await page.route(/\/demo\/overlays\//, (route) =>
      route.fulfill({
        contentType: "application/json",
        body: JSON.stringify(overlays[route.request().url().split("/").pop() as "valid.json"]),
      }),
    );
    await setAttributes(page, "communs-nuancier", { "overlay-url": "overlays/broken.json" });
    await expect
      .poll(() => shadowText(page, "communs-nuancier"), { timeout: 20_000 })
      .toContain("n'existe pas dans");
    await setAttributes(page, "communs-nuancier", { "overlay-url": "overlays/valid.json" });
    await expect
      .poll(() => shadowText(page, "communs-nuancier"), { timeout: 20_000 })
      .toContain("Numérique frugal");
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests.some((url) => url.endsWith("/dist/communs-nuancier-overlay.js"))).toBe(true);
    await context.close();
  });
});

describe("<communs-report> on its plain page under a strict CSP", () => {
  it("renders a report from src and one from inline JSON, printable, CSP-clean, accessible", async () => {
    const { page, context, violations, requests, errors } = await open(
      "report.html",
      "communs-report",
    );
    const titles = page.locator("communs-report .communs-report-header__title");
    await expect.poll(() => titles.count(), { timeout: 20_000 }).toBe(2);
    expect(await titles.nth(1).textContent()).toBe("Rapport d'activité 2024");
    expect(
      await page
        .locator("communs-report")
        .first()
        .locator("button", { hasText: "Imprimer le rapport" })
        .count(),
    ).toBe(1);
    const events = await page.locator("#communs-events li").allTextContents();
    expect(events).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^communs-report-load \{"ok":true,"source":"http:.*exemple-rapport\.json"/,
        ),
        expect.stringMatching(/^communs-report-load \{"ok":true,"source":"inline"/),
      ]),
    );

    await setAttributes(page, "communs-report", { theme: "dark" });
    expect(await frameStyle(page, "communs-report", "background-color")).toBe(backgrounds.dark);
    expect(
      await axeEveryLanguageAndTheme(page, "communs-report", () =>
        expect.poll(() => titles.count()).toBe(2),
      ),
    ).toEqual([]);

    // A valid report needs no zod: its wording of broken structures comes with a broken one.
    expect(requests.some((url) => url.includes("communs-report-issues"))).toBe(false);
    await setAttributes(page, "communs-report", {
      src: "exemple-rapport-a-corriger.json",
      lang: "fr",
    });
    const broken = validateReportJson(
      readFileSync(new URL("../demo/exemple-rapport-a-corriger.json", import.meta.url), "utf8"),
    );
    await expect
      .poll(() =>
        page
          .locator("communs-report")
          .first()
          .locator(".communs-report-issues__list li li")
          .first()
          .textContent(),
      )
      .toBe(formatIssue(groupIssues(broken.issues)[0]!.issues[0]!, "fr"));
    expect(requests.some((url) => url.endsWith("/dist/communs-report-issues.js"))).toBe(true);

    await setAttributes(page, "communs-report", { src: "ftp://rapports/2025.json", lang: "fr" });
    const problem = page
      .locator("communs-report")
      .first()
      .locator("div.communs-element__problems[role=alert]");
    await expect
      .poll(() => problem.textContent())
      .toContain("l’attribut « src » vaut « ftp://rapports/2025.json »");
    expect(await problem.isVisible()).toBe(true);

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(
      unexpectedRequests(
        requests,
        /^\/(demo\/(report\.html|demo\.(js|css)|exemple-rapport(-a-corriger)?\.json)|dist\/communs-report(-issues)?\.js)$/,
      ),
    ).toEqual([]);
    await context.close();
  });
});

describe("<communs-report-checker> on its plain page under a strict CSP", () => {
  it("reads a dropped broken file's first issue, then previews a picked valid one and converts it, in the browser only", async () => {
    const { page, context, violations, requests, errors } = await open(
      "report-checker.html",
      "communs-report-checker",
    );
    const status = page.locator("communs-report-checker .communs-report-checker__status");
    await expect.poll(() => status.count(), { timeout: 20_000 }).toBe(1);

    // Drop the broken file on the drop zone.
    const broken = fixture("invalid-report.json");
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], "rapport-a-corriger.json", { type: "application/json" }));
      return data;
    }, broken);
    await page
      .locator("communs-report-checker .communs-element__drop")
      .dispatchEvent("drop", { dataTransfer: transfer });
    const expected = validateReportJson(broken);
    const firstIssue = formatIssue(groupIssues(expected.issues)[0]!.issues[0]!, "fr");
    await expect
      .poll(() => status.textContent())
      .toBe(`rapport-a-corriger.json n’est pas valide : ${expected.issues.length} erreurs.`);
    expect(
      await page
        .locator("communs-report-checker .communs-report-issues__list li li")
        .first()
        .textContent(),
    ).toBe(firstIssue);

    // Then pick a valid one with the file input, reached with the keyboard.
    await tabTo(page, (now) => now.type === "file");
    await page.locator("communs-report-checker input[type=file]").setInputFiles({
      name: "rapport.json",
      mimeType: "application/json",
      buffer: Buffer.from(fixture("valid-minimal.json")),
    });
    await expect.poll(() => status.textContent()).toBe("rapport.json est valide.");
    expect(
      await page
        .locator(
          "communs-report-checker .communs-report-checker__preview .communs-report-header__title",
        )
        .textContent(),
    ).toBe("Rapport d'activité 2024");
    expect(requests.some((url) => url.includes("communs-report-checker-sheets"))).toBe(false);

    // Convert to XLSX (the spreadsheet module loads now, from beside the script), then read it back.
    await tabTo(page, (now) => now.text === "Télécharger en XLSX");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.keyboard.press("Enter"),
    ]);
    expect(download.suggestedFilename()).toBe("rapport.xlsx");
    expect(requests.some((url) => url.endsWith("/dist/communs-report-checker-sheets.js"))).toBe(
      true,
    );
    await page.locator("communs-report-checker input[type=file]").setInputFiles({
      name: download.suggestedFilename(),
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: readFileSync((await download.path())!),
    });
    await expect.poll(() => status.textContent()).toMatch(/est valide\.$/);
    const events = await page.locator("#communs-events li").allTextContents();
    expect(
      events.map((line) => {
        const detail = JSON.parse(line.replace(/^communs-check /, "")) as Record<string, unknown>;
        return [detail.fileNames, detail.format, detail.ok, detail.errors];
      }),
    ).toEqual([
      [["rapport-a-corriger.json"], "json", false, expected.issues.length],
      [["rapport.json"], "json", true, 0],
      [["rapport.xlsx"], "xlsx", true, 0],
    ]);

    // CSV: one file per table, offered as links.
    await tabTo(page, (now) => now.text === "Télécharger en CSV");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.locator("communs-report-checker a[download$='.csv']").count())
      .toBeGreaterThan(0);

    await setAttributes(page, "communs-report-checker", { theme: "dark" });
    expect(await frameStyle(page, "communs-report-checker", "background-color")).toBe(
      backgrounds.dark,
    );
    expect(
      await axeEveryLanguageAndTheme(page, "communs-report-checker", () =>
        expect
          .poll(() =>
            page.locator("communs-report-checker .communs-report-checker__preview").count(),
          )
          .toBeLessThan(2),
      ),
    ).toEqual([]);

    await setAttributes(page, "communs-report-checker", { preview: "sometimes", lang: "en" });
    await expect
      .poll(() =>
        page.locator("communs-report-checker .communs-element__problems[role=alert]").textContent(),
      )
      .toContain('attribute "preview" is "sometimes"');

    // A file that is no workbook: one issue, in the element's language (English now).
    const notZip = Buffer.from("not a workbook");
    const unreadable = await xlsxToSheets(new Uint8Array(notZip)).then(
      () => undefined,
      (error: unknown) => (error instanceof XlsxReadError ? error.issue : undefined),
    );
    await page.locator("communs-report-checker input[type=file]").setInputFiles({
      name: "abime.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: notZip,
    });
    await expect.poll(() => status.textContent()).toBe("abime.xlsx is not valid: 1 error.");
    expect(
      await page
        .locator("communs-report-checker .communs-report-issues__list li li")
        .first()
        .textContent(),
    ).toBe(formatIssue(unreadable!, "en"));

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    // No request but the page's own files: the report never left the browser.
    expect(
      unexpectedRequests(
        requests,
        /^\/(demo\/(report-checker\.html|demo\.(js|css))|dist\/communs-report-(checker(-sheets)?|issues)\.js)$/,
      ),
    ).toEqual([]);
    expect(
      requests.filter((url) => url.startsWith("blob:") === false && !url.startsWith(server.url)),
    ).toEqual([]);
    await context.close();
  });
});

describe("the classic scripts", () => {
  it("work together on one page under a strict CSP, the lazily loaded files included", async () => {
    const { page, context, violations, errors } = await open(
      "classic.html",
      "communs-report-checker",
    );
    await expect
      .poll(() => page.locator("communs-sonar .communs-sonar-quiz__edition").textContent(), {
        timeout: 20_000,
      })
      .toMatch(/resilience/i);
    await expect
      .poll(() => page.locator("communs-report .communs-report-header__title").count())
      .toBe(1);
    await expect.poll(() => page.locator("communs-nuancier .communs-nuancier").count()).toBe(1);
    expect(await frameStyle(page, "communs-report-checker", "font-family")).toMatch(/system-ui/);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
