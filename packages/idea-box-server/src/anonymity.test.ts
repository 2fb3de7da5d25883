// The anonymity sweep (issue 10): an anonymous idea and a team idea by a person whose name and
// e-mail carry a unique marker; every operation of the server's own OpenAPI document is driven,
// as every role, against those ideas; webhooks go to a real HTTP receiver and e-mails to a real
// SMTP server, both on 127.0.0.1. The marker (or the author's user id) may appear only in what
// the author is told about themselves: their session, their profile and their own data export.
import { signInPaths } from "./sign-in-pages";
import { createServer as createHttpServer, type Server as HttpServer } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import nodemailer from "nodemailer";
import { IdeaBoxError, type EndpointName } from "@communs/idea-box";
import {
  makePlatformAdmin,
  startHarness,
  testMetricsToken,
  type TestClient,
  type TestHarness,
} from "./test/harness";
import { deliverDue } from "./webhooks";
import { sendDueNotifications, type MailTransport } from "./notifications";
import { mailText, startTestSmtp, type TestSmtp } from "./test/smtp";
import { adminFixtures } from "./test/admin-fixtures";
import { demineurSweep, type DemineurSweep } from "./test/demineur-anonymity";

const marker = "Zorglub-7f3a";
const markerEmail = "zorglub-7f3a@exemple.fr";
const password = "correct horse battery staple";

type Role =
  "anonymous" | "agent" | "moderator" | "admin" | "otherAdmin" | "platformAdmin" | "author";
const roles: Role[] = [
  "anonymous",
  "agent",
  "moderator",
  "admin",
  "otherAdmin",
  "platformAdmin",
  "author",
];
const emails: Record<Exclude<Role, "anonymous">, string> = {
  agent: "agente-anon@exemple.fr",
  moderator: "moderateur-anon@exemple.fr",
  admin: "admin-anon@exemple.fr",
  otherAdmin: "admin-ailleurs@exemple.fr",
  platformAdmin: "plateforme-anon@exemple.fr",
  author: markerEmail,
};
/** What the author is told about themselves, by design: their name and e-mail are there. */
const ownDataOperations = new Set([
  "session",
  // The sign-out page names who is signed in; the verify-address notice, the address.
  "signOutPage",
  "verifyNoticePage",
  "login",
  "register",
  "updateProfile",
  "exportMyData",
]);

const box = "anonymat";
let h: TestHarness;
let clients: Record<Role, TestClient>;
let authorId: string;
let anonymousIdea: { id: string; title: string };
let teamIdea: { id: string; title: string };
let ownComment: { id: string };
let ownTeamComment: { id: string };
let demineur: DemineurSweep<Role>;
let counter = 0;

interface Seen {
  operation: string;
  role: Role;
  text: string;
}
const seen: Seen[] = [];
const webhookBodies: string[] = [];
let receiver: HttpServer;
let receiverPort = 0;
let smtp: TestSmtp;

const reveals = (text: string) =>
  text.toLowerCase().includes(marker.toLowerCase()) || text.includes(authorId);

/** Where the marker or the author's id sits in a text, with a little context. */
function around(text: string): string {
  const lower = text.toLowerCase();
  const at = [lower.indexOf(marker.toLowerCase()), text.indexOf(authorId)]
    .filter((index) => index >= 0)
    .sort((a, b) => a - b)[0]!;
  return text.slice(Math.max(0, at - 120), at + 60);
}

/** Calls an operation; a refusal is kept as its problem document (it must not reveal either). */
async function call(client: TestClient, name: string, input: unknown = {}): Promise<unknown> {
  try {
    return (await client.request(name as EndpointName, input as never)) ?? null;
  } catch (error) {
    if (error instanceof IdeaBoxError) return { refused: error.problem };
    throw error;
  }
}

/** Routes outside the typed contract: status, headers and body as text. */
async function rawGet(who: Role, path: string) {
  const response = await clients[who].raw(path, { redirect: "manual" });
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: await response.text(),
  };
}

const both = () => [anonymousIdea, teamIdea];
const onIdeas = (name: string, who: Role, body?: unknown) =>
  Promise.all(
    both().map((idea) =>
      call(clients[who], name, { params: { box, id: idea.id }, ...(body ? { body } : {}) }),
    ),
  );

