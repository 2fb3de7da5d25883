// The accessibility gate: every story of a built catalogue, in every locale and every theme,
// checked with axe (WCAG 2.0, 2.1, 2.2, A and AA) in Debian's headless Chromium.
// Usage: node scripts/a11y-gate.mjs [--dir storybook-static] [--report file.json] [--only id-prefix]
// Exit codes: 0 no violation, 1 violations or broken stories, 2 usage or set-up error.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumExecutablePath } from "@communs/config/chromium";
import { themeNames } from "@communs/theme";
import { serveDirectory } from "./static-server.mjs";

const locales = ["fr", "en"];
const axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const concurrency = 2;
// The axe-core that Storybook's a11y panel runs too, so the gate and the panel agree. It is injected
// once per page load and run in the page: a new injection per check (as @axe-core/playwright does,
// with a blank page for each run) made every check take several times longer.
const axeSource = await readFile(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

let options;
try {
  ({ values: options } = parseArgs({
    options: {
      dir: { type: "string", default: "storybook-static" },
      report: { type: "string" },
      only: { type: "string" },
    },
  }));
} catch (error) {
  console.error(
    `${error.message}\nUsage: a11y-gate.mjs [--dir storybook-static] [--report file.json] [--only id-prefix]`,
  );
  process.exit(2);
}
const root = path.resolve(options.dir);
if (!existsSync(path.join(root, "index.json"))) {
  console.error(
    `No ${path.join(root, "index.json")}: build the catalogue first (npm run build -w @communs/catalogue).`,
  );
  process.exit(2);
}
if (!existsSync(chromiumExecutablePath)) {
  console.error(
    `No Chromium at ${chromiumExecutablePath}: apt-get install chromium, or set CHROMIUM_PATH.`,
  );
  process.exit(2);
}

const index = JSON.parse(await readFile(path.join(root, "index.json"), "utf8"));
const entries = Object.values(index.entries)
  // Autodocs pages only gather stories that are checked one by one below; their scroll boxes
  // and toolbars belong to Storybook. Our own MDX pages are checked.
  .filter((entry) => entry.type === "story" || entry.tags?.includes("unattached-mdx"))
  .filter((entry) => !options.only || entry.id.startsWith(options.only));

/** Every locale and theme, except for free-standing MDX pages, which neither changes. */
const combinationsOf = (entry) =>
  entry.tags?.includes("unattached-mdx")
    ? [{ locale: "fr", theme: "default", followsGlobals: false }]
    : locales.flatMap((locale) =>
        themeNames.map((theme) => ({ locale, theme, followsGlobals: true })),
      );

const server = await serveDirectory(root);
const userDataDir = await mkdtemp(path.join(tmpdir(), "communs-a11y-"));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: chromiumExecutablePath,
  headless: true,
  args: chromiumArgs,
  reducedMotion: "reduce",
});

const results = [];
const durations = [];
try {
  const queue = [...entries];
  await Promise.all(
    Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
      const page = await context.newPage();
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        const started = performance.now();
        const checks = await checkEntry(page, entry);
        durations.push({ id: entry.id, ms: performance.now() - started });
        results.push(...checks);
      }
      await page.close();
    }),
  );
} finally {
  await context.close();
  await server.close();
  await rm(userDataDir, { recursive: true, force: true });
}

async function runAxe(page, rootSelector) {
  const results = await page.evaluate(
    ({ rootSelector, axeTags }) =>
      window.axe.run(document.querySelector(rootSelector), {
        runOnly: { type: "tag", values: axeTags },
        // Only violations are reported, so axe need not gather every passing node: on long
        // stories (a whole activity report) that is most of its time.
        resultTypes: ["violations"],
      }),
    { rootSelector, axeTags },
  );
  return results.violations;
}

/**
 * Loads an entry once, then switches locale and theme through Storybook's own channel, as the
 * toolbar does: far quicker than reloading the preview for each of the six combinations. A
 * violation seen after such a switch is checked again on a fresh load of the story with those
 * globals, and that result counts: in a few stories under load, some elements kept the previous
 * theme's colours after an in-place switch, which a person loading the page never sees.
 */
async function checkEntry(page, entry) {
  const viewMode = entry.type === "docs" ? "docs" : "story";
  const rootSelector = viewMode === "docs" ? "#storybook-docs" : "#storybook-root";
  const checks = [];
  let loaded = false;
  for (const { locale, theme, followsGlobals } of combinationsOf(entry)) {
    const label = `${entry.id} [${locale}, ${theme}]`;
    const check = { label, entry, locale, theme, violations: [] };
    const target = { viewMode, rootSelector, locale, theme, followsGlobals };
    try {
      const switched = loaded;
      await showStory(page, entry, target, loaded ? "switch" : "load");
      loaded = true;
      const outcome = await checkShownStory(page, rootSelector);
      if (switched && outcome.violations?.length > 0) {
        await showStory(page, entry, target, "load");
        Object.assign(check, await checkShownStory(page, rootSelector));
      } else Object.assign(check, outcome);
    } catch (error) {
      check.error = error.message.split("\n")[0];
      loaded = false;
    }
    checks.push(check);
  }
  return checks;
}

