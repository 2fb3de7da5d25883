// `npm run bench`: Sonar against SurveyJS (survey-core, MIT, a benchmark-only dev dependency),
// measured in the same run. Prints each figure beside its baseline, as a ratio.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import { build } from "esbuild";
import fc from "fast-check";
import { Model, Serializer } from "survey-core";
import { aggregate, parseCondition, scoreAnswers } from "../dist/index.js";
import { innovation } from "../dist/editions/innovation.js";

function surveyCoreVersion() {
  let directory = path.dirname(fileURLToPath(import.meta.resolve("survey-core")));
  while (!existsSync(path.join(directory, "package.json"))) directory = path.dirname(directory);
  return JSON.parse(readFileSync(path.join(directory, "package.json"), "utf8")).version;
}

const ratio = (value, baseline) => `${(value / baseline).toFixed(2)}×`;
const row = (label, ours, theirs, unit) =>
  console.log(
    `${label.padEnd(44)} ${ours.padStart(12)} ${unit}   baseline ${theirs.padStart(12)} ${unit}   ratio ${ratio(Number(ours), Number(theirs))}`,
  );

// 1. Size: each bundled, minified and gzipped the same way (esbuild, gzip -9), from the same kind of import.
async function gzipOf(contents) {
  const result = await build({
    stdin: { contents, resolveDir: new URL(".", import.meta.url).pathname, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length / 1024;
}
const oursSize = await gzipOf(
  `export { createSonar, scoreAnswers, aggregate, encodeShareCode, decodeShareCode } from "../dist/index.js";`,
);
const theirsSize = await gzipOf(`export { Model } from "survey-core";`);

// 2. Scoring 10,000 responses to the same questionnaire (the innovation edition).
// SurveyJS has no weighted multi-axis scoring: the usual workaround is a custom `weights`
// property on choices, summed by hand over the model's visible questions.
Serializer.addProperty("itemvalue", { name: "weights:object" });
Serializer.addProperty("question", { name: "weights:object" });
// Our conditions, written in SurveyJS's expression syntax.
function toSurveyJs(condition) {
  if (condition.type === "and" || condition.type === "or")
    return `(${toSurveyJs(condition.left)} ${condition.type} ${toSurveyJs(condition.right)})`;
  if (condition.type === "not") return `!(${toSurveyJs(condition.operand)})`;
  if (condition.type === "answered") return `{${condition.question}} notempty`;
  const value = typeof condition.value === "string" ? `'${condition.value}'` : condition.value;
  return `{${condition.question}} ${condition.op === "includes" ? "contains" : condition.op} ${value}`;
}
const surveyJson = {
  elements: innovation.questions.map((question) => {
    const base = { name: question.id, title: question.prompt.fr };
    if (question.when) base.visibleIf = toSurveyJs(parseCondition(question.when).condition);
    const choices = (question.options ?? []).map((option) => ({
      value: option.id,
      text: option.label.fr,
      weights: option.weights ?? {},
    }));
    if (question.kind === "single") return { ...base, type: "radiogroup", choices };
    if (question.kind === "multiple")
      return { ...base, type: "checkbox", choices, maxSelectedChoices: question.max };
    if (question.kind === "ranking") return { ...base, type: "ranking", choices };
    return {
      ...base,
      type: "rating",
      rateMin: question.min,
      rateMax: question.max,
      weights: question.weights,
    };
  }),
};
const responses = fc.sample(
  fc.record(
    Object.fromEntries(
      innovation.questions.map((question) => {
        if (question.kind === "scale")
          return [question.id, fc.integer({ min: question.min, max: question.max })];
        const ids = question.options.map((option) => option.id);
        if (question.kind === "single") return [question.id, fc.constantFrom(...ids)];
        if (question.kind === "multiple")
          return [
            question.id,
            fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: question.max }),
          ];
        return [
          question.id,
          fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length }),
        ];
      }),
    ),
  ),
  { numRuns: 10_000, seed: 42 },
);

