// Story fixtures for Sonar: the package's own examples (answers, a generated team), plus an
// edition with long French texts that only the catalogue needs.
import type { SonarDefinition } from "@communs/sonar";
import { innovation } from "@communs/sonar/editions/innovation";
import { generatedTeam } from "@communs/sonar/examples";

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
