import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { IdeaBoxError } from "@communs/idea-box";
import {
  openPublicBox,
  postIdea,
  startHarness,
  type TestClient,
  type TestHarness,
} from "./test/harness";
import { answerBody, checkBody, daysFromNow } from "./test/demineur-fixtures";
import { checkState, demineurClock, startOfParisDay, todayInParis } from "./domain/demineur-rows";
import { reportLocale } from "./domain/demineur-report";
import { demoPassword, seed } from "./seed";
import { demineurDemoAccount } from "./seed-demineur";

const box = "demineur";
let h: TestHarness;
let admin: TestClient;
let lead: TestClient;
let agent: TestClient;
let other: TestClient;
let outsider: TestClient;

/** The problem an `IdeaBoxError` carries: status, code, detail and invalid fields. */
async function problemOf(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    if (error instanceof IdeaBoxError) return error;
    throw error;
  }
  throw new Error("the call succeeded");
}

const realNow = demineurClock.now;
afterEach(() => {
  demineurClock.now = realNow;
});

beforeAll(async () => {
  h = await startHarness();
  admin = await h.platformAdmin("admin@demineur.fr", "Camille Admin");
  lead = await h.person("lead@demineur.fr", "Nora Cheffe");
  agent = await h.person("agent@demineur.fr", "Yann Agent");
  other = await h.person("autre@demineur.fr", "Léa Agente");
  outsider = await h.person("dehors@demineur.fr", "Personne Dehors");
  await admin.request("createBox", {
    body: { slug: box, name: "Démineur", visibility: "members" },
  });
  await admin.request("createService", {
    params: { box },
    body: { slug: "voirie", label: "Voirie" },
  });
  await admin.request("createService", {
    params: { box },
    body: { slug: "etat-civil", label: "État civil" },
  });
  await admin.request("setMember", {
    params: { box, userId: lead.userId! },
    body: { role: "lead", service: "etat-civil" },
  });
  await admin.request("setMember", {
    params: { box, userId: agent.userId! },
    body: { role: "agent", service: "voirie" },
  });
  await admin.request("setMember", {
    params: { box, userId: other.userId! },
    body: { role: "agent", service: "etat-civil" },
  });
}, 300_000);
afterAll(() => h.close());

describe("services and the lead role", () => {
  it("lists services on the box and members with their service", async () => {
    const got = await agent.request("getBox", { params: { box } });
    expect(got.services?.map((s) => s.slug)).toEqual(["etat-civil", "voirie"]);
    const members = await admin.request("listMembers", { params: { box } });
    const leadEntry = members.items.find((m) => m.userId === lead.userId);
    expect(leadEntry).toMatchObject({ role: "lead", service: "etat-civil" });
  });

  it("keeps a member's service when setMember leaves it out, clears it with null", async () => {
    const kept = await admin.request("setMember", {
      params: { box, userId: other.userId! },
      body: { role: "agent" },
    });
    expect(kept.service).toBe("etat-civil");
    const cleared = await admin.request("setMember", {
      params: { box, userId: other.userId! },
      body: { role: "agent", service: null },
    });
    expect(cleared.service).toBeNull();
    await admin.request("setMember", {
      params: { box, userId: other.userId! },
      body: { role: "agent", service: "etat-civil" },
    });
  });

  it("refuses an unknown service and a duplicate one, saying where", async () => {
    const unknown = await problemOf(
      admin.request("setMember", {
        params: { box, userId: other.userId! },
        body: { role: "agent", service: "nulle-part" },
      }),
    );
    expect(unknown.status).toBe(422);
    expect(unknown.problem.errors?.[0]?.pointer).toBe("/body/service");
    const twice = await problemOf(
      admin.request("createService", { params: { box }, body: { slug: "voirie", label: "Bis" } }),
    );
    expect(twice.status).toBe(409);
  });

  it("lets a lead open checks and refuses an agent (403)", async () => {
    const refused = await problemOf(
      agent.request("createCheck", { params: { box }, body: checkBody(1) }),
    );
    expect(refused.status).toBe(403);
  });
});

