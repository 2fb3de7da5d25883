// npm run bench -w @communs/idea-box-react: IdeaList with 10,000 ideas in Chromium, virtualised
// against the same list rendered whole (the baseline, same run), plus bundle sizes against budgets.
import { build } from "esbuild";
import { readFileSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { chromiumLaunchOptions } from "@communs/config/chromium";

const here = path.dirname(fileURLToPath(import.meta.url));
const count = Number(process.env.BENCH_COUNT ?? 10_000);
const keys = "salle ré";
const bundle = await build({
  entryPoints: [path.join(here, "page.tsx")],
  bundle: true,
  minify: true,
  write: false,
  format: "iife",
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
});
const script = bundle.outputFiles[0].text;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rounds = 3;
const results = { true: [], false: [] };
// A fresh browser per measure: a crash (seen on heavily loaded machines) loses one figure, not all.
for (let round = 0; round < rounds; round++)
  for (const virtualised of [true, false]) {
    const browser = await chromium.launch({
      ...chromiumLaunchOptions,
      args: [...chromiumLaunchOptions.args, "--disable-dev-shm-usage"],
      headless: true,
    });
    try {
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
      const page = await context.newPage();
      await page.setContent(`<!doctype html><html lang="fr"><body></body></html>`);
      await page.addScriptTag({ content: script });
      results[virtualised].push(
        await page.evaluate(([v, c, k]) => window.runBench(v, c, k), [virtualised, count, keys]),
      );
    } catch (error) {
      console.error(
        `round ${round + 1}, ${virtualised ? "virtualised" : "baseline"}: ${error.message.split("\n")[0]}`,
      );
    } finally {
      await browser.close().catch(() => undefined);
    }
  }
if (results.true.length === 0 || results.false.length === 0) {
  console.error(
    "Not enough runs finished to compare; try again on a quieter machine (or BENCH_COUNT=5000).",
  );
  process.exit(1);
}

const summary = (runs) => ({
  coldRender: median(runs.map((run) => run.coldRender)),
  firstRender: median(runs.map((run) => run.firstRender)),
  keystroke: median(runs.flatMap((run) => run.perKeystroke)),
  worstKeystroke: Math.max(...runs.flatMap((run) => run.perKeystroke)),
});
const v = summary(results.true);
const b = summary(results.false);
const fmt = (ms) => `${ms.toFixed(1)} ms`;
console.log(
  `IdeaList, ${count.toLocaleString("en")} ideas, Chromium (median of ${rounds} runs; typing "${keys}")`,
);
console.log(
  `  first render      virtualised ${fmt(v.firstRender).padStart(10)}  baseline (not virtualised) ${fmt(b.firstRender).padStart(10)}  ratio ${(v.firstRender / b.firstRender).toFixed(3)}  goal ≤ 50 ms: ${v.firstRender <= 50 ? "met" : "NOT met"}`,
);
console.log(
  `  (cold: the page's very first render, of 100 ideas, compiling React and the widgets: virtualised ${fmt(v.coldRender)}, baseline ${fmt(b.coldRender)})`,
);
console.log(
  `  per keystroke     virtualised ${fmt(v.keystroke).padStart(10)}  baseline (not virtualised) ${fmt(b.keystroke).padStart(10)}  ratio ${(v.keystroke / b.keystroke).toFixed(3)}  goal ≤ 16 ms: ${v.keystroke <= 16 ? "met" : "NOT met"}`,
);
console.log(
  `  worst keystroke   virtualised ${fmt(v.worstKeystroke).padStart(10)}  baseline (not virtualised) ${fmt(b.worstKeystroke).padStart(10)}`,
);

const sizes = [
  [
    "@communs/idea-box-react dist/index.js (deps external)",
    path.join(here, "../dist/index.js"),
    25,
  ],
  [
    "<communs-idea-box> ES module, everything included",
    path.join(here, "../../idea-box-element/dist/communs-idea-box.js"),
    60,
  ],
  [
    "<communs-idea-box> classic script, everything included",
    path.join(here, "../../idea-box-element/dist/communs-idea-box.global.js"),
    60,
  ],
];
console.log(
  "Gzip sizes against budgets (per-widget entries: npm run size -w @communs/idea-box-react)",
);
for (const [name, file, budget] of sizes) {
  if (!existsSync(file)) {
    console.log(`  ${name}: not built`);
    continue;
  }
  const kb = gzipSync(readFileSync(file), { level: 9 }).length / 1000;
  console.log(
    `  ${name}: ${kb.toFixed(2)} kB, budget ${budget} kB, ratio ${(kb / budget).toFixed(3)}`,
  );
}
