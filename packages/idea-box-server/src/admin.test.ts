import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IdeaBoxError } from "@communs/idea-box";
import {
  openPublicBox,
  postIdea,
  startHarness,
  type TestClient,
  type TestHarness,
} from "./test/harness";

/** The admin console's operations (issue 17), on PGlite here and on PostgreSQL with test:pg. */
let h: TestHarness;
let admin: TestClient;
let agent: TestClient;
let moderator: TestClient;
const box = "console";

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => {
      if (!(error instanceof IdeaBoxError)) throw error;
      return { status: error.status, detail: error.problem.detail };
    },
  );

beforeAll(async () => {
  h = await startHarness();
  admin = await h.platformAdmin("admin@console.fr", "Admin Console");
  agent = await h.person("agent@console.fr", "Agente Console");
  moderator = await h.person("modo@console.fr", "Modo Console");
  await openPublicBox(admin, box, "Boîte de la console", [{ slug: "outils", label: "Outils" }]);
  await admin.request("addMember", {
    params: { box },
    body: { email: "MODO@console.fr", role: "moderator" },
  });
}, 300_000);
afterAll(() => h.close());

describe("box figures", () => {
  it("counts ideas per status and per month, answered share and time to first answer", async () => {
    const empty = await moderator.request("boxFigures", { params: { box } });
    expect(empty.total).toBe(0);
    expect(empty.answered).toBe(0);
    expect(empty.firstAnswer.medianDays).toBeNull();
    expect(empty.byMonth).toHaveLength(12);
    expect(empty.byStatus.map((s) => s.key)).toEqual([
      "submitted",
      "under_review",
      "accepted",
      "implemented",
      "not_retained",
    ]);

    const ideas = [];
    for (const title of ["Des casiers", "Un vélo de service", "Une salle calme", "Du café"])
      ideas.push(await postIdea(agent, box, title));
    // One answered two days after it was posted, one at once; one hidden, left out of everything.
    await h.db.query("update ideas set created_at = now() - interval '2 days' where id = $1", [
      ideas[0]!.id,
    ]);
    await moderator.request("changeStatus", {
      params: { box, id: ideas[0]!.id },
      body: { status: "accepted", response: "Retenue pour le prochain budget." },
    });
    await moderator.request("changeStatus", {
      params: { box, id: ideas[1]!.id },
      body: { status: "under_review", response: "" },
    });
    await moderator.request("hideIdea", {
      params: { box, id: ideas[3]!.id },
      body: { reason: "Hors sujet pour cette boîte" },
    });

    const figures = await moderator.request("boxFigures", { params: { box } });
    expect(figures.total).toBe(3);
    expect(figures.answered).toBe(2);
    const count = Object.fromEntries(figures.byStatus.map((s) => [s.key, s.count]));
    expect(count).toEqual({
      submitted: 1,
      under_review: 1,
      accepted: 1,
      implemented: 0,
      not_retained: 0,
    });
    expect(figures.byMonth.at(-1)!.count + figures.byMonth.at(-2)!.count).toBe(3);
    expect(figures.byMonth.at(-1)!.month).toBe(new Date().toISOString().slice(0, 7));
    const bands = Object.fromEntries(figures.firstAnswer.bands.map((b) => [b.band, b.count]));
    expect(bands).toEqual({ day: 1, week: 1, month: 0, later: 0 });
    // Median of about 0 and 2 days.
    expect(figures.firstAnswer.medianDays).toBeGreaterThan(0.9);
    expect(figures.firstAnswer.medianDays).toBeLessThan(1.1);

    expect(await refusal(agent.request("boxFigures", { params: { box } }))).toMatchObject({
      status: 403,
    });
  });
});