describe("a check from opening to decision", () => {
  let checkId: string;
  let anonymousAnswerId: string;

  it("opens a check with services and questions", async () => {
    const check = await lead.request("createCheck", {
      params: { box },
      body: checkBody(2, ["voirie", "etat-civil"]),
    });
    checkId = check.id;
    expect(check).toMatchObject({
      state: "open",
      services: ["etat-civil", "voirie"],
      lead: { displayName: "Nora Cheffe" },
      mine: true,
      answerCount: 0,
      myAnswerId: null,
      decision: null,
    });
    expect(check.questions).toHaveLength(1);
    expect(check.closesAt).toBe(startOfParisDay(check.decisionDate).toISOString());
    const listed = await agent.request("listChecks", { params: { box } });
    expect(listed.items.map((c) => c.id)).toContain(checkId);
    expect(listed.items.find((c) => c.id === checkId)?.mine).toBe(false);
  });

  it("says what is wrong and where when a check is invalid", async () => {
    const past = await problemOf(
      lead.request("createCheck", {
        params: { box },
        body: { ...checkBody(3), decisionDate: todayInParis(new Date()) },
      }),
    );
    expect(past.status).toBe(422);
    expect(past.problem.errors?.map((e) => e.pointer)).toEqual(["/body/decisionDate"]);
    const service = await problemOf(
      lead.request("createCheck", { params: { box }, body: checkBody(4, ["voirie", "inconnu"]) }),
    );
    expect(service.problem.errors?.map((e) => e.pointer)).toEqual(["/body/services/1"]);
    const short = await problemOf(
      lead.request("createCheck", { params: { box }, body: { ...checkBody(5), title: "Ab" } }),
    );
    expect(short.status).toBe(422);
    expect(short.problem.errors?.map((e) => e.pointer)).toContain("/body/title");
  });

  it("takes one answer per person, editable, with the authorship chosen", async () => {
    const check = await agent.request("getCheck", { params: { box, id: checkId } });
    const questionId = check.questions[0]!.id;
    const named = await agent.request("answerCheck", {
      params: { box, id: checkId },
      body: { ...answerBody("named"), questions: [{ questionId, answer: "Un tableur partagé." }] },
    });
    expect(named).toMatchObject({
      author: { mode: "named", displayName: "Yann Agent", teamName: null },
      service: "voirie",
      mine: true,
    });
    const edited = await agent.request("answerCheck", {
      params: { box, id: checkId },
      body: {
        ...answerBody("named"),
        existsAlready: { answer: "yes", where: "https://outil.exemple.fr" },
      },
    });
    expect(edited.id).toBe(named.id);
    const anonymous = await other.request("answerCheck", {
      params: { box, id: checkId },
      body: answerBody("anonymous"),
    });
    anonymousAnswerId = anonymous.id;
    expect(anonymous.author).toEqual({ mode: "anonymous", displayName: null, teamName: null });
    expect(anonymous.service).toBeNull();
    const answers = await lead.request("listAnswers", { params: { box, id: checkId } });
    expect(answers.items).toHaveLength(2);
    expect(answers.items.every((a) => !a.mine)).toBe(true);
    const got = await other.request("getCheck", { params: { box, id: checkId } });
    expect(got).toMatchObject({ answerCount: 2, myAnswerId: anonymous.id });
  });

  it("refuses an answer to a question of another check, saying where", async () => {
    const wrong = await problemOf(
      agent.request("answerCheck", {
        params: { box, id: checkId },
        body: {
          ...answerBody(),
          questions: [{ questionId: crypto.randomUUID(), answer: "?" }],
        },
      }),
    );
    expect(wrong.status).toBe(422);
    expect(wrong.problem.errors?.map((e) => e.pointer)).toEqual(["/body/questions/0/questionId"]);
  });

  it("supports and comments on answers; the hidden author's comment names nobody", async () => {
    const supported = await agent.request("supportAnswer", {
      params: { box, id: anonymousAnswerId },
    });
    expect(supported).toMatchObject({ supportCount: 1, supportedByMe: true });
    const again = await agent.request("supportAnswer", { params: { box, id: anonymousAnswerId } });
    expect(again.supportCount).toBe(1);
    const withdrawn = await agent.request("unsupportAnswer", {
      params: { box, id: anonymousAnswerId },
    });
    expect(withdrawn).toMatchObject({ supportCount: 0, supportedByMe: false });
    const question = await agent.request("createAnswerComment", {
      params: { box, id: anonymousAnswerId },
      body: { body: "Lequel exactement ?" },
    });
    expect(question.author.displayName).toBe("Yann Agent");
    const reply = await other.request("createAnswerComment", {
      params: { box, id: anonymousAnswerId },
      body: { body: "Celui du service.", parentId: question.id },
    });
    expect(reply.author.displayName).toBeNull();
    expect(reply.mine).toBe(true);
    const listed = await lead.request("listAnswerComments", {
      params: { box, id: anonymousAnswerId },
    });
    expect(listed.items.map((c) => c.author.displayName)).toEqual(["Yann Agent", null]);
  });

  it("reports counts, quotes with authorship, risks grouped, in French or English", async () => {
    const fr = await agent.request("checkReport", { params: { box, id: checkId } });
    expect(fr.locale).toBe("fr");
    expect(fr.answerCount).toBe(2);
    expect(fr.byService).toEqual([
      { service: "etat-civil", label: "État civil", count: 1 },
      { service: "voirie", label: "Voirie", count: 1 },
    ]);
    expect(fr.existsAlready.find((e) => e.answer === "yes")).toMatchObject({
      count: 1,
      label: "Oui",
    });
    expect(fr.existing).toHaveLength(1);
    expect(fr.existing[0]).toMatchObject({ text: "https://outil.exemple.fr", service: "voirie" });
    expect(fr.groundToday).toHaveLength(2);
    expect(fr.groundToday.map((q) => q.author.displayName)).toEqual(["Yann Agent", null]);
    expect(fr.risks).toEqual([
      expect.objectContaining({
        category: "adoption",
        label: "Adoption",
        items: expect.any(Array),
      }),
    ]);
    expect(fr.risks[0]!.items).toHaveLength(2);
    const en = await agent.request("checkReport", {
      params: { box, id: checkId },
      query: { locale: "en" },
    });
    expect(en.existsAlready.map((e) => e.label)).toEqual(["Yes", "No", "Not sure"]);
    const byHeader = await agent.raw(`/boxes/${box}/checks/${checkId}/report`, {
      headers: { "accept-language": "en-GB,en;q=0.8,fr;q=0.5" },
    });
    expect(((await byHeader.json()) as { locale: string }).locale).toBe("en");
  });

  it("exports the report as Markdown, CSV and JSON", async () => {
    const markdown = await agent.request("exportCheckMarkdown", {
      params: { box, id: checkId },
      query: { locale: "fr" },
    });
    expect(markdown).toContain("# Rapport de déminage — Projet à déminer 2");
    expect(markdown).toContain("| Voirie | 1 |");
    expect(markdown).toContain("(Anonyme)");
    const raw = await agent.raw(`/boxes/${box}/checks/${checkId}/report.md?locale=en`);
    expect(raw.headers.get("content-type")).toContain("text/markdown");
    expect(await raw.text()).toContain("# Demining report");
    const csv = await agent.request("exportCheckCsv", {
      params: { box, id: checkId },
      query: { locale: "en" },
    });
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toMatch(/^answer,author,team,service,exists already/);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain("Anonymous");
    const json = await agent.request("exportCheckJson", { params: { box, id: checkId } });
    expect(json.answerCount).toBe(2);
  });

  it("lets only the check's lead or a moderator decide, once, and refuses answers after", async () => {
    const notHers = await lead.request("createCheck", { params: { box }, body: checkBody(6) });
    await admin.request("setMember", {
      params: { box, userId: outsider.userId! },
      body: { role: "lead" },
    });
    const otherLead = await problemOf(
      outsider.request("decideCheck", {
        params: { box, id: notHers.id },
        body: { verdict: "go", reason: "Je ne suis pas le porteur." },
      }),
    );
    expect(otherLead.status).toBe(403);
    const noMerge = await problemOf(
      lead.request("decideCheck", {
        params: { box, id: checkId },
        body: { verdict: "merge", reason: "Il existe déjà un outil." },
      }),
    );
    expect(noMerge.problem.errors?.map((e) => e.pointer)).toEqual(["/body/mergeWith"]);
    const decided = await lead.request("decideCheck", {
      params: { box, id: checkId },
      body: {
        verdict: "merge",
        reason: "Il existe déjà un outil.",
        mergeWith: "https://outil.exemple.fr",
      },
    });
    expect(decided).toMatchObject({
      state: "decided",
      decision: {
        verdict: "merge",
        mergeWith: "https://outil.exemple.fr",
        decidedBy: "Nora Cheffe",
      },
    });
    const twice = await problemOf(
      lead.request("decideCheck", {
        params: { box, id: checkId },
        body: { verdict: "go", reason: "Finalement oui." },
      }),
    );
    expect(twice.status).toBe(409);
    const late = await problemOf(
      agent.request("answerCheck", { params: { box, id: checkId }, body: answerBody() }),
    );
    expect(late.status).toBe(409);
    expect(late.problem.code).toBe("conflict");
    expect(late.problem.detail).toMatch(/decided/);
    const read = await other.request("checkReport", { params: { box, id: checkId } });
    expect(read.decision?.reason).toBe("Il existe déjà un outil.");
  });

  it("links a check to an idea or makes one of it", async () => {
    const check = await lead.request("createCheck", { params: { box }, body: checkBody(7) });
    const made = await lead.request("linkCheckIdea", {
      params: { box, id: check.id },
      body: { mode: "create", scope: "public-service" },
    });
    const idea = await lead.request("getIdea", { params: { box, id: made.ideaId! } });
    expect(idea).toMatchObject({ title: check.title, author: { displayName: "Nora Cheffe" } });
    const existing = await postIdea(agent, box, "Une idée déjà là pour le lien");
    const linked = await lead.request("linkCheckIdea", {
      params: { box, id: check.id },
      body: { mode: "link", ideaId: existing.id },
    });
    expect(linked.ideaId).toBe(existing.id);
    const wrong = await problemOf(
      lead.request("linkCheckIdea", {
        params: { box, id: check.id },
        body: { mode: "link", ideaId: crypto.randomUUID() },
      }),
    );
    expect(wrong.problem.errors?.map((e) => e.pointer)).toEqual(["/body/ideaId"]);
  });
});

