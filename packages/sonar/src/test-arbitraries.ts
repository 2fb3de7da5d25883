// Test helpers (not exported): fast-check arbitraries for answers to any definition.
import fc from "fast-check";
import type { Answers, AnswerValue, Question, SonarDefinition } from "./types";

export function answerArbitrary(question: Question): fc.Arbitrary<AnswerValue | null | undefined> {
  let value: fc.Arbitrary<AnswerValue>;
  if (question.kind === "scale") value = fc.integer({ min: question.min, max: question.max });
  else {
    const ids = question.options.map((option) => option.id);
    if (question.kind === "single") value = fc.constantFrom(...ids);
    else if (question.kind === "multiple")
      value = fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: question.max });
    else value = fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length });
  }
  return fc.oneof(
    { arbitrary: value, weight: 6 },
    { arbitrary: fc.constant(null), weight: 1 },
    { arbitrary: fc.constant(undefined), weight: 1 },
  );
}

export function answersArbitrary(definition: SonarDefinition): fc.Arbitrary<Answers> {
  const entries = Object.fromEntries(
    definition.questions.map((question) => [question.id, answerArbitrary(question)]),
  );
  return fc.record(entries).map((record) => {
    const answers: Answers = {};
    for (const [id, value] of Object.entries(record)) if (value !== undefined) answers[id] = value;
    return answers;
  });
}
