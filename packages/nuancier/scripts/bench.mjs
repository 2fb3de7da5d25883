// Benchmarks, each beside a baseline measured in the same run (ratios, not absolute targets).
// Run after a build: npm run bench -w @communs/nuancier
import { performance } from "node:perf_hooks";
import {
  buildPath,
  createNuancierSearch,
  decodeSelection,
  encodeSelection,
  foldText,
  pathToMarkdown,
} from "../dist/index.js";
import { nuancierContent as data } from "../dist/content.js";
import { extendNuancier } from "../dist/validation.js";

/** Median time per call, in microseconds, over several rounds. */
function measure(run, { rounds = 15, iterations = 400 } = {}) {
  for (let i = 0; i < iterations; i += 1) run(i); // warm-up
  const times = [];
  for (let round = 0; round < rounds; round += 1) {
    const start = performance.now();
    for (let i = 0; i < iterations; i += 1) run(i);
    times.push(((performance.now() - start) * 1000) / iterations);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)];
}

const queries = ["prototypage", "prototyping", "reflexivite terrain", "usagers", "élus", "zz"];

// Baseline: what a page would do without the engine, folding every text at each query.
function naiveSearch(text) {
  const words = foldText(text).split(" ").filter(Boolean);
  return data.nuances.filter((nuance) => {
    const sector = data.sectors.find((entry) => entry.id === nuance.sectorId);
    const haystack = foldText(
      [
        nuance.name.fr,
        nuance.name.en,
        nuance.description.fr,
        nuance.description.en,
        ...(nuance.keywords?.fr ?? []),
        ...(nuance.keywords?.en ?? []),
        sector?.name.fr ?? "",
        sector?.name.en ?? "",
      ].join(" "),
    );
    return words.every((word) => haystack.includes(word));
  });
}

const search = createNuancierSearch(data);
const selection = data.nuances.slice(0, 5).map((nuance) => nuance.id);
const overlay = {
  schemaVersion: 1,
  override: { nuances: { [selection[0]]: { name: { fr: "Autre nom", en: "Other name" } } } },
};
const rows = [
  {
    name: `search, ${data.nuances.length} nuances`,
    figure: measure((i) => search.search({ text: queries[i % queries.length] })),
    baselineName: "naive scan folding every text",
    baseline: measure((i) => naiveSearch(queries[i % queries.length])),
  },
  {
    name: "build search index",
    figure: measure(() => createNuancierSearch(data), { iterations: 50 }),
    baselineName: "one naive scan",
    baseline: measure(() => naiveSearch("prototypage"), { iterations: 50 }),
  },
  {
    name: "buildPath, 5 nuances + Markdown",
    figure: measure(() =>
      pathToMarkdown(buildPath(data, selection, { order: "progressive" }), data),
    ),
    baselineName: "JSON.stringify of the palette",
    baseline: measure(() => JSON.stringify(data)),
  },
  {
    name: "share code round trip",
    figure: measure(() =>
      decodeSelection(encodeSelection({ selection, constraints: { maxHours: 21 } }), data),
    ),
    baselineName: "JSON + encodeURIComponent round trip",
    baseline: measure(() =>
      JSON.parse(
        decodeURIComponent(encodeURIComponent(JSON.stringify({ selection, maxHours: 21 }))),
      ),
    ),
  },
  {
    name: "extendNuancier (validate + merge)",
    figure: measure(() => extendNuancier(data, overlay), { iterations: 100 }),
    baselineName: "structuredClone of the palette",
    baseline: measure(() => structuredClone(data), { iterations: 100 }),
  },
];

console.log("@communs/nuancier benchmarks (median µs per call; ratio = figure / baseline)");
for (const row of rows) {
  console.log(
    `${row.name.padEnd(36)} ${row.figure.toFixed(2).padStart(9)} µs   vs ${row.baselineName.padEnd(38)} ${row.baseline
      .toFixed(2)
      .padStart(9)} µs   ratio ${(row.figure / row.baseline).toFixed(2)}`,
  );
}