describe("closing on the decision date", () => {
  it("computes the state from the clock", () => {
    const closesAt = startOfParisDay("2027-03-10");
    expect(closesAt.toISOString()).toBe("2027-03-09T23:00:00.000Z");
    expect(startOfParisDay("2027-07-10").toISOString()).toBe("2027-07-09T22:00:00.000Z");
    expect(
      checkState({ verdict: null, closes_at: closesAt }, new Date("2027-03-09T22:59:59Z")),
    ).toBe("open");
    expect(
      checkState({ verdict: null, closes_at: closesAt }, new Date("2027-03-09T23:00:00Z")),
    ).toBe("closed");
    expect(
      checkState({ verdict: "go", closes_at: closesAt }, new Date("2027-03-01T00:00:00Z")),
    ).toBe("decided");
  });

  it("refuses answers from the decision date on, even without a decision", async () => {
    const check = await lead.request("createCheck", {
      params: { box },
      body: { ...checkBody(8), decisionDate: daysFromNow(3) },
    });
    await agent.request("answerCheck", { params: { box, id: check.id }, body: answerBody() });
    demineurClock.now = () => new Date(new Date(check.closesAt).getTime() - 1000);
    await agent.request("answerCheck", { params: { box, id: check.id }, body: answerBody() });
    demineurClock.now = () => new Date(check.closesAt);
    const late = await problemOf(
      agent.request("answerCheck", { params: { box, id: check.id }, body: answerBody() }),
    );
    expect(late.status).toBe(409);
    expect(late.problem.detail).toContain(check.decisionDate);
    const seen = await agent.request("getCheck", { params: { box, id: check.id } });
    expect(seen.state).toBe("closed");
    const closed = await agent.request("listChecks", {
      params: { box },
      query: { state: "closed" },
    });
    expect(closed.items.map((c) => c.id)).toEqual([check.id]);
    // The lead can still decide after the date.
    const decided = await lead.request("decideCheck", {
      params: { box, id: check.id },
      body: { verdict: "stop", reason: "Personne n'en a besoin." },
    });
    expect(decided.state).toBe("decided");
  });
});

