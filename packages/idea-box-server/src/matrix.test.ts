import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IdeaBoxError, endpoints, type EndpointName } from "@communs/idea-box";
import { startHarness, type TestClient, type TestHarness } from "./test/harness";
import { adminFixtures } from "./test/admin-fixtures";
import { demineurFixtures } from "./test/demineur-fixtures";

/**
 * Authorisation matrix: every endpoint × anonymous, agent, lead, moderator, admin, another box's
 * admin, on a members-only box. Denied calls must give the expected problem; allowed calls a 2xx.
 */
type Principal = "anonymous" | "agent" | "lead" | "moderator" | "admin" | "otherAdmin";
const principals: Principal[] = ["anonymous", "agent", "lead", "moderator", "admin", "otherAdmin"];

let h: TestHarness;
let clients: Record<Principal, TestClient>;
let platform: TestClient;
let bystander: TestClient;
const box = "prive";
let counter = 0;

async function newIdea(author: TestClient) {
  counter++;
  return author.request("createIdea", {
    params: { box },
    body: {
      title: `Idée de la matrice ${counter}`,
      problem: "Un problème pour tester les droits.",
      scope: "daily-work",
    },
  });
}

/** Valid input for each endpoint, built fresh for every call (some calls consume state). */
const fixtures: Record<
  EndpointName,
  (caller: Principal) => Promise<{ input: unknown; as?: TestClient }>
> = {
  health: async () => ({ input: {} }),
  session: async () => ({ input: {} }),
  // Signing in changes who a client is: these two run on a fresh client.
  register: async () => ({
    as: h.client(),
    input: {
      body: {
        email: `r${++counter}@matrice.fr`,
        password: "a long enough password",
        displayName: "Nouvelle personne",
      },
    },
  }),
  login: async () => ({
    as: h.client(),
    input: { body: { email: "bystander@matrice.fr", password: "correct horse battery staple" } },
  }),
  logout: async (caller) => ({
    input: {},
    as: caller === "anonymous" ? undefined : await h.person(`l${++counter}@matrice.fr`),
  }),
  updateProfile: async () => ({ input: { body: { digest: "daily" } } }),
  exportMyData: async () => ({ input: {} }),
  eraseMe: async (caller) => ({
    input: {},
    as: caller === "anonymous" ? undefined : await h.person(`e${++counter}@matrice.fr`),
  }),
  listBoxes: async () => ({ input: {} }),
  createBox: async () => ({
    input: { body: { slug: `boite-${++counter}`, name: "Nouvelle boîte" } },
  }),
  getBox: async () => ({ input: { params: { box } } }),
  updateBox: async () => ({
    input: { params: { box }, body: { description: "Boîte privée de test" } },
  }),
  createTheme: async () => ({
    input: { params: { box }, body: { slug: `theme-${++counter}`, label: "Thème" } },
  }),
  listMembers: async () => ({ input: { params: { box } } }),
  setMember: async () => ({
    input: { params: { box, userId: bystander.userId }, body: { role: "agent" } },
  }),
  exportBoxJson: async () => ({ input: { params: { box } } }),
  exportBoxCsv: async () => ({ input: { params: { box } } }),
  listAudit: async () => ({ input: { params: { box } } }),
  listIdeas: async () => ({ input: { params: { box }, query: { q: "matrice" } } }),
  similarIdeas: async () => ({
    input: { params: { box }, query: { title: "idée de la matrice" } },
  }),
  createIdea: async () => ({
    input: {
      params: { box },
      body: { title: "Une idée déposée", problem: "Un problème constaté.", scope: "daily-work" },
    },
  }),
  getIdea: async () => ({ input: { params: { box, id: (await newIdea(clients.admin)).id } } }),
  updateIdea: async () => ({
    input: {
      params: { box, id: (await newIdea(clients.admin)).id },
      body: { title: "Titre modifié" },
    },
  }),
  support: async () => ({ input: { params: { box, id: (await newIdea(clients.admin)).id } } }),
  unsupport: async () => ({ input: { params: { box, id: (await newIdea(clients.admin)).id } } }),
  follow: async () => ({ input: { params: { box, id: (await newIdea(clients.admin)).id } } }),
  unfollow: async () => ({ input: { params: { box, id: (await newIdea(clients.admin)).id } } }),
  changeStatus: async () => ({
    input: {
      params: { box, id: (await newIdea(clients.admin)).id },
      body: { status: "under_review" },
    },
  }),
  mergeIdea: async () => {
    const original = await newIdea(clients.admin);
    const duplicate = await newIdea(clients.admin);
    return {
      input: { params: { box, id: duplicate.id }, body: { into: original.id, reason: "Doublon" } },
    };
  },
  listComments: async () => ({ input: { params: { box, id: (await newIdea(clients.admin)).id } } }),
  createComment: async () => ({
    input: {
      params: { box, id: (await newIdea(clients.admin)).id },
      body: { body: "Un commentaire" },
    },
  }),
  reportIdea: async () => ({
    input: { params: { box, id: (await newIdea(clients.admin)).id }, body: { reason: "spam" } },
  }),
  reportComment: async () => ({
    input: { params: { box, id: (await comment()).id }, body: { reason: "spam" } },
  }),
  moderationQueue: async () => ({ input: { params: { box } } }),
  hideIdea: async () => ({
    input: {
      params: { box, id: (await newIdea(clients.admin)).id },
      body: { reason: "Hors sujet" },
    },
  }),
  restoreIdea: async () => ({
    input: { params: { box, id: (await newIdea(clients.admin)).id }, body: { reason: "Relu" } },
  }),
  hideComment: async () => ({
    input: { params: { box, id: (await comment()).id }, body: { reason: "Hors sujet" } },
  }),
  restoreComment: async () => ({
    input: { params: { box, id: (await comment()).id }, body: { reason: "Relu" } },
  }),
  dismissReport: async () => {
    const idea = await newIdea(clients.admin);
    await clients.agent.request("reportIdea", {
      params: { box, id: idea.id },
      body: { reason: "other" },
    });
    const rows = await h.db.query<{ id: string }>("select id from reports where target_id = $1", [
      idea.id,
    ]);
    return { input: { params: { box, id: rows[0]!.id }, body: { reason: "Rien à signaler" } } };
  },
  block: async () => ({
    input: {
      params: { box },
      body: { target: { kind: "user", id: bystander.userId }, reason: "Test du blocage" },
    },
  }),
  unblock: async () => {
    await clients.admin.request("block", {
      params: { box },
      body: { target: { kind: "user", id: bystander.userId! }, reason: "Pour débloquer" },
    });
    return { input: { params: { box, userId: bystander.userId } } };
  },
  listWebhooks: async () => ({ input: { params: { box } } }),
  createWebhook: async () => ({
    input: { params: { box }, body: { url: "http://127.0.0.1:9/hook", events: ["idea.created"] } },
  }),
  listDeliveries: async () => ({ input: { params: { box } } }),
  ...adminFixtures(
    () => h,
    () => clients.admin,
    box,
    "bystander@matrice.fr",
  ),
  ...demineurFixtures(
    () => clients.admin,
    (caller) => (caller === "lead" ? clients.lead : clients.admin),
    box,
    "daily-work",
  ),
};

