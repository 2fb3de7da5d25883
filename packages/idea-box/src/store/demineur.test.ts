import { describe, expect, it } from "vitest";
import { createMockDemineurStore, makeMockChecks, type MockDemineurRole } from "../testing";
import { answersKey, checkKey, checksKey, demineurOf, reportKey } from "./demineur";
import {
  draftFromAnswer,
  emptyAnswerDraft,
  parisDay,
  validateAnswer,
  validateCheck,
} from "./demineur-validate";

const sample = makeMockChecks();
const open = sample.checks[0]!;
const decided = sample.checks[1]!;

function setup(role: MockDemineurRole = "lead") {
  const { server, store } = createMockDemineurStore({ role });
  return { server, store, demineur: demineurOf(store) };
}

const answer = {
  authorship: { mode: "anonymous" as const },
  existsAlready: { answer: "unsure" as const, where: "" },
  groundToday: "Nous notons tout sur papier.",
  failureRisks: [{ category: "adoption" as const, text: "Personne ne l’ouvrira." }],
  wouldUse: { answer: "maybe" as const, frequency: "weekly" as const },
  questions: [],
};

describe("Démineur store", () => {
  it("is one per idea box store", () => {
    const { store, demineur } = setup();
    expect(demineurOf(store)).toBe(demineur);
  });

  it("opens a check once, caches it and marks the lists stale", async () => {
    const { server, store, demineur } = setup();
    await demineur.fetchChecks();
    store.drafts.save("new-check", { title: "brouillon" });
    const input = {
      title: "Un outil de suivi des courriers",
      problem: "Les courriers se perdent entre les services.",
      decisionDate: "2099-03-01",
      questions: ["Combien de courriers par jour ?"],
    };
    const [first, second] = await Promise.all([
      demineur.openCheck(input),
      demineur.openCheck(input),
    ]);
    expect(first.ok).toBe(true);
    expect(!second.ok && second.problem.code).toBe("conflict");
    expect(server.calls.filter((call) => call.name === "createCheck")).toHaveLength(1);
    const id = first.ok ? first.value.id : "";
    expect(store.query(checkKey(id)).data?.questions[0]?.text).toBe(
      "Combien de courriers par jour ?",
    );
    expect(store.query(checksKey()).stale).toBe(true);
    expect(store.drafts.load("new-check")).toBeNull();
  });

  it("keeps the draft and reports the field when the server refuses a check", async () => {
    const { store, demineur } = setup();
    store.drafts.save("new-check", { title: "brouillon" });
    const outcome = await demineur.openCheck({
      title: "Un outil",
      problem: "Les courriers se perdent.",
      decisionDate: "2000-01-01",
    });
    expect(!outcome.ok && outcome.problem.errors?.[0]?.pointer).toBe("/body/decisionDate");
    expect(store.drafts.load("new-check")).toEqual({ title: "brouillon" });
  });

  it("is refused to an agent who is not a project lead", async () => {
    const { demineur } = setup("agent");
    const outcome = await demineur.openCheck({
      title: "Un outil de suivi",
      problem: "Les courriers se perdent.",
      decisionDate: "2099-01-01",
    });
    expect(!outcome.ok && outcome.problem.code).toBe("forbidden");
  });

  it("records my answer once per check: the count moves once, a change replaces it", async () => {
    const { store, demineur } = setup("agent");
    await demineur.fetchCheck(open.id);
    await demineur.fetchAnswers(open.id);
    await demineur.fetchReport(open.id, "fr");
    const before = store.query(checkKey(open.id)).data!.answerCount;
    const first = await demineur.answer(open.id, answer);
    expect(first.ok && first.value.author).toEqual({
      mode: "anonymous",
      displayName: null,
      teamName: null,
    });
    expect(store.query(checkKey(open.id)).data?.answerCount).toBe(before + 1);
    expect(store.query(reportKey(open.id, "fr")).stale).toBe(true);
    const second = await demineur.answer(open.id, { ...answer, groundToday: "Autre chose." });
    expect(second.ok && first.ok && second.value.id).toBe(first.ok && first.value.id);
    expect(store.query(checkKey(open.id)).data?.answerCount).toBe(before + 1);
    const mine = store.query(answersKey(open.id)).data!.items.filter((item) => item.mine);
    expect(mine.map((item) => item.groundToday)).toEqual(["Autre chose."]);
  });

  it("refuses an answer to a decided check with the server's conflict", async () => {
    const { demineur } = setup("agent");
    const outcome = await demineur.answer(decided.id, answer);
    expect(!outcome.ok && outcome.problem.code).toBe("conflict");
  });

  it("supports an answer at once and rolls back when the server cannot be reached", async () => {
    const { server, store, demineur } = setup("agent");
    const list = await demineur.fetchAnswers(open.id);
    const target = list.ok ? list.value.items[0]! : undefined;
    const done = await demineur.toggleAnswerSupport(target!);
    expect(done.ok && done.value.supportCount).toBe(target!.supportCount + 1);
    const current = store.query(answersKey(open.id)).data!.items[0]!;
    server.setOffline(true);
    const failed = await demineur.toggleAnswerSupport(current);
    expect(failed.ok).toBe(false);
    expect(store.query(answersKey(open.id)).data!.items[0]!.supportedByMe).toBe(true);
    expect(!failed.ok && failed.offline).toBe(true);
  });

  it("refuses the decision to a lead who did not open the check", async () => {
    const { demineur } = setup("lead");
    const outcome = await demineur.decide(open.id, { verdict: "go", reason: "Allons-y." });
    expect(!outcome.ok && outcome.problem.code).toBe("forbidden");
  });

  it("records the decision: the check is decided and the report shows it after a refetch", async () => {
    const { store, demineur } = setup("moderator");
    await demineur.fetchReport(open.id, "en");
    const outcome = await demineur.decide(open.id, {
      verdict: "change",
      reason: "Keep the phone line for older people.",
    });
    expect(outcome.ok && outcome.value.state).toBe("decided");
    expect(store.query(checkKey(open.id)).data?.decision?.verdict).toBe("change");
    expect(store.query(reportKey(open.id, "en")).stale).toBe(true);
    const report = await demineur.fetchReport(open.id, "en");
    expect(report.ok && report.value.decision?.reason).toBe(
      "Keep the phone line for older people.",
    );
  });

  it("exports the report as Markdown, CSV and JSON files", async () => {
    const { demineur } = setup("agent");
    const md = await demineur.exportReport(open.id, "md", "fr");
    const csv = await demineur.exportReport(open.id, "csv", "fr");
    const json = await demineur.exportReport(open.id, "json", "en");
    expect(md.ok && md.value.text).toContain(`# ${open.title}`);
    expect(md.ok && md.value.filename).toMatch(/\.md$/);
    expect(csv.ok && csv.value.type).toMatch(/^text\/csv/);
    expect(json.ok && (JSON.parse(json.value.text) as { locale: string }).locale).toBe("en");
  });

  it("finds ideas and checks alike, with the words they share", async () => {
    const { demineur } = setup("lead");
    const outcome = await demineur.similar(
      "Rendez-vous en ligne pour l’état civil",
      "Les usagers attendent au guichet",
    );
    const item = outcome.ok ? outcome.value.items.find((i) => i.id === open.id) : undefined;
    expect(item?.kind).toBe("check");
    expect(item?.matchedTerms).toContain("guichet");
  });
});

