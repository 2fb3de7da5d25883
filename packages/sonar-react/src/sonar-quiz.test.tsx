import { decodeShareCode, encodeShareCode } from "@communs/sonar";
import { innovation } from "@communs/sonar/editions/innovation";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SonarQuiz } from "./sonar-quiz";

async function expectNoAxeViolations(container: HTMLElement) {
  const results = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
  expect(
    results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`,
    ),
  ).toEqual([]);
}

afterEach(() => localStorage.clear());

describe("SonarQuiz", () => {
  it("is driven with the keyboard alone: choose, next, back, skip", async () => {
    const user = userEvent.setup();
    render(<SonarQuiz definition={innovation} locale="en" shareCode={null} />);
    expect(screen.getByText(/^Question 1 of \d+$/)).toBeInTheDocument();
    // Tab into the first radio group, choose with the arrow keys, submit with Enter on "Next".
    await user.tab();
    expect(screen.getByRole("radio", { name: "Front-line officer" })).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("radio", { name: "Manager" })).toBeChecked();
    await user.tab(); // Back is disabled on the first question, so Skip comes next.
    await user.tab();
    expect(screen.getByRole("button", { name: "Next" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(
      screen.getByRole("heading", { name: /keeps running into the same problem/ }),
    ).toHaveFocus();
    expect(screen.getByText(/^Question 2 of \d+$/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(screen.getByRole("radio", { name: "Manager" })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.click(screen.getByRole("button", { name: "Skip this question" }));
    expect(screen.getByText(/^Question 3 of \d+$/)).toBeInTheDocument();
  });

  it("announces errors: nothing chosen, too many choices", async () => {
    const user = userEvent.setup();
    render(
      <SonarQuiz
        definition={innovation}
        locale="en"
        shareCode={null}
        initialAnswers={{ role: "agent", "first-reflex": "data" }}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Choose an answer, or skip the question.");
    await user.click(screen.getByRole("checkbox", { name: "Start-ups and intrapreneurship" }));
    await user.click(screen.getByRole("checkbox", { name: "Civic tech and open data" }));
    await user.click(screen.getByRole("checkbox", { name: "Exchanges between peers" }));
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByRole("alert")).toHaveTextContent("You chose too many answers: 2 at most.");
    expect(screen.getByRole("group", { name: /Which sources inspire you most/ })).toHaveAttribute(
      "aria-invalid",
      "true",
    );
  });

  it("ranks with move buttons and announces the new position", async () => {
    const user = userEvent.setup();
    const answers = {
      role: "agent",
      "first-reflex": "data",
      inspiration: ["design"],
      risk: 3,
      "digital-place": 3,
      "users-voice": 3,
    };
    render(
      <SonarQuiz definition={innovation} locale="en" shareCode={null} initialAnswers={answers} />,
    );
    await user.click(
      screen.getByRole("button", { name: "Move “Understanding lived situations in depth” up" }),
    );
    expect(
      screen.getByText("“Understanding lived situations in depth” is now in position 2."),
    ).toBeInTheDocument();
    const items = within(screen.getByRole("list")).getAllByRole("listitem");
    expect(items[1]).toHaveTextContent("Understanding lived situations in depth");
  });

  it("shows the result at the end, with a share link that decodes to the same answers", async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    render(
      <SonarQuiz
        definition={innovation}
        locale="fr"
        shareCode={null}
        onComplete={onComplete}
        shareUrl={(code) => `https://example.org/?sonar=${code}`}
      />,
    );
    await user.click(screen.getByRole("radio", { name: "Élue ou élu" }));
    await user.click(screen.getByRole("button", { name: "Suivant" }));
    while (!screen.queryByRole("heading", { name: "Votre résultat" })) {
      await user.click(screen.getByRole("button", { name: "Passer cette question" }));
    }
    expect(onComplete).toHaveBeenCalledTimes(1);
    const link = (screen.getByLabelText(/Lien de partage/) as HTMLInputElement).value;
    const decoded = decodeShareCode(innovation, new URL(link).searchParams.get("sonar")!);
    expect(decoded.ok && decoded.answers.role).toBe("elected");
    expect(screen.getByRole("link", { name: "Exporter en JSON" })).toHaveAttribute(
      "download",
      "sonar-innovation.json",
    );
    await user.click(screen.getByRole("button", { name: "Recommencer" }));
    expect(screen.getByText(/^Question 1 sur \d+$/)).toBeInTheDocument();
  });

  it("opens a shared result from its code, and explains a code it cannot read", () => {
    const code = encodeShareCode(innovation, { risk: 5, "self-place": "self-impact" });
    const { unmount } = render(
      <SonarQuiz definition={innovation} locale="en" shareCode={code} initialAnswers={{}} />,
    );
    // The code holds answers but the quiz resumes at the first unanswered question.
    expect(screen.getByText(/Question 1 of/)).toBeInTheDocument();
    unmount();
    render(
      <SonarQuiz definition={innovation} locale="en" shareCode="innovation~1.0.0~AAAA~000000" />,
    );
    expect(screen.getByRole("alert")).toHaveTextContent(
      "The share link could not be read: the code was changed or badly copied.",
    );
  });

  it("resumes from local storage", async () => {
    const user = userEvent.setup();
    const { unmount } = render(
      <SonarQuiz definition={innovation} locale="en" shareCode={null} storageKey="sonar-test" />,
    );
    await user.click(screen.getByRole("radio", { name: "Manager" }));
    await user.click(screen.getByRole("button", { name: "Next" }));
    unmount();
    render(
      <SonarQuiz definition={innovation} locale="en" shareCode={null} storageKey="sonar-test" />,
    );
    expect(screen.getByText("Your previous answers were restored.")).toBeInTheDocument();
    expect(screen.getByText(/^Question 2 of \d+$/)).toBeInTheDocument();
  });

  it("has no axe violations, step by step and all at once", async () => {
    const { container, unmount } = render(
      <SonarQuiz definition={innovation} locale="fr" shareCode={null} />,
    );
    await expectNoAxeViolations(container);
    unmount();
    const all = render(
      <SonarQuiz definition={innovation} locale="fr" shareCode={null} mode="all" />,
    );
    await expectNoAxeViolations(all.container);
  });
});