describe("similar ideas and checks while typing", () => {
  it("finds ideas and checks in every readable box, with the shared words", async () => {
    await openPublicBox(admin, "publique", "Publique");
    await postIdea(admin, "publique", "Ressaisie des données de voirie", {
      problem: "Les agents ressaisissent les signalements de voirie dans trois outils.",
    });
    await admin.request("createBox", {
      body: { slug: "cachee", name: "Cachée", visibility: "members" },
    });
    await postIdea(admin, "cachee", "Ressaisie des données secrètes", {
      problem: "Les agents ressaisissent les données dans trois outils.",
    });
    const found = await lead.request("similarToCheck", {
      params: { box },
      query: {
        title: "Fin de la ressaisie",
        problem: "Les agents ressaisissent tout dans trois outils.",
      },
    });
    const titles = found.items.map((i) => i.title);
    expect(titles).toContain("Ressaisie des données de voirie");
    expect(titles).not.toContain("Ressaisie des données secrètes");
    const check = found.items.find((i) => i.kind === "check");
    expect(check?.box).toBe(box);
    const idea = found.items.find((i) => i.title === "Ressaisie des données de voirie")!;
    expect(idea).toMatchObject({ kind: "idea", box: "publique", boxName: "Publique" });
    expect(idea.matchedTerms).toEqual(expect.arrayContaining(["ressaisie", "outils"]));
    expect(idea.similarity).toBeGreaterThan(0);
    expect(idea.similarity).toBeLessThanOrEqual(1);
  });
});