describe("Démineur checks without zod", () => {
  const valid = {
    title: "Un outil de suivi des courriers",
    problem: "Les courriers se perdent.",
    intendedSolution: "",
    services: ["etat-civil"],
    concerned: "",
    decisionDate: "2026-12-10",
    questions: ["  Combien par jour ?  ", ""],
  };

  it("accepts a valid check, trimming texts and dropping empty questions", () => {
    const { issues, value } = validateCheck(valid, "2026-12-02");
    expect(issues).toEqual([]);
    expect(value.questions).toEqual(["Combien par jour ?"]);
  });

  it("lists every problem with the server's pointers", () => {
    const { issues } = validateCheck(
      {
        ...valid,
        title: "Non",
        decisionDate: "2026-12-02",
        services: ["Pas un slug"],
        questions: ["ab"],
      },
      "2026-12-02",
    );
    expect(issues.map((issue) => issue.pointer)).toEqual([
      "/body/title",
      "/body/services/0",
      "/body/decisionDate",
      "/body/questions/0",
    ]);
  });

  it("tells the Paris day, which differs from UTC's late in the evening", () => {
    expect(parisDay(Date.parse("2026-12-02T23:30:00Z"))).toBe("2026-12-03");
    expect(parisDay(Date.parse("2026-12-02T12:00:00Z"))).toBe("2026-12-02");
  });

  it("asks for both choices of an answer and checks the team name and the risks", () => {
    const { issues } = validateAnswer(
      {
        ...emptyAnswerDraft,
        mode: "team",
        teamName: "A",
        risks: [{ category: "cost", text: "ab" }],
      },
      open,
    );
    expect(issues.map((issue) => issue.pointer)).toEqual([
      "/body/authorship/teamName",
      "/body/existsAlready/answer",
      "/body/failureRisks/0/text",
      "/body/wouldUse/answer",
    ]);
  });

  it("makes the body the contract expects and reads an earlier answer back into a draft", () => {
    const draft = {
      ...emptyAnswerDraft,
      exists: "no",
      where: "ignored when no",
      wouldUse: "no",
      frequency: "daily",
      questions: { [open.questions[0]!.id]: " Le samedi matin " },
    };
    const { issues, value } = validateAnswer(draft, open);
    expect(issues).toEqual([]);
    expect(value).toEqual({
      authorship: { mode: "named" },
      existsAlready: { answer: "no", where: "" },
      groundToday: "",
      failureRisks: [],
      wouldUse: { answer: "no", frequency: null },
      questions: [{ questionId: open.questions[0]!.id, answer: "Le samedi matin" }],
    });
    const back = draftFromAnswer(sample.answers[1]!);
    expect(back.mode).toBe("team");
    expect(back.teamName).toBe("Équipe accueil");
    expect(validateAnswer(back, open).issues).toEqual([]);
  });
});

describe("Démineur store: the project and its idea", () => {
  it("makes an idea of a check for its lead, and refuses it to an agent", async () => {
    const refused = await setup("agent").demineur.linkIdea(open.id, {
      mode: "create",
      scope: "public-service",
    });
    expect(!refused.ok && refused.problem.code).toBe("forbidden");
    const { server, store, demineur } = setup("moderator");
    const outcome = await demineur.linkIdea(open.id, { mode: "create", scope: "public-service" });
    const ideaId = outcome.ok ? outcome.value.ideaId : null;
    expect(ideaId).not.toBeNull();
    expect(server.ideaBox.ideas.get(ideaId!)?.title).toBe(open.title);
    expect(store.query(checkKey(open.id)).data?.ideaId).toBe(ideaId);
  });
});