/** Shows the story with these globals, by a fresh page load or a switch, and waits until it settles. */
async function showStory(page, entry, target, how) {
  const { viewMode, rootSelector, locale, theme, followsGlobals } = target;
  if (how === "load") {
    // a11y.manual:!true keeps the addon's own axe run from racing ours ("Axe is already running").
    const globals = `locale:${locale};theme:${theme};a11y.manual:!true`;
    await page.goto(
      `${server.url}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}&globals=${globals}`,
      { waitUntil: "load" },
    );
  } else {
    await page.evaluate(
      (globals) => window.__STORYBOOK_ADDONS_CHANNEL__.emit("updateGlobals", { globals }),
      { locale, theme },
    );
  }
  await page.waitForFunction(
    ({ rootSelector, locale, theme, followsGlobals }) => {
      if (document.body.classList.contains("sb-show-errordisplay")) return true;
      if ((document.querySelector(rootSelector)?.childElementCount ?? 0) === 0) return false;
      if (!followsGlobals) return true;
      const frames = [...document.querySelectorAll(".catalogue-frame")];
      return (
        frames.length > 0 &&
        frames.every(
          (frame) => frame.lang === locale && frame.getAttribute("data-communs-theme") === theme,
        ) &&
        document.documentElement.getAttribute("data-communs-theme") === theme
      );
    },
    { rootSelector, locale, theme, followsGlobals },
    { timeout: 45_000 },
  );
  // Wait until the colours of the whole story are the same two animation frames in a row.
  await page.waitForFunction(
    (rootSelector) => {
      const colours = () =>
        [...(document.querySelector(rootSelector)?.querySelectorAll("*") ?? [])]
          .map((element) => {
            const style = getComputedStyle(element);
            return `${style.color}/${style.backgroundColor}`;
          })
          .join();
      return new Promise((resolve) => {
        const before = colours();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(colours() === before)));
      });
    },
    rootSelector,
    { timeout: 10_000, polling: 50 },
  );
}

/** `{ error }` when the story threw, else `{ violations }` from axe. */
async function checkShownStory(page, rootSelector) {
  if (await page.evaluate(() => document.body.classList.contains("sb-show-errordisplay"))) {
    const message = await page
      .locator("#error-message")
      .innerText()
      .catch(() => "");
    return { error: `the story threw: ${message.trim()}`, violations: [] };
  }
  if (!(await page.evaluate(() => typeof window.axe === "object"))) {
    await page.addScriptTag({ content: axeSource });
  }
  return { violations: await runAxe(page, rootSelector) };
}

results.sort((a, b) => a.label.localeCompare(b.label));
const failures = results.filter((result) => result.error || result.violations.length > 0);

// One line per entry, then the slowest entries, then every failure in full, last, so that the
// tail of a CI log always shows what broke.
const resultsByEntry = new Map();
for (const result of results) {
  resultsByEntry.set(result.entry.id, [...(resultsByEntry.get(result.entry.id) ?? []), result]);
}
for (const [id, checks] of resultsByEntry) {
  const failed = checks.filter((check) => check.error || check.violations.length > 0);
  console.log(
    `${failed.length > 0 ? "FAIL" : "ok  "} ${id} (${checks.length - failed.length}/${checks.length})`,
  );
}
const slowest = durations.sort((a, b) => b.ms - a.ms).slice(0, 5);
console.log(
  `slowest entries: ${slowest.map(({ id, ms }) => `${id} ${(ms / 1000).toFixed(1)} s`).join(", ")}`,
);
for (const result of failures) {
  console.log(`FAIL ${result.label}`);
  if (result.error) console.log(`     error: ${result.error}`);
  for (const violation of result.violations) {
    console.log(`     rule ${violation.id} (${violation.impact}): ${violation.help}`);
    for (const node of violation.nodes) {
      const why = (node.any[0] ?? node.all[0] ?? node.none[0])?.message ?? "";
      console.log(`       element ${node.target.join(" ")}  ${node.html.slice(0, 100)}`);
      if (why) console.log(`         ${why}`);
    }
  }
}

const report = {
  numTotalTests: results.length,
  numPassedTests: results.length - failures.length,
  numFailedTests: failures.length,
  failures: failures.map((result) => ({
    storyId: result.entry.id,
    locale: result.locale,
    theme: result.theme,
    error: result.error,
    violations: result.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      elements: violation.nodes.map((node) => node.target.join(" ")),
    })),
  })),
};
if (options.report) {
  await mkdir(path.dirname(path.resolve(options.report)), { recursive: true });
  await writeFile(options.report, `${JSON.stringify(report, null, 2)}\n`);
}
console.log(
  `accessibility gate: ${entries.length} entries, ${results.length} checks (${locales.length} locales x ${themeNames.length} themes)`,
);
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed`);
process.exit(failures.length > 0 ? 1 : 0);
