import { scoreAnswers } from "@communs/sonar";
import { innovation } from "@communs/sonar/editions/innovation";
import { balancedAnswers, twoByTwo } from "@communs/sonar/examples";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { describe, expect, it, vi } from "vitest";
import { SonarResult } from "./sonar-result";
import { SonarTeam } from "./sonar-team";

const answers = {
  "first-reflex": "field",
  "users-voice": 5,
  keyword: "use",
  "self-place": "self-test",
} as const;

describe("SonarResult", () => {
  it("shows style, verdict, scores as a table, stage, next steps and pitfalls", () => {
    render(<SonarResult definition={innovation} answers={answers} locale="en" />);
    expect(
      screen.getByText("Human and social sciences", {
        selector: ".communs-sonar-result__style-name",
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/clearly leans towards this style/)).toBeInTheDocument();
    expect(
      screen.getByRole("img", { name: "Radar chart of the scores per axis" }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("rowheader", { name: "Human and social sciences" }).nextSibling,
    ).toHaveTextContent("100%");
    expect(screen.getByText("You are here").closest("li")).toHaveAttribute("aria-current", "step");
    expect(screen.getByRole("heading", { name: "Next steps" })).toBeInTheDocument();
    expect(
      screen.getByText("Stopping after a single trial without drawing lessons."),
    ).toBeInTheDocument();
  });

  it("shows a model without stages with no trajectory, and an exact tie as a tie", async () => {
    const centre = { "users-met": 3, partners: 3, pilot: 3, stop: 3 };
    const { container } = render(
      <SonarResult definition={twoByTwo} answers={centre} locale="fr" />,
    );
    expect(
      screen.getByText(
        "Votre profil est exactement à égalité entre Gestionnaire, Concertation, Laboratoire interne et Co-construction : aucun ne l'emporte, Sonar ne tranche pas.",
      ),
    ).toBeInTheDocument();
    expect(container.querySelector("[data-verdict='tie']")).not.toBeNull();
    expect(screen.queryByRole("heading", { name: /étape/i })).toBeNull();
    expect(container.querySelector(".communs-sonar-trajectory")).toBeNull();
    expect(await screen.findByText("Résultat prêt. Style : Gestionnaire.")).toBeInTheDocument();
    expect(container.textContent).not.toMatch(/Étape/);
  });

  it("shows no stage distribution in the team view of a model without stages", () => {
    const team = [
      { "users-met": 5, partners: 5, pilot: 5, stop: 5 },
      { "users-met": 1, partners: 1, pilot: 1, stop: 1 },
    ].map((answers) => scoreAnswers(twoByTwo, answers));
    render(<SonarTeam definition={twoByTwo} results={team} locale="fr" />);
    expect(screen.getByRole("table", { name: "Répartition des styles" })).toBeInTheDocument();
    expect(screen.queryByRole("table", { name: "Répartition des étapes" })).toBeNull();
  });

  it("says hybrid for a balanced profile instead of forcing a style", () => {
    render(<SonarResult definition={innovation} answers={balancedAnswers} locale="en" />);
    expect(
      screen.getByText("Hybrid", { selector: ".communs-sonar-result__style-name" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/no style stands out/)).toBeInTheDocument();
  });

  it("copies the share link and prints", async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    render(
      <SonarResult
        definition={innovation}
        answers={answers}
        locale="en"
        shareUrl={(code) => `https://example.org/#${code}`}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Copy the link" }));
    expect(writeText).toHaveBeenCalledWith(
      expect.stringMatching(/^https:\/\/example\.org\/#innovation~1\.0\.0~/),
    );
    expect(await screen.findByText("Link copied.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Print as a poster" }));
    expect(print).toHaveBeenCalled();
  });

  it("has no axe violations", async () => {
    const { container } = render(
      <SonarResult
        definition={innovation}
        answers={answers}
        result={scoreAnswers(innovation, answers)}
        locale="fr"
      />,
    );
    const results = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});

describe("SonarTeam", () => {
  it("shows the spread per axis and where the team disagrees most", () => {
    const results = [
      scoreAnswers(innovation, { risk: 1, "users-voice": 3 }),
      scoreAnswers(innovation, { risk: 5, "users-voice": 3 }),
      scoreAnswers(innovation, { risk: 3, "users-voice": 4 }),
    ];
    render(<SonarTeam definition={innovation} results={results} locale="en" />);
    expect(screen.getByText("3 respondents")).toBeInTheDocument();
    expect(
      screen.getByText(/The team disagrees most on: Entrepreneurial culture/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Mean 50% · Standard deviation 41% · From 0% to 100%/),
    ).toBeInTheDocument();
  });

  it("uses plural rules and handles an empty team", () => {
    render(<SonarTeam definition={innovation} results={[]} locale="fr" />);
    expect(screen.getByText("0 répondant")).toBeInTheDocument();
    expect(screen.getByText("Aucune réponse à agréger pour l'instant.")).toBeInTheDocument();
  });
});
