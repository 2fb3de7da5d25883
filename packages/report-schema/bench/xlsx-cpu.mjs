// CPU time of each step of the XLSX round trip of the bench's ~13 MB report, for profiling on a
// busy machine where wall time says little: `node --cpu-prof bench/xlsx-cpu.mjs` after a build.
import { readFile } from "node:fs/promises";
import { fromSheets, toSheets } from "../dist/sheets.js";
import { sheetsToXlsx, xlsxToSheets } from "../dist/xlsx.js";

const base = JSON.parse(
  await readFile(new URL("../data/la-27e-region-2018.json", import.meta.url), "utf8"),
);
const template = base.programmes.find((programme) => programme.id === "la-transfo");
const report = (count) => ({
  ...base,
  keyFigures: base.keyFigures.filter((figure) => !figure.programmeId),
  notes: [],
  programmes: Array.from({ length: count }, (_, index) => ({
    ...structuredClone(template),
    id: `programme-${index}`,
    sites: template.sites.map((site) => ({ ...site, id: `${site.id}-${index}` })),
    events: template.events.map((event) => ({ ...event, id: `${event.id}-${index}` })),
  })),
});
let count = 1_000;
while (JSON.stringify(report(count)).length < 10e6) count += 500;
const big = report(count);
const cpu = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const runs = Number(process.argv[2] ?? 3);
for (let run = 0; run < runs; run += 1) {
  const times = {};
  let mark = cpu();
  const step = (name) => {
    const now = cpu();
    times[name] = Math.round(now - mark);
    mark = now;
  };
  const wall = performance.now();
  const tables = toSheets(big);
  step("toSheets");
  const bytes = await sheetsToXlsx(tables);
  step("write");
  const read = await xlsxToSheets(bytes);
  step("read");
  const back = fromSheets(read);
  step("fromSheets");
  if (!back.ok) throw new Error("the round trip lost the report");
  const total = Object.values(times).reduce((sum, value) => sum + value, 0);
  console.log(
    `${count} programmes: CPU ms ${JSON.stringify(times)} total ${total}, wall ${Math.round(performance.now() - wall)} ms`,
  );
}
