import { describe, expect, it } from "vitest";
import { buildCheckReport } from "./demineur-report";
import type { AnswerT } from "./schemas-demineur";

const answer = (n: number, patch: Partial<AnswerT>): AnswerT => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  checkId: "00000000-0000-4000-8000-000000000100",
  author: { mode: "named", displayName: `Agent ${n}`, teamName: null },
  service: "voirie",
  existsAlready: { answer: "no", where: "" },
  groundToday: "",
  failureRisks: [],
  wouldUse: { answer: "yes", frequency: "weekly" },
  questions: [],
  mine: false,
  supportCount: 0,
  supportedByMe: false,
  commentCount: 0,
  createdAt: "2026-12-01T10:00:00.000Z",
  updatedAt: "2026-12-01T10:00:00.000Z",
  ...patch,
});

const question = { id: "00000000-0000-4000-8000-000000000200", text: "Le samedi ?" };
const anonymous = answer(2, {
  author: { mode: "anonymous", displayName: null, teamName: null },
  service: null,
  existsAlready: { answer: "yes", where: "Le tableur de l’accueil" },
  groundToday: "On note tout sur papier.",
  failureRisks: [{ category: "adoption", text: "Personne ne le saura." }],
  questions: [{ questionId: question.id, answer: "Oui, le matin." }],
});
const named = answer(1, {
  groundToday: "   ",
  existsAlready: { answer: "unsure", where: " " },
  questions: [{ questionId: question.id, answer: "" }],
});

const report = (locale: "fr" | "en", countedService?: (a: AnswerT) => string | null) =>
  buildCheckReport({
    check: { questions: [question], decision: null },
    answers: [named, anonymous],
    countedService,
    serviceLabel: (slug) => ({ voirie: "Voirie", accueil: "Accueil" })[slug],
    locale,
    now: new Date("2026-12-02T08:00:00Z"),
  });

describe("buildCheckReport", () => {
  it("counts an anonymous answer where the caller says, and quotes it without name or service", () => {
    const counted = report("fr", (a) => (a.id === anonymous.id ? "accueil" : a.service));
    expect(counted.byService).toEqual([
      { service: "accueil", label: "Accueil", count: 1 },
      { service: "voirie", label: "Voirie", count: 1 },
    ]);
    expect(report("fr").byService.map((row) => row.label)).toEqual(["Sans service", "Voirie"]);
    for (const quoted of [...counted.groundToday, ...counted.existing, ...counted.risks[0]!.items])
      expect(quoted).toMatchObject({ author: { displayName: null }, service: null });
  });

  it("leaves out blank texts and tallies every kind of answer in its fixed order", () => {
    const fr = report("fr");
    expect(fr.existing.map((q) => q.text)).toEqual(["Le tableur de l’accueil"]);
    expect(fr.groundToday.map((q) => q.text)).toEqual(["On note tout sur papier."]);
    expect(fr.questions[0]!.answers.map((q) => q.text)).toEqual(["Oui, le matin."]);
    expect(fr.existsAlready).toEqual([
      { answer: "yes", label: "Oui", count: 1 },
      { answer: "no", label: "Non", count: 0 },
      { answer: "unsure", label: "Ne sait pas", count: 1 },
    ]);
    expect(fr.risks.map((group) => group.label)).toEqual(["Adoption"]);
    expect(report("en").frequency.find((row) => row.frequency === "weekly")).toEqual({
      frequency: "weekly",
      label: "Weekly",
      count: 2,
    });
  });
});