describe("report locale", () => {
  it("takes ?locale= first, then Accept-Language, then French", () => {
    expect(reportLocale("en", "fr")).toBe("en");
    expect(reportLocale(undefined, "de-DE,en;q=0.5")).toBe("en");
    expect(reportLocale(undefined, "de")).toBe("fr");
    expect(reportLocale(undefined, null)).toBe("fr");
  });
});

describe("demo content", () => {
  it("seeds services, a lead, one check under way and one decided, with an anonymous answer", async () => {
    await seed(h.db);
    const nora = h.client();
    await nora.request("login", {
      body: { email: demineurDemoAccount.email, password: demoPassword },
    });
    const seeded = "ville-exemple";
    const box = await nora.request("getBox", { params: { box: seeded } });
    expect(box.myRole).toBe("lead");
    expect(box.services?.map((s) => s.slug)).toEqual([
      "accueil",
      "etat-civil",
      "informatique",
      "voirie",
    ]);
    const { items } = await nora.request("listChecks", { params: { box: seeded } });
    expect(items.map((c) => c.state).sort()).toEqual(["decided", "open"]);
    expect(items.every((c) => c.mine && c.lead.displayName === demineurDemoAccount.name)).toBe(
      true,
    );
    const decided = items.find((c) => c.state === "decided")!;
    expect(decided.decision).toMatchObject({
      verdict: "merge",
      decidedBy: demineurDemoAccount.name,
    });
    const report = await nora.request("checkReport", { params: { box: seeded, id: decided.id } });
    expect(report.answerCount).toBe(3);
    expect(report.groundToday.map((q) => q.author.mode)).toEqual(["named", "anonymous", "team"]);
    const open = items.find((c) => c.state === "open")!;
    const answers = await nora.request("listAnswers", { params: { box: seeded, id: open.id } });
    expect(answers.items.map((a) => a.author.displayName)).toEqual(["Yann Agent", null]);
    // Yann (voirie) can still answer the open check, not the decided one.
    const yann = h.client();
    await yann.request("login", { body: { email: "agent@exemple.fr", password: demoPassword } });
    await yann.request("answerCheck", { params: { box: seeded, id: open.id }, body: answerBody() });
    const late = await problemOf(
      yann.request("answerCheck", { params: { box: seeded, id: decided.id }, body: answerBody() }),
    );
    expect(late.status).toBe(409);
  });
});

describe("a person's data", () => {
  it("exports their checks, answers (anonymous too), comments and supports; erasure unnames them", async () => {
    const person = await h.person("efface@demineur.fr", "Personne Effacée");
    await admin.request("setMember", {
      params: { box, userId: person.userId! },
      body: { role: "lead", service: "voirie" },
    });
    const check = await person.request("createCheck", { params: { box }, body: checkBody(20) });
    const named = await person.request("answerCheck", {
      params: { box, id: check.id },
      body: answerBody("named"),
    });
    const other = await lead.request("createCheck", { params: { box }, body: checkBody(21) });
    const anonymous = await person.request("answerCheck", {
      params: { box, id: other.id },
      body: answerBody("anonymous"),
    });
    await person.request("supportAnswer", { params: { box, id: anonymous.id } });
    await person.request("createAnswerComment", {
      params: { box, id: named.id },
      body: { body: "Précision." },
    });
    const data = await person.request("exportMyData");
    expect(data.checks?.map((c) => c.id)).toEqual([check.id]);
    expect(data.checkAnswers?.map((a) => a.id)).toEqual([named.id, anonymous.id]);
    expect(data.checkAnswers?.every((a) => a.mine)).toBe(true);
    expect(data.answerComments).toHaveLength(1);
    expect(data.answerSupports).toEqual([anonymous.id]);

    await person.request("eraseMe");
    const answers = await agent.request("listAnswers", { params: { box, id: check.id } });
    expect(answers.items[0]!.author).toEqual({
      mode: "anonymous",
      displayName: null,
      teamName: null,
    });
    const seen = await agent.request("getCheck", { params: { box, id: check.id } });
    expect(seen.lead.displayName).toBeNull();
  });
});
