// A whole workshop in real Chromium, keyboard only: a facilitator creates it and opens its board,
// three participant pages join and answer, and the board changes without a reload; then the
// facilitator compares it with an earlier workshop and deletes it from the board. Against a
// real server process (scripts/workshop-test-server.mjs: @communs/sonar-server on PGlite), which
// also serves the page (src/workshop/browser-page.tsx, bundled here with esbuild).
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumLaunchOptions } from "@communs/config/chromium";
import { answerEveryQuestion, focusedText, tabTo } from "../browser-keyboard";

const here = path.dirname(fileURLToPath(import.meta.url));
let staticDir = "";
let server: ChildProcess;
let origin = "";
let browser: Browser;

beforeAll(async () => {
  staticDir = mkdtempSync(path.join(tmpdir(), "sonar-workshop-"));
  await build({
    entryPoints: [path.join(here, "browser-page.tsx")],
    bundle: true,
    format: "esm",
    jsx: "automatic",
    outfile: path.join(staticDir, "page.js"),
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "error",
  });
  copyFileSync(path.join(here, "../styles/sonar.css"), path.join(staticDir, "sonar.css"));
  writeFileSync(
    path.join(staticDir, "index.html"),
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Sonar</title>
<link rel="stylesheet" href="sonar.css"></head><body><div id="root"></div>
<script type="module" src="page.js"></script></body></html>`,
  );
  server = spawn(process.execPath, [path.join(here, "../../scripts/workshop-test-server.mjs")], {
    env: { ...process.env, STATIC_DIR: staticDir },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const firstLine = await new Promise<string>((resolve, reject) => {
    createInterface({ input: server.stdout! }).once("line", resolve);
    server.once("exit", (code) => reject(new Error(`test server exited (${code})`)));
  });
  origin = (JSON.parse(firstLine) as { url: string }).url;
  browser = await chromium.launch(chromiumLaunchOptions);
});

afterAll(async () => {
  await browser?.close();
  server?.kill("SIGTERM");
  if (staticDir) rmSync(staticDir, { recursive: true, force: true });
});

async function newPage(user?: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  if (user) {
    const { hostname } = new URL(origin);
    await context.addCookies([{ name: "test-user", value: user, domain: hostname, path: "/" }]);
  }
  return { context, page: await context.newPage() };
}

const respondents = (page: Page) => page.locator(".communs-sonar-board__respondents").innerText();

describe("Sonar workshop in Chromium, keyboard only", () => {
  it("a facilitator creates a workshop, three participants answer, the board follows live; compare, delete", async () => {
    const facilitator = await newPage("ana");
    const board = facilitator.page;
    // The same team's earlier workshop, to compare with from the board.
    const earlier = await fetch(`${origin}/sonar/workshops`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-test-user": "ana",
        "x-csrf-token": "csrf-ana",
      },
      body: JSON.stringify({
        title: "Équipe des solidarités, l'an dernier",
        edition: "innovation",
      }),
    });
    expect(earlier.status).toBe(201);
    await board.goto(`${origin}/app/index.html?role=facilitator`);
    await board.getByLabel("Édition", { exact: true }).waitFor();
    await board.keyboard.press("Tab");
    await board.keyboard.type("Équipe des solidarités");
    await board.keyboard.press("Enter");
    await board
      .getByRole("heading", { name: "Atelier « Équipe des solidarités » créé." })
      .waitFor();
    const code = await board.locator(".communs-sonar-workshop-code").innerText();
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    expect(await board.getByRole("img", { name: /Code QR du lien/ }).count()).toBe(1);
    await tabTo(board, /^Ouvrir le tableau de l'atelier$/);
    await board.keyboard.press("Enter");
    await board.getByText("En direct").waitFor();
    expect(await respondents(board)).toBe("Aucune réponse pour l'instant");
    const exportLink = board.getByRole("link", { name: "Réponses et synthèse (JSON)" });
    const workshopId = /\/workshops\/([^/]+)\/export\.json$/.exec(
      (await exportLink.getAttribute("href")) ?? "",
    )?.[1];
    let reloaded = false;
    board.on("framenavigated", (frame) => {
      if (frame === board.mainFrame()) reloaded = true;
    });

    const nicknames = ["Alex", "Sam", ""];
    for (const [index, nickname] of nicknames.entries()) {
      const { page } = await newPage();
      await page.goto(`${origin}/app/index.html?code=${code}`);
      await page.getByLabel("Code de l'atelier").waitFor();
      expect(await page.getByLabel("Code de l'atelier").inputValue()).toBe(code);
      await tabTo(page, /^$/); // the code field (already filled in)
      await page.keyboard.press("Tab"); // the nickname field
      if (nickname) await page.keyboard.type(nickname);
      await page.keyboard.press("Enter");
      await page.getByText("Vous participez à « Équipe des solidarités ».").waitFor();
      await page.locator(".communs-sonar-question").waitFor();
      await answerEveryQuestion(page, /^(Suivant|Voir mon résultat)$/);
      await page.getByText(/Vos réponses comptent dans l'atelier/).waitFor();
      expect(await page.locator(".communs-sonar-result").count()).toBe(1);
      expect(await page.getByLabel(/Lien de partage/).inputValue()).toMatch(/sonar=innovation~/);
      // The board changes without a reload.
      await expect
        .poll(() => respondents(board), { timeout: 5_000 })
        .toBe(index === 0 ? "1 réponse" : `${index + 1} réponses`);
    }
    expect(reloaded).toBe(false);
    expect(await board.getByText("Alex").count()).toBe(1);
    expect(await board.getByRole("heading", { name: "Vue d'équipe" }).count()).toBe(1);

    // Closing the workshop by keyboard.
    await tabTo(board, /^Fermer l'atelier$/);
    await board.keyboard.press("Enter");
    await board.getByText("Atelier fermé : plus aucune réponse n'est reçue.").waitFor();

    // Comparing with the earlier workshop, by keyboard: the comparison's heading takes the focus.
    await tabTo(board, /^Comparer$/);
    await board.keyboard.press("Enter");
    await expect
      .poll(() => focusedText(board))
      .toMatch(
        /^Avant : « Équipe des solidarités, l'an dernier » .*Après : « Équipe des solidarités »/,
      );
    // The earlier workshop has no responses: nothing to compare, and the board says so.
    await board
      .getByText(
        "« Équipe des solidarités, l'an dernier » n'a encore aucune réponse : rien à comparer pour l'instant.",
      )
      .waitFor();

    // Deleting it, by keyboard: the confirmation takes the focus, Escape gives it back.
    await tabTo(board, /^Supprimer l'atelier$/, 40, "Shift+Tab");
    await board.keyboard.press("Enter");
    const focusedRole = () => board.evaluate(() => document.activeElement?.getAttribute("role"));
    expect(await focusedRole()).toBe("group");
    await board.keyboard.press("Escape");
    expect(await focusedText(board)).toBe("Supprimer l'atelier");
    await board.keyboard.press("Enter");
    await tabTo(board, /^Supprimer définitivement$/, 3);
    await board.keyboard.press("Enter");
    await expect
      .poll(() => focusedText(board))
      .toBe("L'atelier « Équipe des solidarités » et ses réponses ont été supprimés.");
    const gone = await fetch(`${origin}/sonar/workshops/${workshopId}`, {
      headers: { "x-test-user": "ana" },
    });
    expect(gone.status).toBe(404);
    await facilitator.context.close();
  });
});