describe("themes, scopes and statuses", () => {
  it("renames and removes a theme, refusing to remove one an idea uses", async () => {
    const unused = await admin.request("createTheme", {
      params: { box },
      body: { slug: "vide", label: "Vide" },
    });
    const renamed = await admin.request("updateTheme", {
      params: { box, id: unused.id },
      body: { label: "Presque vide" },
    });
    expect(renamed).toEqual({ id: unused.id, slug: "vide", label: "Presque vide" });
    await admin.request("deleteTheme", { params: { box, id: unused.id } });
    const used = (await admin.request("getBox", { params: { box } })).themes.find(
      (t) => t.slug === "outils",
    )!;
    await postIdea(agent, box, "Des outils neufs", { theme: "outils" });
    expect(await refusal(admin.request("deleteTheme", { params: { box, id: used.id } }))).toEqual({
      status: 409,
      detail: expect.stringContaining("1 idea(s)") as string,
    });
    expect((await admin.request("getBox", { params: { box } })).themes.map((t) => t.slug)).toEqual([
      "outils",
    ]);
  });

  it("adds, renames and removes a scope, refusing to remove one an idea uses", async () => {
    const scope = await admin.request("createScope", {
      params: { box },
      body: { slug: "partenaires", label: "Partenaires" },
    });
    expect(
      await refusal(
        admin.request("createScope", {
          params: { box },
          body: { slug: "partenaires", label: "Encore" },
        }),
      ),
    ).toMatchObject({ status: 422 });
    expect(
      (
        await admin.request("updateScope", {
          params: { box, id: scope.id },
          body: { label: "Nos partenaires" },
        })
      ).label,
    ).toBe("Nos partenaires");
    await admin.request("deleteScope", { params: { box, id: scope.id } });
    const used = (await admin.request("getBox", { params: { box } })).scopes.find(
      (s) => s.slug === "public-service",
    )!;
    expect(
      await refusal(admin.request("deleteScope", { params: { box, id: used.id } })),
    ).toMatchObject({ status: 409 });
  });

  it("adds a status at the end, edits it, removes it while unused, never 'submitted'", async () => {
    const status = await admin.request("createStatus", {
      params: { box },
      body: { key: "on_hold", label: "En attente", requiresReason: true },
    });
    expect(status).toEqual({
      key: "on_hold",
      label: "En attente",
      requiresReason: true,
      final: false,
      retired: false,
    });
    const box1 = await admin.request("getBox", { params: { box } });
    expect(box1.statuses.at(-1)!.key).toBe("on_hold");
    expect(
      await admin.request("updateStatus", {
        params: { box, key: "on_hold" },
        body: { label: "Suspendue", final: true },
      }),
    ).toEqual({
      key: "on_hold",
      label: "Suspendue",
      requiresReason: true,
      final: true,
      retired: false,
    });
    await admin.request("deleteStatus", { params: { box, key: "on_hold" } });
    expect(
      await refusal(admin.request("deleteStatus", { params: { box, key: "submitted" } })),
    ).toMatchObject({ status: 409 });
    // under_review was held by an idea: its history would lose its label.
    expect(
      await refusal(admin.request("deleteStatus", { params: { box, key: "under_review" } })),
    ).toMatchObject({ status: 409 });
    // It can be retired instead: no longer offered, kept by the idea and its history.
    expect(
      await admin.request("updateStatus", {
        params: { box, key: "under_review" },
        body: { retired: true },
      }),
    ).toMatchObject({ key: "under_review", retired: true });
    expect(
      (await admin.request("getBox", { params: { box } })).statuses.find(
        (s) => s.key === "under_review",
      ),
    ).toMatchObject({ retired: true });
    const held = (
      await admin.request("listIdeas", { params: { box }, query: { status: "under_review" } })
    ).items[0]!;
    const other = await postIdea(agent, box, "Une idée à suivre");
    expect(
      await refusal(
        moderator.request("changeStatus", {
          params: { box, id: other.id },
          body: { status: "under_review", response: "" },
        }),
      ),
    ).toMatchObject({ status: 422 });
    const page = await admin.request("getIdea", { params: { box, id: held.id } });
    expect(page.status).toBe("under_review");
    expect(page.history.map((h) => h.status)).toContain("under_review");
    const figures = await moderator.request("boxFigures", { params: { box } });
    expect(figures.byStatus.find((s) => s.key === "under_review")?.count).toBe(1);
    expect(
      await refusal(
        admin.request("updateStatus", {
          params: { box, key: "submitted" },
          body: { retired: true },
        }),
      ),
    ).toMatchObject({ status: 409 });
    await admin.request("updateStatus", {
      params: { box, key: "under_review" },
      body: { retired: false },
    });
    await moderator.request("changeStatus", {
      params: { box, id: other.id },
      body: { status: "under_review", response: "" },
    });
    // implemented never was: it goes.
    await admin.request("deleteStatus", { params: { box, key: "implemented" } });
    expect(
      await refusal(admin.request("deleteStatus", { params: { box, key: "implemented" } })),
    ).toMatchObject({ status: 404 });
  });
});

describe("members", () => {
  it("adds a person by e-mail, changes their role, removes them; refuses what would lose a block", async () => {
    expect(
      await refusal(
        admin.request("addMember", {
          params: { box },
          body: { email: "personne@console.fr", role: "agent" },
        }),
      ),
    ).toMatchObject({ status: 404 });
    const member = await admin.request("addMember", {
      params: { box },
      body: { email: "agent@console.fr", role: "moderator" },
    });
    expect(member).toMatchObject({ displayName: "Agente Console", role: "moderator" });
    await admin.request("removeMember", { params: { box, userId: member.userId } });
    const after = await admin.request("listMembers", { params: { box } });
    expect(after.items.map((m) => m.displayName)).not.toContain("Agente Console");

    expect(
      await refusal(admin.request("removeMember", { params: { box, userId: admin.userId! } })),
    ).toMatchObject({ status: 409 });
    await admin.request("addMember", {
      params: { box },
      body: { email: "agent@console.fr", role: "agent" },
    });
    await moderator.request("block", {
      params: { box },
      body: { target: { kind: "user", id: agent.userId! }, reason: "Propos répétés" },
    });
    expect(
      await refusal(admin.request("removeMember", { params: { box, userId: agent.userId! } })),
    ).toMatchObject({ status: 409, detail: expect.stringContaining("unblock") as string });
  });
});
