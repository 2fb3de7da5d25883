import { describe, expect, it } from "vitest";
import { validateDefinition } from "./validate-definition";
import { innovation } from "./editions/innovation";
import { balancedAnswers, exampleAnswers, generatedTeam } from "./examples";
import { checkAnswer, scoreAnswers } from "./scoring";

describe("the shared examples", () => {
  it("answer questions that exist, with valid answers", () => {
    expect(validateDefinition(innovation).ok).toBe(true);
    for (const [id, value] of Object.entries({ ...exampleAnswers, ...balancedAnswers })) {
      const question = innovation.questions.find((candidate) => candidate.id === id);
      expect(question, id).toBeDefined();
      expect(checkAnswer(question!, value!), id).toBeNull();
    }
  });

  it("give the results the stories and docs describe", () => {
    const example = scoreAnswers(innovation, exampleAnswers);
    expect(example.style.style).toBe("human-sciences");
    expect(example.stage.stage).toBe("test");
    expect(scoreAnswers(innovation, balancedAnswers).style.verdict).toBe("balanced");
  });

  it("generate the same valid team for a seed, and another for another seed", () => {
    const team = generatedTeam(innovation, 12);
    expect(team.results).toHaveLength(12);
    expect(generatedTeam(innovation, 12)).toEqual(team);
    expect(generatedTeam(innovation, 12, 28).answers).not.toEqual(team.answers);
    for (const respondent of team.answers)
      for (const [id, value] of Object.entries(respondent)) {
        const question = innovation.questions.find((candidate) => candidate.id === id)!;
        expect(checkAnswer(question, value!)).toBeNull();
      }
  });
});