/** A fresh session of the same person (for operations that sign in or out). */
async function freshSession(who: Role): Promise<TestClient> {
  const client = h.client();
  if (who !== "anonymous") {
    const session = await client.request("login", { body: { email: emails[who], password } });
    client.userId = session.user!.id;
  }
  return client;
}

async function authorsDuplicate() {
  return clients.author.request("createIdea", {
    params: { box },
    body: {
      title: `Des casiers fermés pour le terrain ${++counter}`,
      problem: "Le même besoin de casiers, dit autrement.",
      scope: "daily-work",
      authorship: { mode: "anonymous" },
    },
  });
}

async function blockEntries() {
  const members = await clients.admin.request("listMembers", { params: { box } });
  return members.items.filter((member) => member.blocked);
}

/**
 * How each operation of the OpenAPI document is driven as a role, so that it returns or emits
 * the two ideas when it can. `returnsIdeas`: at least one role must get one of them back (the
 * sweep would prove nothing otherwise). An operation missing here fails the sweep.
 */
const drivers: Record<string, { returnsIdeas: boolean; run: (who: Role) => Promise<unknown[]> }> = {
  openapi: { returnsIdeas: false, run: async (who) => [await rawGet(who, "/openapi.json")] },
  // Redirects and problems only (no OIDC provider here: src/oidc.test.ts drives a real one).
  oidcLogin: {
    returnsIdeas: false,
    run: async (who) => [await rawGet(who, "/auth/oidc/login?returnTo=/")],
  },
  oidcCallback: {
    returnsIdeas: false,
    run: async (who) => [await rawGet(who, "/auth/oidc/callback?code=abc&state=def")],
  },
  // The sign-in pages (sign-in-pages.ts): each page as every role, each form posted without
  // its token (refused with a page). The anonymous forms' pages read no session and set a
  // form cookie that the test client's one-cookie jar would keep instead of the session: a
  // fresh client opens them.
  ...Object.fromEntries(
    Object.entries({ ...signInPaths, signInStylesheet: "", proConnectLogo: "" }).flatMap(
      ([name, path]) => {
        const page =
          path ||
          (name === "proConnectLogo"
            ? "/auth/assets/proconnect-logo.svg"
            : "/auth/assets/sign-in.css");
        const caller = (who: Role) =>
          ["signOut", "verifyNotice", "signedOut"].includes(name) ? clients[who] : h.client();
        const send = async (who: Role, init: RequestInit = {}) => {
          const response = await caller(who).raw(`${page}?token=not-a-real-token`, {
            redirect: "manual",
            ...init,
          });
          return [{ status: response.status, body: await response.text() }];
        };
        const get = { returnsIdeas: false, run: (who: Role) => send(who) };
        const submit = {
          returnsIdeas: false,
          run: (who: Role) =>
            send(who, {
              method: "POST",
              headers: { "content-type": "application/x-www-form-urlencoded" },
              body: "csrf=not-the-token&email=x%40exemple.fr",
            }),
        };
        if (path === "") return [[name, get]];
        if (name === "signedOut") return [[`${name}Page`, get]];
        return [
          [`${name}Page`, get],
          [`${name}Submit`, submit],
        ];
      },
    ),
  ),
  // A link that is not (or no longer) valid: the page must say so without naming anybody.
  verifyEmail: {
    returnsIdeas: false,
    run: async (who) => [await rawGet(who, "/auth/verify-email?token=not-a-real-token")],
  },
  // The one-click unsubscribe: its page, and its POST with a token that is not valid.
  unsubscribePage: {
    returnsIdeas: false,
    run: async (who) => [await rawGet(who, "/email/unsubscribe?token=not-a-real-token")],
  },
  unsubscribe: {
    returnsIdeas: false,
    run: async (who) => {
      const response = await clients[who].raw("/email/unsubscribe?token=not-a-real-token", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      });
      return [{ status: response.status, body: await response.text() }];
    },
  },
  health: { returnsIdeas: false, run: async (who) => [await call(clients[who], "health")] },
  healthLive: { returnsIdeas: false, run: async (who) => [await rawGet(who, "/health/live")] },
  healthReady: { returnsIdeas: false, run: async (who) => [await rawGet(who, "/health/ready")] },
  // With the operator's token: labels are route patterns, never ids, names or addresses.
  metrics: {
    returnsIdeas: false,
    run: async (who) => {
      const response = await clients[who].raw("/metrics", {
        headers: { authorization: `Bearer ${testMetricsToken}` },
      });
      return [{ status: response.status, body: await response.text() }];
    },
  },
  session: { returnsIdeas: false, run: async (who) => [await call(clients[who], "session")] },
  register: {
    returnsIdeas: false,
    run: async (who) => [
      await call(h.client(), "register", {
        body: {
          email: who === "author" ? markerEmail : `inscrit-${++counter}@exemple.fr`,
          password,
          displayName: "Nouvelle personne",
        },
      }),
    ],
  },
  login: {
    returnsIdeas: false,
    run: async (who) => [
      await call(h.client(), "login", {
        body: {
          email: who === "anonymous" ? markerEmail : emails[who],
          password: who === "anonymous" ? "not the password at all" : password,
        },
      }),
    ],
  },
  logout: {
    returnsIdeas: false,
    run: async (who) => [await call(await freshSession(who), "logout")],
  },
  updateProfile: {
    returnsIdeas: false,
    run: async (who) => [
      await call(clients[who], "updateProfile", { body: { digest: "immediate" } }),
    ],
  },
  exportMyData: {
    returnsIdeas: true,
    run: async (who) => [await call(clients[who], "exportMyData")],
  },
  // The author's own erasure comes after the sweep (see below); the others erase a newcomer.
  eraseMe: {
    returnsIdeas: false,
    run: async (who) =>
      who === "author"
        ? []
        : [
            await call(
              who === "anonymous"
                ? clients.anonymous
                : await h.person(`efface-${++counter}@exemple.fr`),
              "eraseMe",
            ),
          ],
  },
  listBoxes: { returnsIdeas: false, run: async (who) => [await call(clients[who], "listBoxes")] },
  createBox: {
    returnsIdeas: false,
    run: async (who) => [
      await call(clients[who], "createBox", {
        body: { slug: `boite-anon-${++counter}`, name: "Une autre boîte" },
      }),
    ],
  },
  getBox: {
    returnsIdeas: false,
    run: async (who) => [await call(clients[who], "getBox", { params: { box } })],
  },
  updateBox: {
    returnsIdeas: false,
    run: async (who) => [
      await call(clients[who], "updateBox", {
        params: { box },
        body: { description: "Boîte où l’on peut écrire sans se nommer." },
      }),
    ],
  },
  createTheme: {
    returnsIdeas: false,
    run: async (who) => [
      await call(clients[who], "createTheme", {
        params: { box },
        body: { slug: `theme-${++counter}`, label: "Un thème" },
      }),
    ],
  },
  listMembers: {
    returnsIdeas: false,
    run: async (who) => [await call(clients[who], "listMembers", { params: { box } })],
  },
  setMember: {
    returnsIdeas: false,
    run: async (who) => [
      await call(clients[who], "setMember", {
        params: { box, userId: clients.agent.userId },
        body: { role: "agent" },
      }),
    ],
  },
  exportBoxJson: {
    returnsIdeas: true,
    run: async (who) => [await call(clients[who], "exportBoxJson", { params: { box } })],
  },
  exportBoxCsv: {
    returnsIdeas: true,
    run: async (who) => [await call(clients[who], "exportBoxCsv", { params: { box } })],
  },
  listAudit: {
    returnsIdeas: true,
    run: async (who) => [await call(clients[who], "listAudit", { params: { box } })],
  },
  listIdeas: {
    returnsIdeas: true,
    run: async (who) =>
      Promise.all(
        [
          {},
          { q: "casiers" },
          { q: "balayeuses" },
          { sort: "supported" },
          { sort: "commented" },
          { sort: "trending" },
          { sort: "relevance", q: "terrain" },
          { status: "under_review" },
          { scope: "daily-work" },
          { mine: "true" },
          { supported: "true" },
          { limit: 100 },
        ].map((query) => call(clients[who], "listIdeas", { params: { box }, query })),
      ),
  },
  similarIdeas: {
    returnsIdeas: true,
    run: async (who) =>
      Promise.all(
        both().map((idea) =>
          call(clients[who], "similarIdeas", { params: { box }, query: { title: idea.title } }),
        ),
      ),
  },
  createIdea: {
    returnsIdeas: false,
    run: async (who) => [
      await call(clients[who], "createIdea", {
        params: { box },
        body: {
          title: `Une idée de plus, la ${++counter}e`,
          problem: "Un problème constaté sur le terrain.",
          scope: "daily-work",
          // The author stays anonymous: a named idea would rightly carry their name.
          authorship: who === "author" ? { mode: "anonymous" } : { mode: "named" },
        },
      }),
    ],
  },
  getIdea: { returnsIdeas: true, run: (who) => onIdeas("getIdea", who) },
  updateIdea: {
    returnsIdeas: true,
    run: (who) => onIdeas("updateIdea", who, { concerned: "Les agents de terrain et d’accueil" }),
  },
  support: { returnsIdeas: true, run: (who) => onIdeas("support", who) },
  unsupport: {
    returnsIdeas: true,
    run: async (who) => [...(await onIdeas("unsupport", who)), ...(await onIdeas("support", who))],
  },
  follow: { returnsIdeas: true, run: (who) => onIdeas("follow", who) },
  // Unfollowed then followed again: the followers must still get e-mails afterwards.
  unfollow: {
    returnsIdeas: true,
    run: async (who) => [...(await onIdeas("unfollow", who)), ...(await onIdeas("follow", who))],
  },
  changeStatus: {
    returnsIdeas: true,
    run: (who) =>
      onIdeas("changeStatus", who, {
        status: "under_review",
        response: "Le service logistique chiffre la demande.",
      }),
  },
  mergeIdea: {
    returnsIdeas: true,
    run: async (who) => {
      const duplicate = await authorsDuplicate();
      return [
        await call(clients[who], "mergeIdea", {
          params: { box, id: duplicate.id },
          body: { into: anonymousIdea.id, reason: "Même demande que l’idée des casiers" },
        }),
      ];
    },
  },
  listComments: { returnsIdeas: true, run: (who) => onIdeas("listComments", who) },
  createComment: {
    returnsIdeas: true,
    run: (who) => onIdeas("createComment", who, { body: `Un avis de plus (${++counter}).` }),
  },
  reportIdea: {
    returnsIdeas: false,
    run: (who) => onIdeas("reportIdea", who, { reason: "other", details: "À vérifier" }),
  },
  reportComment: {
    returnsIdeas: false,
    run: async (who) => [
      await call(clients[who], "reportComment", {
        params: { box, id: ownComment.id },
        body: { reason: "off-topic" },
      }),
    ],
  },
  moderationQueue: {
    returnsIdeas: true,
    run: async (who) => [await call(clients[who], "moderationQueue", { params: { box } })],
  },
  hideIdea: {
    returnsIdeas: true,
    run: async (who) => {
      const out = [
        ...(await onIdeas("hideIdea", who, { reason: "Vérification en cours" })),
        ...(await onIdeas("getIdea", who)),
        await call(clients[who], "listIdeas", { params: { box } }),
      ];
      await onIdeas("restoreIdea", "moderator", { reason: "Vérifiée" });
      return out;
    },
  },
  restoreIdea: {
    returnsIdeas: true,
    run: async (who) => {
      await onIdeas("hideIdea", "moderator", { reason: "Vérification en cours" });
      const out = await onIdeas("restoreIdea", who, { reason: "Vérifiée" });
      await onIdeas("restoreIdea", "moderator", { reason: "Vérifiée" });
      return out;
    },
  },
  hideComment: {
    returnsIdeas: true,
    run: async (who) => {
      const out = [
        await call(clients[who], "hideComment", {
          params: { box, id: ownComment.id },
          body: { reason: "Vérification" },
        }),
        ...(await onIdeas("listComments", who)),
      ];
      await call(clients.moderator, "restoreComment", {
        params: { box, id: ownComment.id },
        body: { reason: "Vérifié" },
      });
      return out;
    },
  },
  restoreComment: {
    returnsIdeas: false,
    run: async (who) => {
      await call(clients.moderator, "hideComment", {
        params: { box, id: ownComment.id },
        body: { reason: "Vérification" },
      });
      const out = await call(clients[who], "restoreComment", {
        params: { box, id: ownComment.id },
        body: { reason: "Vérifié" },
      });
      await call(clients.moderator, "restoreComment", {
        params: { box, id: ownComment.id },
        body: { reason: "Vérifié" },
      });
      return [out];
    },
  },
  dismissReport: {
    returnsIdeas: false,
    run: async (who) => {
      await clients.agent.request("reportIdea", {
        params: { box, id: anonymousIdea.id },
        body: { reason: "spam" },
      });
      const queue = await clients.moderator.request("moderationQueue", { params: { box } });
      const report = queue.items.find((item) => item.targetId === anonymousIdea.id)!;
      return [
        await call(clients[who], "dismissReport", {
          params: { box, id: report.id },
          body: { reason: "Rien à signaler" },
        }),
      ];
    },
  },
  // Blocks "the author of" both ideas (one through the author's comment), then looks at every
  // view a moderator or admin has while they hold; the blocks are lifted afterwards.
  block: {
    returnsIdeas: false,
    run: async (who) => {
      const out = [
        await call(clients[who], "block", {
          params: { box },
          body: { target: { kind: "idea", id: anonymousIdea.id }, reason: "Propos répétés" },
        }),
        await call(clients[who], "block", {
          params: { box },
          body: { target: { kind: "comment", id: ownTeamComment.id }, reason: "Propos répétés" },
        }),
        await call(clients.admin, "listMembers", { params: { box } }),
        await call(clients.admin, "listAudit", { params: { box } }),
        await call(clients.admin, "exportBoxJson", { params: { box } }),
        await call(clients.admin, "setMember", {
          params: { box, userId: clients.agent.userId },
          body: { role: "agent" },
        }),
      ];
      for (const entry of await blockEntries())
        await clients.moderator.request("unblock", { params: { box, userId: entry.userId } });
      return out;
    },
  },
  unblock: {
    returnsIdeas: false,
    run: async (who) => {
      await clients.moderator.request("block", {
        params: { box },
        body: { target: { kind: "idea", id: teamIdea.id }, reason: "Propos répétés" },
      });
      const out = [];
      for (const entry of await blockEntries())
        out.push(await call(clients[who], "unblock", { params: { box, userId: entry.userId } }));
      for (const entry of await blockEntries())
        await clients.moderator.request("unblock", { params: { box, userId: entry.userId } });
      out.push(await call(clients.admin, "listAudit", { params: { box } }));
      return out;
    },
  },
  listWebhooks: {
    returnsIdeas: false,
    run: async (who) => [await call(clients[who], "listWebhooks", { params: { box } })],
  },
  createWebhook: {
    returnsIdeas: false,
    run: async (who) => [
      await call(clients[who], "createWebhook", {
        params: { box },
        body: {
          url: `http://127.0.0.1:${receiverPort}/hook/${who}`,
          events: ["comment.created"],
        },
      }),
    ],
  },
  listDeliveries: {
    returnsIdeas: false,
    run: async (who) => [await call(clients[who], "listDeliveries", { params: { box } })],
  },
  // The admin console (issue 17): figures are counts, members are added by another's address.
  ...Object.fromEntries(
    Object.entries(
      adminFixtures(
        () => h,
        () => clients.admin,
        box,
        emails.agent,
      ),
    ).map(([name, fixture]) => [
      name,
      {
        returnsIdeas: false,
        run: async (who: Role) => [
          await call(clients[who], name, (await fixture()).input),
          await call(clients.admin, "listMembers", { params: { box } }),
        ],
      },
    ]),
  ),
};

