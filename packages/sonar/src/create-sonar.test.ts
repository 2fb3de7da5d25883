import { describe, expect, it, vi } from "vitest";
import { createSonar } from "./create-sonar";
import { innovation } from "./editions/innovation";

describe("createSonar", () => {
  it("walks the questions one at a time, with back, skip and reset", () => {
    const sonar = createSonar(innovation);
    expect(sonar.getState()).toMatchObject({ current: "role", position: 0, complete: false });
    expect(sonar.answer("manager")).toEqual({ ok: true });
    expect(sonar.getState().current).toBe("first-reflex");
    sonar.skip();
    expect(sonar.getState()).toMatchObject({
      current: "inspiration",
      history: ["role", "first-reflex"],
    });
    expect(sonar.getState().answers["first-reflex"]).toBeNull();
    sonar.back();
    expect(sonar.getState().current).toBe("first-reflex");
    sonar.back();
    expect(sonar.getState().current).toBe("role");
    // Going back keeps the answer for editing.
    expect(sonar.getState().answers.role).toBe("manager");
    sonar.back();
    expect(sonar.getState().current).toBe("role");
    sonar.reset();
    expect(sonar.getState()).toMatchObject({ current: "role", answers: {}, history: [] });
  });

  it("shows conditional questions only when their condition holds", () => {
    const elected = createSonar(innovation, { answers: { role: "elected" } });
    expect(elected.getState().visible).toContain("commission");
    expect(elected.getState().visible).not.toContain("free-day");
    const agent = createSonar(innovation, { answers: { role: "agent" } });
    expect(agent.getState().visible).toContain("free-day");
    expect(agent.getState().visible).not.toContain("commission");
  });

  it("refuses invalid answers with a code and keeps the state", () => {
    const sonar = createSonar(innovation, { answers: { role: "agent", "first-reflex": "data" } });
    expect(sonar.getState().current).toBe("inspiration");
    expect(sonar.answer(["startups", "design", "peers"])).toEqual({
      ok: false,
      error: { code: "too-many-choices", params: { question: "inspiration", max: 2 } },
    });
    expect(sonar.answer("nope", "role")).toMatchObject({
      ok: false,
      error: { code: "unknown-option" },
    });
    expect(sonar.answer(9, "risk")).toMatchObject({ ok: false, error: { code: "out-of-scale" } });
    expect(sonar.answer(["speed"], "priorities")).toMatchObject({
      ok: false,
      error: { code: "incomplete-ranking" },
    });
    expect(sonar.getState().current).toBe("inspiration");
  });

  it("resumes at the first unanswered question and drops answers that do not fit", () => {
    const sonar = createSonar(innovation, {
      answers: { role: "agent", "first-reflex": "bogus", risk: 3 },
    });
    expect(sonar.getState().answers).toEqual({ role: "agent", risk: 3 });
    expect(sonar.getState().current).toBe("first-reflex");
  });

  it("notifies subscribers until they unsubscribe", () => {
    const sonar = createSonar(innovation);
    const listener = vi.fn();
    const unsubscribe = sonar.subscribe(listener);
    sonar.answer("agent");
    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ current: "first-reflex" }));
    unsubscribe();
    sonar.skip();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("completes after the last visible question and gives a result", () => {
    const sonar = createSonar(innovation);
    while (!sonar.getState().complete) sonar.skip();
    expect(sonar.getState().position).toBe(sonar.getState().visible.length);
    const result = sonar.getResult();
    expect(result.answered).toBe(0);
    expect(result.style.verdict).toBe("not-enough-answers");
  });
});