function scoreWithSurveyJs(model, answers) {
  // The data setter replaces every value (clear() is far slower and changes nothing here).
  model.data = answers;
  const totals = {};
  for (const question of model.getAllQuestions(true)) {
    const value = question.value;
    if (value === undefined) continue;
    if (question.getType() === "rating") {
      const ratio = (value - question.rateMin) / (question.rateMax - question.rateMin);
      for (const [axis, weight] of Object.entries(question.weights ?? {}))
        totals[axis] = (totals[axis] ?? 0) + weight * ratio;
      continue;
    }
    const chosen = Array.isArray(value) ? value : [value];
    const steps = Math.max(1, question.choices.length - 1);
    chosen.forEach((id, position) => {
      const choice = question.choices.find((item) => item.value === id);
      const factor = question.getType() === "ranking" ? (steps - position) / steps : 1;
      for (const [axis, weight] of Object.entries(choice?.weights ?? {}))
        totals[axis] = (totals[axis] ?? 0) + weight * factor;
    });
  }
  return totals;
}

function time(run, repeat = 3) {
  let best = Infinity;
  for (let attempt = 0; attempt < repeat; attempt++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
const model = new Model(surveyJson);
// Warm up both.
for (const answers of responses.slice(0, 100)) {
  scoreAnswers(innovation, answers);
  scoreWithSurveyJs(model, answers);
}
const oursScore = time(() => {
  for (const answers of responses) scoreAnswers(innovation, answers);
});
// SurveyJS takes tens of seconds per thousand responses here: it is timed on the first
// 1,000 responses and scaled to 10,000 (the script says so when it prints).
const SURVEYJS_SAMPLE = 1_000;
const theirsScore =
  time(() => {
    for (const answers of responses.slice(0, SURVEYJS_SAMPLE)) scoreWithSurveyJs(model, answers);
  }, 1) *
  (responses.length / SURVEYJS_SAMPLE);

// 3. Aggregating 100,000 results (goal ≤ 100 ms), against a plain two-pass aggregation.
const results = [];
for (let index = 0; results.length < 100_000; index++)
  results.push(scoreAnswers(innovation, responses[index % responses.length]));
function naiveAggregate(list) {
  const axes = list[0].axes.map((axis) => axis.axis);
  const summary = {};
  for (const axis of axes) {
    const values = list.map((result) => result.axes.find((entry) => entry.axis === axis).score);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const spread = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    summary[axis] = { mean, spread, min: Math.min(...values), max: Math.max(...values) };
  }
  const styles = {};
  const stages = {};
  for (const result of list) {
    styles[result.style.style] = (styles[result.style.style] ?? 0) + 1;
    stages[result.stage.stage] = (stages[result.stage.stage] ?? 0) + 1;
  }
  return { summary, styles, stages };
}
aggregate(results);
naiveAggregate(results);
const oursAggregate = time(() => aggregate(results), 5);
const naive = time(() => naiveAggregate(results), 5);

console.log(
  `Sonar ${innovation.edition.id} edition, ${innovation.questions.length} questions; survey-core ${surveyCoreVersion()}\n`,
);
row("Engine size, min+gzip (vs survey-core)", oursSize.toFixed(2), theirsSize.toFixed(2), "kB");
row("Score 10,000 responses (vs SurveyJS*)", oursScore.toFixed(1), theirsScore.toFixed(1), "ms");
row("Aggregate 100,000 results (vs 100 ms goal)", oursAggregate.toFixed(1), "100.0", "ms");
row(
  "Aggregate 100,000 results (vs naive two-pass)",
  oursAggregate.toFixed(1),
  naive.toFixed(1),
  "ms",
);
console.log(`\nAggregation goal ≤ 100 ms: ${oursAggregate <= 100 ? "met" : "NOT met"}.`);
console.log(
  `* SurveyJS timed on ${SURVEYJS_SAMPLE.toLocaleString("en")} responses with one reused model, scaled ×${responses.length / SURVEYJS_SAMPLE}.`,
);
console.log(
  "SurveyJS scores only right/wrong answers natively; its weighted scoring above is the usual hand-written workaround.",
);