beforeAll(async () => {
  receiver = createHttpServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      webhookBodies.push(body);
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverPort = (receiver.address() as { port: number }).port;
  smtp = await startTestSmtp();

  // A variable, not a literal: the allow-list setting is checked only where it exists.
  const overrides = {
    smtpUrl: smtp.url,
    smtpFrom: "idees@exemple.fr",
    webhookAllowedHosts: ["127.0.0.1"],
  };
  h = await startHarness(overrides);
  const person = async (who: Exclude<Role, "anonymous">, name: string) => {
    const client = await h.person(emails[who], name);
    return client;
  };
  clients = {
    anonymous: h.client(),
    agent: await person("agent", "Agente Ordinaire"),
    moderator: await person("moderator", "Modérateur Attentif"),
    admin: await person("admin", "Administratrice Boîte"),
    otherAdmin: await person("otherAdmin", "Admin Ailleurs"),
    platformAdmin: await person("platformAdmin", "Plateforme Anonymat"),
    author: await person("author", marker),
  };
  authorId = clients.author.userId!;
  await makePlatformAdmin(h.db, clients.platformAdmin.userId!);
  await clients.platformAdmin.request("createBox", {
    body: { slug: box, name: "Boîte des agents", visibility: "public" },
  });
  await clients.platformAdmin.request("createBox", {
    body: { slug: "ailleurs", name: "Autre boîte", visibility: "public" },
  });
  for (const [who, role, where] of [
    ["admin", "admin", box],
    ["moderator", "moderator", box],
    ["otherAdmin", "admin", "ailleurs"],
  ] as const)
    await clients.platformAdmin.request("setMember", {
      params: { box: where, userId: clients[who].userId! },
      body: { role },
    });
  await clients.admin.request("createWebhook", {
    params: { box },
    body: {
      url: `http://127.0.0.1:${receiverPort}/hook`,
      events: ["idea.created", "idea.status_changed", "comment.created"],
    },
  });
  // Everybody hears of everything at once, but the moderator reads a daily digest.
  for (const who of ["agent", "admin", "author", "otherAdmin", "platformAdmin"] as const)
    await clients[who].request("updateProfile", { body: { digest: "immediate" } });
  await clients.moderator.request("updateProfile", { body: { digest: "daily" } });

  anonymousIdea = await clients.author.request("createIdea", {
    params: { box },
    body: {
      title: "Des casiers pour les agents de terrain",
      problem: "Les agents de terrain n’ont nulle part où ranger leurs affaires.",
      solution: "Des casiers fermés au centre technique.",
      scope: "daily-work",
      authorship: { mode: "anonymous" },
    },
  });
  teamIdea = await clients.author.request("createIdea", {
    params: { box },
    body: {
      title: "Des balayeuses électriques pour le centre-ville",
      problem: "Les balayeuses thermiques réveillent les riverains à l’aube.",
      scope: "public-service",
      authorship: { mode: "team", teamName: "Équipe propreté" },
    },
  });
  for (const who of ["agent", "moderator", "admin", "otherAdmin", "platformAdmin"] as const)
    for (const idea of both()) {
      await clients[who].request("follow", { params: { box, id: idea.id } });
      await clients[who].request("support", { params: { box, id: idea.id } });
    }
  const question = await clients.agent.request("createComment", {
    params: { box, id: anonymousIdea.id },
    body: { body: "Combien de casiers faudrait-il ?" },
  });
  // The author answers on their own anonymous idea, and comments on their team's.
  ownComment = await clients.author.request("createComment", {
    params: { box, id: anonymousIdea.id },
    body: { body: "Une quarantaine, pour les trois équipes.", parentId: question.id },
  });
  ownTeamComment = await clients.author.request("createComment", {
    params: { box, id: teamIdea.id },
    body: { body: "Nous avons un devis à partager." },
  });
  await clients.moderator.request("changeStatus", {
    params: { box, id: teamIdea.id },
    body: { status: "accepted", response: "Retenue pour le budget de l’an prochain." },
  });
  // The Démineur (issue 16): the author's anonymous and team answers, driven like the ideas.
  demineur = await demineurSweep<Role>({
    box,
    clients,
    lead: "admin",
    author: "author",
    others: ["agent", "moderator"],
    call,
    webhookUrl: `http://127.0.0.1:${receiverPort}/hook/demineur`,
    scope: "daily-work",
    ideaId: anonymousIdea.id,
  });
  Object.assign(drivers, demineur.drivers);
}, 300_000);

