// Keyboard-only walk through the Sonar quiz in real Chromium, against a Storybook build of the
// catalogue's Sonar stories (made here, in a temp dir, unless SONAR_STORYBOOK_DIR points to one).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumLaunchOptions } from "@communs/config/chromium";
import { answerEveryQuestion, tabTo } from "./browser-keyboard";

const here = path.dirname(fileURLToPath(import.meta.url));
const catalogue = path.resolve(here, "../../../apps/catalogue");
let staticDir = process.env.SONAR_STORYBOOK_DIR ?? "";
let workDir = "";
let server: Server;
let origin = "";
let browser: Browser;

/** A Storybook config holding only the Sonar stories, with the catalogue's preview (locale, themes). */
function buildStorybook(): string {
  workDir = mkdtempSync(path.join(tmpdir(), "sonar-sb-"));
  const configDir = path.join(workDir, "config");
  const out = path.join(workDir, "static");
  const framework = path.dirname(
    execFileSync(
      process.execPath,
      ["-p", "require.resolve('@storybook/react-vite/package.json')"],
      { cwd: catalogue },
    )
      .toString()
      .trim(),
  );
  execFileSync("mkdir", ["-p", configDir]);
  writeFileSync(
    path.join(configDir, "main.ts"),
    `export default {
  stories: [${JSON.stringify(path.join(catalogue, "stories/sonar/*.stories.tsx"))}],
  addons: [],
  framework: { name: ${JSON.stringify(framework)}, options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};\n`,
  );
  writeFileSync(
    path.join(configDir, "preview.tsx"),
    `export { default } from ${JSON.stringify(path.join(catalogue, ".storybook/preview.tsx"))};\n`,
  );
  execFileSync(
    path.join(catalogue, "node_modules/.bin/storybook"),
    ["build", "--quiet", "--disable-telemetry", "-c", configDir, "-o", out],
    {
      cwd: catalogue,
      stdio: "inherit",
    },
  );
  return out;
}

const types: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
};

beforeAll(async () => {
  if (!staticDir) staticDir = buildStorybook();
  server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const file = path.join(
      staticDir,
      decodeURIComponent(url.pathname === "/" ? "/index.html" : url.pathname),
    );
    if (!file.startsWith(staticDir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" })
      .end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  browser = await chromium.launch(chromiumLaunchOptions);
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const storyUrl = (id: string, locale = "en", extra = "") =>
  `${origin}/iframe.html?id=${id}&viewMode=story&globals=locale:${locale}${extra}`;

async function openStory(id: string, locale = "en", extra = ""): Promise<Page> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  const page = await context.newPage();
  await page.goto(storyUrl(id, locale, extra));
  await page.waitForSelector(".communs-sonar, .communs-sonar-team", { timeout: 60_000 });
  return page;
}

describe("Sonar quiz, keyboard only, in Chromium", () => {
  it("takes the whole innovation quiz, shows the result, shares it by link and prints it", async () => {
    const page = await openStory("sonar-quiz--innovation");
    const answered = await answerEveryQuestion(page, /^(Next|See my result)$/);
    expect(answered).toBeGreaterThanOrEqual(15);
    const heading = page.getByRole("heading", { name: "Your result", exact: true });
    await expect
      .poll(() => heading.evaluate((element) => element === document.activeElement))
      .toBe(true);
    const style = await page.locator(".communs-sonar-result__style-name").innerText();
    expect(style.length).toBeGreaterThan(0);
    expect(await page.getByText("You are here").count()).toBe(1);
    expect(await page.getByRole("heading", { name: "Pitfalls to avoid" }).count()).toBe(1);
    expect(await page.getByRole("table").first().locator("tbody tr").count()).toBe(3);

    // Share: the link holds the answers; opening it shows the same result, no server involved.
    const link = await page.getByLabel(/Share link/).inputValue();
    expect(link).toMatch(/[?&]sonar=innovation~1\.0\.0~[A-Za-z0-9_-]*~[0-9a-z]{6}/);
    const shared = await openStory(
      "sonar-quiz--innovation",
      "en",
      `&sonar=${new URL(link).searchParams.get("sonar")}`,
    );
    await shared.waitForSelector(".communs-sonar-result");
    expect(await shared.locator(".communs-sonar-result__style-name").innerText()).toBe(style);

    // Print, from the keyboard: the button calls print(); the print view is a poster without buttons.
    await page.getByRole("button", { name: "Copy the link" }).focus();
    await tabTo(page, /^Print as a poster$/);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".communs-sonar-actions").first().isVisible()).toBe(false);
    expect(await page.locator(".communs-sonar-result__print-footer").isVisible()).toBe(true);
    const columns = await page
      .locator(".communs-sonar-result")
      .evaluate((element) => getComputedStyle(element).gridTemplateColumns.split(" ").length);
    expect(columns).toBe(2);
    const pdf = await page.pdf({ format: "A3", landscape: true });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.context().close();
    await shared.context().close();
  });

  it("explains a broken share link with an alert, in French", async () => {
    const page = await openStory("sonar-quiz--broken-share-code", "fr");
    expect(await page.getByRole("alert").innerText()).toContain(
      "Le lien de partage n'a pas pu être lu",
    );
    await page.context().close();
  });

  it("shows the team's spread and where it disagrees most", async () => {
    const page = await openStory("sonar-quiz--team");
    expect(await page.getByText("30 respondents").count()).toBe(1);
    expect(await page.getByText(/The team disagrees most on/).count()).toBe(1);
    expect(await page.locator(".communs-sonar-team__band").count()).toBe(3);
    expect(await page.getByRole("img", { name: /team mean and the spread/ }).count()).toBe(1);
    await page.context().close();
  });
});