async function comment() {
  const idea = await newIdea(clients.admin);
  return clients.admin.request("createComment", {
    params: { box, id: idea.id },
    body: { body: "Commentaire de la matrice" },
  });
}

/** Expected HTTP status class: "ok" or the exact denial status. */
function expected(name: EndpointName, who: Principal): "ok" | number {
  const access = endpoints[name].access;
  if (access === "public") return "ok";
  if (who === "anonymous") return 401;
  if (access === "user") return "ok";
  if (access === "platform-admin") return 403;
  if (who === "otherAdmin") return 404; // a members-only box does not exist for outsiders
  const rank = { agent: 1, lead: 2, moderator: 3, admin: 4 }[who];
  const needed = { reader: 1, agent: 1, lead: 2, moderator: 3, admin: 4 }[access];
  if (name === "updateIdea" && (who === "agent" || who === "lead")) return 403; // not the author
  return rank >= needed ? "ok" : 403;
}

beforeAll(async () => {
  // The createWebhook row registers http://127.0.0.1:9/hook, which only this setting allows.
  h = await startHarness({ webhookAllowedHosts: ["127.0.0.1"] });
  platform = await h.platformAdmin("plateforme@matrice.fr");
  clients = {
    anonymous: h.client(),
    agent: await h.person("agent@matrice.fr"),
    lead: await h.person("lead@matrice.fr"),
    moderator: await h.person("modo@matrice.fr"),
    admin: await h.person("admin@matrice.fr"),
    otherAdmin: await h.person("autre@matrice.fr"),
  };
  bystander = await h.person("bystander@matrice.fr");
  await platform.request("createBox", {
    body: { slug: box, name: "Boîte privée", visibility: "members" },
  });
  await platform.request("createBox", {
    body: { slug: "autre", name: "Autre boîte", visibility: "members" },
  });
  for (const [who, role] of [
    ["agent", "agent"],
    ["lead", "lead"],
    ["moderator", "moderator"],
    ["admin", "admin"],
  ] as const)
    await platform.request("setMember", {
      params: { box, userId: clients[who].userId! },
      body: { role },
    });
  await platform.request("setMember", {
    params: { box: "autre", userId: clients.otherAdmin.userId! },
    body: { role: "admin" },
  });
  await platform.request("setMember", {
    params: { box, userId: bystander.userId! },
    body: { role: "agent" },
  });
}, 300_000);
afterAll(() => h.close());

describe("authorisation matrix", () => {
  for (const name of Object.keys(endpoints) as EndpointName[]) {
    it(`${endpoints[name].method} ${endpoints[name].path}`, async () => {
      for (const who of principals) {
        const { input, as } = await fixtures[name](who);
        const caller = as ?? clients[who];
        let status: number;
        try {
          await caller.request(name, input as never);
          status = 200;
        } catch (error) {
          if (!(error instanceof IdeaBoxError)) throw error;
          status = error.status;
        }
        const want = expected(name, who);
        if (want === "ok") expect(status, `${who} on ${name}`).toBeLessThan(400);
        else expect(status, `${who} on ${name}`).toBe(want);
      }
    });
  }

  it("does not let a box's admin reach another box's idea through their own box", async () => {
    const idea = await newIdea(clients.admin);
    const error = await clients.otherAdmin
      .request("getIdea", { params: { box: "autre", id: idea.id } })
      .catch((e: unknown) => e as IdeaBoxError);
    expect((error as IdeaBoxError).status).toBe(404);
    const hide = await clients.otherAdmin
      .request("hideIdea", { params: { box: "autre", id: idea.id }, body: { reason: "Intrusion" } })
      .catch((e: unknown) => e as IdeaBoxError);
    expect((hide as IdeaBoxError).status).toBe(404);
  });
});