afterAll(async () => {
  await h?.close();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
  await smtp.stop();
});

describe("anonymity of anonymous and team authors", () => {
  it("names the author to nobody but themselves, through every operation of the OpenAPI document, webhooks and e-mails", async () => {
    const document = (await (await h.client().raw("/openapi.json")).json()) as {
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    const operations = Object.values(document.paths).flatMap((item) =>
      Object.entries(item).map(([method, operation]) => ({
        name: operation.operationId,
        read: method === "get",
      })),
    );
    expect(operations.length).toBeGreaterThan(40);
    const unclassified = operations.filter((operation) => !(operation.name in drivers));
    expect(unclassified, "operations the anonymity sweep does not drive yet").toEqual([]);

    // Every operation as every role, then every read again: what the writes left behind
    // (audit entries, reports, merged duplicates) is read back too.
    for (const operation of [...operations, ...operations.filter((op) => op.read)])
      for (const who of roles)
        for (const result of await drivers[operation.name]!.run(who))
          seen.push({ operation: operation.name, role: who, text: JSON.stringify(result) });

    // What left the server: webhooks to the receiver, e-mails to the SMTP server.
    while ((await deliverDue(h.db, { allowedHosts: ["127.0.0.1"] })) > 0);
    const transport = nodemailer.createTransport(smtp.url) as MailTransport;
    const tomorrow = new Date(Date.now() + 25 * 60 * 60 * 1000);
    const mailSettings = {
      from: "idees@exemple.fr",
      publicUrl: h.server.config.publicUrl,
      sessionSecret: h.server.config.sessionSecret,
    };
    while ((await sendDueNotifications(h.db, transport, mailSettings)) > 0);
    while ((await sendDueNotifications(h.db, transport, { ...mailSettings, now: tomorrow })) > 0);

    const leaks = seen
      .filter((entry) => reveals(entry.text))
      .filter((entry) => !(entry.role === "author" && ownDataOperations.has(entry.operation)))
      .map((entry) => `${entry.operation} as ${entry.role}: …${around(entry.text)}…`);
    expect(leaks).toEqual([]);
    expect(webhookBodies.filter(reveals).map(around)).toEqual([]);
    expect(
      smtp.received
        .filter((mail) => !mail.to.includes(markerEmail))
        .map(mailText)
        .filter(reveals)
        .map(around),
    ).toEqual([]);

    // The sweep saw the ideas: each operation that can return them did, for some role.
    const ids = both().map((idea) => idea.id);
    const blind = Object.entries(drivers)
      .filter(([, driver]) => driver.returnsIdeas)
      .map(([operation]) => operation)
      .filter(
        (operation) =>
          !seen.some(
            (entry) => entry.operation === operation && ids.some((id) => entry.text.includes(id)),
          ),
      );
    expect(blind).toEqual([]);
    expect(demineur.blind(seen), "Démineur operations that never returned the answers").toEqual([]);
    for (const event of ["check.opened", "check.answered", "check.decided"])
      expect(webhookBodies.some((body) => body.includes(`"${event}"`))).toBe(true);
    expect(webhookBodies.some((body) => demineur.answerIds().some((id) => body.includes(id)))).toBe(
      true,
    );
    for (const event of ["idea.created", "idea.status_changed", "comment.created"])
      expect(
        webhookBodies.some((body) => body.includes(event) && ids.some((id) => body.includes(id))),
      ).toBe(true);
    expect(smtp.received.some((mail) => mail.to.includes(emails.agent))).toBe(true);
    expect(smtp.received.some((mail) => mail.to.includes(emails.moderator))).toBe(true);
    expect(smtp.received.some((mail) => mailText(mail).includes(anonymousIdea.title))).toBe(true);

    // The detector works: the author's own export has their name, e-mail and both ideas.
    const own = seen.find((entry) => entry.operation === "exportMyData" && entry.role === "author");
    expect(own?.text).toContain(marker);
    expect(own?.text).toContain(markerEmail);
    for (const id of ids) expect(own?.text).toContain(id);
  });

  it("erases the author: the ideas stay, anonymous, and the database keeps neither name nor e-mail", async () => {
    const before = await clients.author.request("exportMyData");
    expect(before.ideas.map((idea) => idea.id)).toEqual(
      expect.arrayContaining([anonymousIdea.id, teamIdea.id]),
    );
    await clients.author.request("eraseMe");
    const page = await clients.agent.request("getIdea", {
      params: { box, id: anonymousIdea.id },
    });
    expect(page.author.displayName).toBeNull();
    expect(page.title).toBe(anonymousIdea.title);
    const tables = await h.db.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
    );
    const holding: string[] = [];
    for (const { table_name } of tables) {
      const rows = await h.db.query(`select * from "${table_name}"`);
      if (JSON.stringify(rows).toLowerCase().includes(marker.toLowerCase()))
        holding.push(table_name);
    }
    expect(holding).toEqual([]);
  });
});

