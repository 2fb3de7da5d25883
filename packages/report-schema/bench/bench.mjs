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

// 2. XLSX round trip of a ~13 MB report (the first size past 10 MB in steps of 500 programmes), beside JSON.stringify + JSON.parse of the same report.
let count = 1_000;
while (JSON.stringify(syntheticReport(count)).length < 10e6) count += 500;
const tenMb = syntheticReport(count);
const tenMbSize = JSON.stringify(tenMb).length;
const jsonMs = time(() => JSON.parse(JSON.stringify(tenMb)), 500);
const start = performance.now();
const bytes = await sheetsToXlsx(toSheets(tenMb));
const written = performance.now();
const back = fromSheets(await xlsxToSheets(bytes));
const roundTripMs = performance.now() - start;
if (!back.ok) throw new Error("the round trip lost the report");
console.log(
  `\nXLSX round trip of a ${(tenMbSize / 1e6).toFixed(1)} MB report (${count} programmes, workbook ${(bytes.length / 1e6).toFixed(1)} MB)`,
);
console.log(`  baseline JSON.stringify + JSON.parse  ${ms(jsonMs)}`);
console.log(`  toSheets + XLSX write                 ${ms(written - start)}`);
console.log(`  XLSX read + fromSheets (validated)    ${ms(roundTripMs - (written - start))}`);
console.log(
  `  round trip                            ${ms(roundTripMs)} = ${ratio(roundTripMs / jsonMs)} the baseline   goal ≤ 2000 ms: ${verdict(roundTripMs <= 2000)}`,
);
console.log(
  `\n${validationRatio >= 0.5 && roundTripMs <= 2000 ? "Both goals met." : "At least one goal not met."}`,
);
