// Benchmark of @communs/report-schema. Every figure is printed beside a baseline measured in
// the same run, as a ratio. Run with `npm run bench` after `npm run build`.
import { readFile } from "node:fs/promises";
import Ajv2020 from "ajv/dist/2020.js";
import { validateReport } from "../dist/index.js";
import { fromSheets, toSheets } from "../dist/sheets.js";
import { sheetsToXlsx, xlsxToSheets } from "../dist/xlsx.js";

const schema = JSON.parse(
  await readFile(new URL("../schema/report.schema.json", import.meta.url), "utf8"),
);
const base = JSON.parse(
  await readFile(new URL("../data/la-27e-region-2018.json", import.meta.url), "utf8"),
);

function syntheticReport(programmeCount) {
  const template = base.programmes.find((programme) => programme.id === "la-transfo");
  const programmes = Array.from({ length: programmeCount }, (_, index) => ({
    ...structuredClone(template),
    id: `programme-${index}`,
    sites: template.sites.map((site) => ({ ...site, id: `${site.id}-${index}` })),
    events: template.events.map((event) => ({ ...event, id: `${event.id}-${index}` })),
  }));
  return {
    ...base,
    programmes,
    keyFigures: base.keyFigures.filter((figure) => !figure.programmeId),
    notes: [],
  };
}

function time(run, minimumMs = 1500) {
  let runs = 0;
  const start = performance.now();
  do {
    run();
    runs += 1;
  } while (performance.now() - start < minimumMs);
  return (performance.now() - start) / runs;
}

const ms = (value) => `${value.toFixed(1)} ms`;
const ratio = (value) => `${value.toFixed(2)}×`;

// 1. Validation throughput: validateReport (schema + cross-field rules) against ajv compiled
//    from the generated JSON Schema, on the same 10,000-programme report.
const big = syntheticReport(10_000);
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addFormat("uri", /^https?:\/\/\S+$/);
const ajvValidate = ajv.compile(schema);
if (!ajvValidate(big))
  throw new Error(`ajv rejects the synthetic report: ${ajv.errorsText(ajvValidate.errors)}`);
const ours = validateReport(big);
if (!ours.ok)
  throw new Error(
    `validateReport rejects the synthetic report: ${JSON.stringify(ours.issues.slice(0, 3))}`,
  );
const size = JSON.stringify(big).length;
const ajvMs = time(() => ajvValidate(big));
const oursMs = time(() => validateReport(big));
console.log(
  `Validation of a report with 10,000 programmes (${(size / 1e6).toFixed(1)} MB of JSON)`,
);
console.log(`  baseline ajv (compiled JSON Schema)   ${ms(ajvMs)} per report`);
console.log(`  validateReport (schema + rules)       ${ms(oursMs)} per report`);
const validationRatio = ajvMs / oursMs;
const verdict = (met) => (met ? "goal met" : "GOAL NOT MET");
console.log(
  `  throughput ratio (ours / ajv)         ${ratio(validationRatio)}   goal ≥ 0.50×: ${verdict(validationRatio >= 0.5)}`,
);

// 2. XLSX round trip of a ~13 MB report (the first size past 10 MB in steps of 500 programmes),
//    beside JSON.stringify + JSON.parse of the same report. The goal is judged on the CPU time
//    the process spends (the median of three round trips): on a 2-core CI machine that runs
//    several benchmarks at once, wall time mostly measures the others.
let count = 1_000;
while (JSON.stringify(syntheticReport(count)).length < 10e6) count += 500;
const tenMb = syntheticReport(count);
const tenMbSize = JSON.stringify(tenMb).length;
const cpuNow = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** CPU and wall milliseconds of each step, median of `runs` runs. */
async function measure(steps, runs = 3) {
  const samples = steps.map(() => ({ cpu: [], wall: [] }));
  for (let run = 0; run < runs; run += 1) {
    let value;
    for (const [index, step] of steps.entries()) {
      const cpu = cpuNow();
      const wall = performance.now();
      value = await step(value);
      samples[index].cpu.push(cpuNow() - cpu);
      samples[index].wall.push(performance.now() - wall);
    }
  }
  return samples.map(({ cpu, wall }) => ({ cpu: median(cpu), wall: median(wall) }));
}
const [json] = await measure([() => JSON.parse(JSON.stringify(tenMb))], 5);
let bytes;
const [write, read] = await measure([
  async () => (bytes = await sheetsToXlsx(toSheets(tenMb))),
  async (written) => {
    const back = fromSheets(await xlsxToSheets(written));
    if (!back.ok) throw new Error("the round trip lost the report");
  },
]);
const roundTrip = { cpu: write.cpu + read.cpu, wall: write.wall + read.wall };
const both = ({ cpu, wall }) => `${ms(cpu)} CPU (${ms(wall)} wall)`;
console.log(
  `\nXLSX round trip of a ${(tenMbSize / 1e6).toFixed(1)} MB report (${count} programmes, workbook ${(bytes.length / 1e6).toFixed(1)} MB), median of 3`,
);
console.log(`  baseline JSON.stringify + JSON.parse  ${both(json)}`);
console.log(`  toSheets + XLSX write                 ${both(write)}`);
console.log(`  XLSX read + fromSheets (validated)    ${both(read)}`);
const roundTripMet = roundTrip.cpu <= 2000;
console.log(
  `  round trip                            ${both(roundTrip)} = ${ratio(roundTrip.cpu / json.cpu)} the baseline   goal ≤ 2000 ms CPU: ${verdict(roundTripMet)}`,
);
console.log(
  `\n${validationRatio >= 0.5 && roundTripMet ? "Both goals met." : "At least one goal not met."}`,
);