describe("blocking the author of an anonymous idea", () => {
  const secret = "cercle";
  let member: TestClient;
  let idea: { id: string };

  beforeAll(async () => {
    await clients.platformAdmin.request("createBox", {
      body: { slug: secret, name: "Cercle fermé", visibility: "members" },
    });
    member = await h.person("membre-cercle@exemple.fr", "Membre Du Cercle");
    for (const [who, role] of [
      [clients.admin, "admin"],
      [clients.moderator, "moderator"],
      [member, "agent"],
    ] as const)
      await clients.platformAdmin.request("setMember", {
        params: { box: secret, userId: who.userId! },
        body: { role },
      });
    idea = await member.request("createIdea", {
      params: { box: secret },
      body: {
        title: "Un local pour souffler entre deux accueils",
        problem: "Il n’y a aucun endroit calme pour une pause courte.",
        scope: "daily-work",
        authorship: { mode: "anonymous" },
      },
    });
  });

  it("lists the block as 'the author of idea X', keeps the member's own row unblocked, and really blocks", async () => {
    await clients.moderator.request("block", {
      params: { box: secret },
      body: { target: { kind: "idea", id: idea.id }, reason: "Propos injurieux répétés" },
    });
    const { items } = await clients.admin.request("listMembers", { params: { box: secret } });
    const own = items.find((item) => item.userId === member.userId)!;
    expect(own).toMatchObject({ displayName: "Membre Du Cercle", blocked: false });
    const entries = items.filter((item) => item.blocked);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      displayName: null,
      role: "agent",
      blocked: true,
      anonymousAuthorOf: {
        kind: "idea",
        id: idea.id,
        ideaId: idea.id,
        ideaTitle: "Un local pour souffler entre deux accueils",
      },
    });
    expect(entries[0]!.userId).not.toBe(member.userId);
    // Giving the member a role does not tell either.
    const updated = await clients.admin.request("setMember", {
      params: { box: secret, userId: member.userId! },
      body: { role: "agent" },
    });
    expect(updated.blocked).toBe(false);
    const audit = await clients.admin.request("listAudit", { params: { box: secret } });
    expect(JSON.stringify(audit)).not.toContain(member.userId!);

    // The block holds: the member can read but not post, comment or support.
    const refused = await member
      .request("createIdea", {
        params: { box: secret },
        body: { title: "Une autre idée", problem: "Pendant le blocage.", scope: "daily-work" },
      })
      .catch((error: unknown) => error as IdeaBoxError);
    expect((refused as IdeaBoxError).code).toBe("blocked");
    const comment = await member
      .request("createComment", {
        params: { box: secret, id: idea.id },
        body: { body: "Et moi ?" },
      })
      .catch((error: unknown) => error as IdeaBoxError);
    expect((comment as IdeaBoxError).code).toBe("blocked");
    await member.request("getIdea", { params: { box: secret, id: idea.id } });

    // Lifted through the entry of the members list, then again through the idea itself.
    await clients.moderator.request("unblock", {
      params: { box: secret, userId: entries[0]!.userId },
    });
    await member.request("support", { params: { box: secret, id: idea.id } });
    await clients.moderator.request("block", {
      params: { box: secret },
      body: { target: { kind: "idea", id: idea.id }, reason: "Encore" },
    });
    await clients.moderator.request("unblock", { params: { box: secret, userId: idea.id } });
    expect(
      (await clients.admin.request("listMembers", { params: { box: secret } })).items.filter(
        (item) => item.blocked,
      ),
    ).toEqual([]);
    await member.request("createComment", {
      params: { box: secret, id: idea.id },
      body: { body: "Merci d’avoir relu." },
    });
  });

  it("still names a person blocked through a named idea, as before", async () => {
    const named = await member.request("createIdea", {
      params: { box: secret },
      body: {
        title: "Une idée signée",
        problem: "Un problème signé de mon nom.",
        scope: "daily-work",
      },
    });
    await clients.moderator.request("block", {
      params: { box: secret },
      body: { target: { kind: "idea", id: named.id }, reason: "Propos injurieux" },
    });
    const { items } = await clients.admin.request("listMembers", { params: { box: secret } });
    expect(items.find((item) => item.userId === member.userId)).toMatchObject({ blocked: true });
    await clients.moderator.request("unblock", {
      params: { box: secret, userId: member.userId! },
    });
  });
});
