import { localize } from "@communs/sonar";
import { innovation } from "@communs/sonar/editions/innovation";
import { exampleAnswers } from "@communs/sonar/examples";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useSonarQuiz, type UseSonarQuizOptions } from "./use-sonar-quiz";

afterEach(() => localStorage.clear());

/** An integrator's own markup (say, DSFR classes) over the hook: no shipped component used. */
function MyQuiz(options: UseSonarQuizOptions) {
  const quiz = useSonarQuiz(options);
  if (quiz.state.complete) return <p>Done: {quiz.api.getResult().style.style}</p>;
  const question = quiz.current!;
  const field = quiz.getQuestionProps();
  const error = quiz.errorOf(question.id);
  return (
    <form {...quiz.getFormProps()} className="fr-form">
      {quiz.shareCodeNotice && <p className="fr-alert">{quiz.shareCodeNotice.message}</p>}
      <p {...quiz.getProgressLabelProps()}>{quiz.progress.label}</p>
      <progress {...quiz.getProgressProps()} />
      <fieldset aria-describedby={field.errorId}>
        <legend>
          <h2 ref={field.headingRef} tabIndex={-1}>
            {localize(question.prompt, options.locale ?? "fr")}
          </h2>
        </legend>
        {"options" in question &&
          question.kind === "single" &&
          question.options.map((option) => (
            <label key={option.id}>
              <input
                type="radio"
                name={question.id}
                checked={field.value === option.id}
                onChange={() => field.onChange(option.id)}
              />
              {localize(option.label, options.locale ?? "fr")}
            </label>
          ))}
      </fieldset>
      {error && <p {...quiz.getErrorProps()}>{error}</p>}
      <button {...quiz.getBackButtonProps()}>Retour</button>
      <button {...quiz.getSkipButtonProps()}>Passer</button>
      <button {...quiz.getSubmitButtonProps()} />
    </form>
  );
}

describe("useSonarQuiz", () => {
  it("drives another markup: progress, required answer, next, back, skip, focus on the new step", async () => {
    const user = userEvent.setup();
    render(<MyQuiz definition={innovation} shareCode={null} />);
    expect(screen.getByText(/^Question 1 sur \d+$/)).toBeInTheDocument();
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-labelledby");
    expect(screen.getByRole("button", { name: "Retour" })).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Suivant" }));
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Choisissez une réponse, ou passez la question.",
    );
    expect(screen.getByRole("group")).toHaveAttribute(
      "aria-describedby",
      screen.getByRole("alert").id,
    );
    await user.click(screen.getByRole("radio", { name: "Encadrante ou encadrant" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Suivant" }));
    expect(screen.getByText(/^Question 2 sur/)).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2 })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Retour" }));
    expect(screen.getByRole("radio", { name: "Encadrante ou encadrant" })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Suivant" }));
    await user.click(screen.getByRole("button", { name: "Passer" }));
    expect(screen.getByText(/^Question 3 sur/)).toBeInTheDocument();
  });

  it("calls onComplete once with the result, and says when a share code is refused", async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    const allButLast = Object.fromEntries(
      Object.entries(exampleAnswers).filter(([id]) => id !== "restart"),
    );
    const { unmount } = render(
      <MyQuiz
        definition={innovation}
        locale="en"
        shareCode={null}
        initialAnswers={allButLast}
        onComplete={onComplete}
      />,
    );
    expect(screen.getByRole("button", { name: "See my result" })).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: "No, not yet" }));
    await user.click(screen.getByRole("button", { name: "See my result" }));
    expect(screen.getByText("Done: human-sciences")).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete.mock.calls[0]![0].style.style).toBe("human-sciences");
    expect(onComplete.mock.calls[0]![1]).toMatchObject({ role: "manager", restart: "restart-no" });
    unmount();
    render(<MyQuiz definition={innovation} locale="en" shareCode="innovation~9.9.9~x~y" />);
    expect(screen.getByText(/^The share link could not be read/)).toBeInTheDocument();
  });
});
