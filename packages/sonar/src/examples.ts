// Example answers for the innovation edition, shared by tests, the catalogue's stories and docs
// (one set of examples, not a copy per consumer). `examples/answers.json` is the same answers as
// a file for the CLI: `communs-sonar score innovation examples/answers.json`.
import answersFile from "../examples/answers.json";
import twoByTwoFile from "../examples/two-by-two.json";
import { scoreAnswers, type SonarResult } from "./scoring";
import type { Answers, SonarDefinition } from "./types";

/** A manager who leans towards the human and social sciences, at the test stage. */
export const exampleAnswers: Answers = answersFile.answers;

/**
 * Answers that favour no axis clearly (a slight lean to one): the result is the hybrid style with
 * a "balanced" verdict. (At the exact centre, every style is as near: a "tie".)
 */
export const balancedAnswers: Answers = {
  "first-reflex": "benchmark",
  risk: 4,
  "digital-place": 3,
  "users-voice": 3,
};

/**
 * A third-party model, as its authors would write it in JSON (`examples/two-by-two.json`): two
 * independent axes (openness, testing) and four styles in the four quadrants, no stages, styles
 * chosen by thresholds. High on both axes is the "co-design" corner, low on both "steward".
 */
export const twoByTwo = twoByTwoFile as unknown as SonarDefinition;

/** A seeded generator, so that a generated team is the same on every run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

/**
 * Answers of `count` respondents who lean, more or less, towards one axis each (in turn), with
 * about one question in ten skipped, and their results: a team for aggregation demos and tests.
 */
export function generatedTeam(
  definition: SonarDefinition,
  count: number,
  seed = 27,
): { answers: Answers[]; results: SonarResult[] } {
  const next = random(seed);
  const answers: Answers[] = [];
  for (let index = 0; index < count; index++) {
    const lean = definition.axes[index % definition.axes.length]!.id;
    const respondent: Answers = {};
    for (const question of definition.questions) {
      if (next() < 0.1) continue;
      if (question.kind === "scale") {
        const leaning = (question.weights[lean] ?? 0) > 0;
        respondent[question.id] =
          leaning && next() < 0.7
            ? question.max - Math.floor(next() * 2)
            : question.min + Math.floor(next() * (question.max - question.min + 1));
        continue;
      }
      const ids = question.options.map((option) => option.id);
      const favourite = question.options.find((option) => (option.weights?.[lean] ?? 0) > 0)?.id;
      const pick = favourite && next() < 0.6 ? favourite : ids[Math.floor(next() * ids.length)]!;
      if (question.kind === "single") respondent[question.id] = pick;
      else if (question.kind === "multiple") respondent[question.id] = [pick];
      else respondent[question.id] = [pick, ...ids.filter((id) => id !== pick)];
    }
    answers.push(respondent);
  }
  return { answers, results: answers.map((respondent) => scoreAnswers(definition, respondent)) };
}
