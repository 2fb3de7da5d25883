// Shared story fixtures for Sonar: example answers, a generated team, a long-French-text edition.
import { scoreAnswers, type Answers, type SonarDefinition, type SonarResult } from "@communs/sonar";
import { innovation } from "@communs/sonar/editions/innovation";

export const exampleAnswers: Answers = {
  role: "manager",
  "first-reflex": "field",
  inspiration: ["design", "peers"],
  risk: 4,
  "digital-place": 2,
  "users-voice": 4,
  priorities: ["understanding", "speed", "tools"],
  "missing-skills": "inquiry",
  success: "lives",
  "free-day": "listen",
  "done-so-far": ["conferences", "first-test", "repeat"],
  obstacle: "isolated",
  methods: ["immersion", "residency", "participatory-budget"],
  keyword: "use",
  "measure-when": 4,
  partners: ["designers", "citizens"],
  "next-after-success": "rerun",
  "self-place": "self-test",
  restart: "restart-no",
};

export const balancedAnswers: Answers = {
  "first-reflex": "benchmark",
  risk: 3,
  "digital-place": 3,
  "users-voice": 3,
};

/** A seeded generator, so that the team story is the same on every build. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

/** Answers of `count` respondents who lean, more or less, towards one culture each. */
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

export const innovationTeam = generatedTeam(innovation, 30);

const long =
  " Cette phrase volontairement longue vérifie que les textes français, souvent plus longs que leurs équivalents anglais, se replient correctement sans déborder ni masquer les boutons.";

/** The innovation edition with very long French texts, to check wrapping. */
export const longTextEdition: SonarDefinition = {
  ...innovation,
  edition: { ...innovation.edition, id: "innovation-long" },
  questions: innovation.questions.map((question) => ({
    ...question,
    prompt: { ...question.prompt, fr: question.prompt.fr + long },
    ...("options" in question
      ? {
          options: question.options.map((option) => ({
            ...option,
            label: {
              ...option.label,
              fr: option.label.fr + " — avec une précision supplémentaire pour allonger l'intitulé",
            },
          })),
        }
      : {}),
  })) as SonarDefinition["questions"],
};
