/**
 * An in-memory idea box server behind a `fetch` function, implementing the contract of
 * `@communs/idea-box` (same endpoints, same validation, problem details). For stories, tests
 * and demos: `createIdeaBoxClient({ baseUrl: "https://mock.invalid", fetch: mock.fetch })`.
 * Sample texts are our own writing, under CC BY-SA 4.0.
 */
import {
  endpoints,
  issuesFromZod,
  problem,
  type IdeaT,
  type ProblemCode,
  type EndpointName,
  type IdeaInput,
  type ReportT as Report,
} from "@communs/idea-box";
import { createIdeaBoxClient } from "@communs/idea-box/client";
import {
  createIdeaBoxStore,
  type BoxDetailsT,
  type CommentItemT,
  type IdeaPageT,
  type StoreOptions,
} from "./store/store";
import { createMemoryStorage } from "./store/storage";
import { foldWords } from "@communs/i18n";
import { filterIdeasLocally, type ListSort } from "./store/sort";
import {
  createMockDemineur,
  type MockDemineurOptions,
  type MockDemineurServer,
} from "./store/demineur-mock";

export interface MockOptions {
  /** My role in the box (default "agent"); null: a reader who is not signed in. */
  role?: "agent" | "moderator" | "admin" | null;
  ideas?: IdeaPageT[];
  comments?: CommentItemT[];
  /** Milliseconds before each answer (default 0). */
  latencyMs?: number;
}

const me = { id: "00000000-0000-4000-8000-000000000001", displayName: "Camille Martin" };

let counter = 0;
/** A valid v4-shaped UUID from a number (stable across runs). */
export function mockId(n: number): string {
  const hex = n.toString(16).padStart(12, "0");
  return `10000000-0000-4000-8000-${hex}`;
}

export const mockBox: BoxDetailsT = {
  id: "20000000-0000-4000-8000-000000000001",
  slug: "demo",
  name: "Boîte à idées de la direction",
  description: "Proposez, soutenez et suivez les idées des agents.",
  visibility: "members",
  ideaCount: 0,
  themes: [
    { id: "30000000-0000-4000-8000-000000000001", slug: "accueil", label: "Accueil des usagers" },
    { id: "30000000-0000-4000-8000-000000000002", slug: "outils", label: "Outils numériques" },
    { id: "30000000-0000-4000-8000-000000000003", slug: "environnement", label: "Environnement" },
  ],
  scopes: [
    {
      id: "40000000-0000-4000-8000-000000000001",
      slug: "public-service",
      label: "Service public rendu aux usagers",
    },
    {
      id: "40000000-0000-4000-8000-000000000002",
      slug: "daily-work",
      label: "Travail au quotidien des agents",
    },
  ],
  statuses: [
    { key: "submitted", label: "Déposée", requiresReason: false, final: false },
    { key: "under_review", label: "À l’étude", requiresReason: false, final: false },
    { key: "accepted", label: "Retenue", requiresReason: false, final: false },
    { key: "implemented", label: "Réalisée", requiresReason: false, final: true },
    { key: "not_retained", label: "Non retenue", requiresReason: true, final: true },
  ],
  myRole: "agent",
};

const titles = [
  "Un guichet unique pour les demandes d’aides sociales",
  "Des salles de réunion réservables en ligne",
  "Traduire les courriers types en langage clair",
  "Un covoiturage entre agents des sites éloignés",
  "Numériser les registres de l’état civil ancien",
  "Des horaires d’accueil élargis le jeudi soir",
  "Un annuaire interne à jour des compétences",
  "Réduire les impressions papier au service RH",
];
const problems = [
  "Les usagers doivent remplir plusieurs dossiers identiques pour des aides voisines, et attendent des semaines.",
  "Réserver une salle demande trois courriels et il arrive que deux équipes arrivent au même moment.",
  "Nos courriers sont difficiles à comprendre : beaucoup d’usagers rappellent pour demander ce qu’il faut faire.",
  "Les agents des sites ruraux font souvent plus d’une heure de route seuls pour les réunions au siège.",
];

/** Makes `count` ideas, varied in status, theme, scope, age and support (deterministic). */
export function makeMockIdeas(count: number, start = 0): IdeaPageT[] {
  const statuses = ["submitted", "under_review", "accepted", "implemented", "not_retained"];
  const base = Date.parse("2026-11-20T09:00:00Z");
  return Array.from({ length: count }, (_, offset) => {
    const i = start + offset;
    const status = statuses[i % statuses.length]!;
    const createdAt = new Date(base - i * 3_600_000 * 7).toISOString();
    return {
      id: mockId(i + 1),
      box: "demo",
      title:
        count > titles.length
          ? `${titles[i % titles.length]} (${i + 1})`
          : titles[i % titles.length]!,
      problem: problems[i % problems.length]!,
      solution:
        i % 3 === 0
          ? ""
          : "Mettre en place un formulaire commun et un suivi partagé entre les services.",
      concerned: i % 2 === 0 ? "Agents d’accueil, usagers" : "",
      scope: i % 2 === 0 ? "public-service" : "daily-work",
      theme: ["accueil", "outils", "environnement", null][i % 4]!,
      status,
      author:
        i % 5 === 1
          ? { mode: "anonymous", displayName: null, teamName: null }
          : i % 5 === 2
            ? { mode: "team", displayName: "Lou Bernard", teamName: "Service état civil" }
            : {
                mode: "named",
                displayName: i % 3 === 0 ? me.displayName : "Lou Bernard",
                teamName: null,
              },
      mine: i % 3 === 0,
      supportCount: (i * 7) % 23,
      commentCount: (i * 3) % 5,
      followerCount: (i * 5) % 7,
      supportedByMe: i % 4 === 1,
      followedByMe: false,
      hidden: false,
      mergedInto: null,
      createdAt,
      updatedAt: createdAt,
      history: [
        { status: "submitted", response: "", changedBy: null, at: createdAt },
        ...(status === "submitted"
          ? []
          : [
              {
                status,
                response:
                  status === "not_retained"
                    ? "Le budget de cette année ne le permet pas ; nous la réexaminerons en 2027."
                    : status === "accepted"
                      ? "Retenue pour le plan d’action du prochain semestre."
                      : "",
                changedBy: "Équipe innovation",
                at: new Date(Date.parse(createdAt) + 86_400_000).toISOString(),
              },
            ]),
      ],
    } satisfies IdeaPageT;
  });
}

const json = (status: number, body: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
const fail = (code: ProblemCode, extra: Parameters<typeof problem>[1] = {}) => {
  const details = problem(code, extra);
  return new Response(JSON.stringify(details), {
    status: details.status,
    headers: { "content-type": "application/problem+json" },
  });
};

const routes = Object.entries(endpoints).map(([name, endpoint]) => ({
  name,
  endpoint,
  pattern: new RegExp(`^${endpoint.path.replace(/\{(\w+)\}/g, "(?<$1>[^/]+)")}$`),
}));

/** Words of three letters or more, accents folded (œ too), for the similar-ideas score. */
const words = (text: string) => new Set(foldWords(text).filter((word) => word.length > 2));

/** The mock server: `fetch`, plus switches for stories and tests. */
export function createMockIdeaBoxServer(options: MockOptions = {}) {
  const ideas = new Map(
    (options.ideas ?? makeMockIdeas(6)).map((idea) => [idea.id, structuredClone(idea)]),
  );
  const comments: CommentItemT[] = structuredClone(options.comments ?? []);
  const reports: Report[] = [];
  let role = options.role === undefined ? "agent" : options.role;
  let offline = false;
  const failures = new Map<string, ProblemCode>();
  const calls: { name: string; body: unknown }[] = [];
  const now = () => new Date().toISOString();
  const view = (idea: IdeaPageT) => idea;
  const summary = (idea: IdeaPageT): IdeaT => {
    const rest: Partial<IdeaPageT> = { ...idea };
    delete rest.history;
    return rest as IdeaT;
  };

  async function handle(
    name: string,
    params: Record<string, string>,
    query: URLSearchParams,
    body: unknown,
  ): Promise<Response> {
    const endpoint = endpoints[name as keyof typeof endpoints];
    if ("body" in endpoint && endpoint.body) {
      const parsed = endpoint.body.safeParse(body);
      if (!parsed.success)
        return fail("validation", { errors: issuesFromZod(parsed.error, "body") });
      body = parsed.data;
    }
    const needs = endpoint.access;
    if (["agent", "user"].includes(needs) && !role) return fail("unauthenticated");
    if (needs === "moderator" && role !== "moderator" && role !== "admin") return fail("forbidden");
    if (needs === "admin" && role !== "admin") return fail("forbidden");
    const idea = params.id ? ideas.get(params.id) : undefined;
    const needIdea = () => (idea ? null : fail("not-found"));
    /** Turns my support or follow on or off, counting it once. */
    const mark = (
      flag: "supportedByMe" | "followedByMe",
      count: "supportCount" | "followerCount",
      on: boolean,
    ) => {
      if (!idea) return fail("not-found");
      if (idea[flag] !== on) idea[count] += on ? 1 : -1;
      idea[flag] = on;
      return json(200, view(idea));
    };
    // One handler per mocked endpoint, like the real server's table (domain/handlers.ts).
    const table: Partial<Record<EndpointName, () => Response | Promise<Response>>> = {
      session: () => {
        return json(200, {
          user: role ? { ...me, email: null, platformAdmin: false, digest: "off" } : null,
          csrfToken: "mock",
        });
      },
      getBox: () => {
        return json(200, { ...mockBox, ideaCount: ideas.size, myRole: role });
      },
      listIdeas: () => {
        const visible = [...ideas.values()].filter(
          (entry) =>
            !entry.mergedInto && (!entry.hidden || role === "moderator" || role === "admin"),
        );
        // The same sorting and filtering as the store's (`store/sort.ts`).
        const items = filterIdeasLocally(visible, {
          sort: (query.get("sort") ?? "recent") as ListSort,
          q: query.get("q") ?? undefined,
          status: query.get("status") ?? undefined,
          theme: query.get("theme") ?? undefined,
          scope: query.get("scope") ?? undefined,
          mine: query.get("mine") === "true",
          supported: query.get("supported") === "true",
        });
        const offset = Number(query.get("cursor") ?? 0);
        const limit = Number(query.get("limit") ?? 20);
        const page = items.slice(offset, offset + limit);
        const next = offset + limit < items.length ? String(offset + limit) : null;
        return json(200, { items: page.map(summary), nextCursor: next });
      },
      similarIdeas: () => {
        const mine = words(query.get("title") ?? "");
        const scored = [...ideas.values()]
          .map((entry) => {
            const theirs = words(entry.title);
            const shared = [...mine].filter((word) => theirs.has(word)).length;
            return { entry, similarity: shared / Math.max(1, new Set([...mine, ...theirs]).size) };
          })
          .filter((item) => item.similarity >= 0.15)
          .sort((a, b) => b.similarity - a.similarity)
          .slice(0, Number(query.get("limit") ?? 5));
        return json(200, {
          items: scored.map(({ entry, similarity }) => ({
            id: entry.id,
            title: entry.title,
            status: entry.status,
            similarity,
          })),
        });
      },
      createIdea: () => {
        // Parsed by the contract's schema above: defaults filled, texts trimmed.
        const input = body as IdeaInput;
        const at = now();
        const created: IdeaPageT = {
          id: mockId(900_000 + ++counter),
          box: params.box!,
          title: input.title,
          problem: input.problem,
          solution: input.solution,
          concerned: input.concerned,
          scope: input.scope,
          theme: input.theme ?? null,
          status: "submitted",
          author: {
            mode: input.authorship.mode,
            displayName: input.authorship.mode === "anonymous" ? null : me.displayName,
            teamName: input.authorship.mode === "team" ? input.authorship.teamName : null,
          },
          mine: true,
          supportCount: 0,
          commentCount: 0,
          followerCount: 1,
          supportedByMe: false,
          followedByMe: true,
          hidden: false,
          mergedInto: null,
          createdAt: at,
          updatedAt: at,
          history: [{ status: "submitted", response: "", changedBy: null, at }],
        };
        ideas.set(created.id, created);
        return json(201, view(created));
      },
      getIdea: () => {
        return needIdea() ?? json(200, view(idea!));
      },
      support: () => mark("supportedByMe", "supportCount", name === "support"),
      follow: () => mark("followedByMe", "followerCount", name === "follow"),
      changeStatus: () => {
        if (!idea) return fail("not-found");
        const change = body as { status: string; response: string };
        const status = mockBox.statuses.find((entry) => entry.key === change.status);
        if (!status)
          return fail("validation", {
            errors: [{ pointer: "/body/status", code: "invalid_value" }],
          });
        if (status.requiresReason && !change.response)
          return fail("validation", {
            errors: [{ pointer: "/body/response", code: "required_reason" }],
          });
        idea.status = change.status;
        idea.history.push({
          status: change.status,
          response: change.response,
          changedBy: me.displayName,
          at: now(),
        });
        return json(200, view(idea));
      },
      mergeIdea: () => {
        if (!idea) return fail("not-found");
        const into = ideas.get((body as { into: string }).into);
        if (!into || into.id === idea.id)
          return fail("validation", { errors: [{ pointer: "/body/into", code: "invalid_value" }] });
        idea.mergedInto = into.id;
        into.supportCount += idea.supportCount;
        return json(200, view(idea));
      },
      listComments: () => {
        return (
          needIdea() ??
          json(200, { items: comments.filter((comment) => comment.ideaId === idea!.id) })
        );
      },
      createComment: () => {
        if (!idea) return fail("not-found");
        const input = body as { body: string; parentId?: string };
        const comment: CommentItemT = {
          id: mockId(800_000 + ++counter),
          ideaId: idea.id,
          parentId: input.parentId ?? null,
          body: input.body,
          author: { displayName: me.displayName },
          mine: true,
          hidden: false,
          createdAt: now(),
        };
        comments.push(comment);
        idea.commentCount += 1;
        return json(201, comment);
      },
      reportIdea: () => {
        const kind = name === "reportIdea" ? "idea" : "comment";
        const target =
          kind === "idea"
            ? ideas.get(params.id!)?.title
            : comments.find((c) => c.id === params.id)?.body;
        if (target === undefined) return fail("not-found");
        const input = body as { reason: Report["reason"]; details: string };
        reports.push({
          id: mockId(700_000 + ++counter),
          targetKind: kind,
          targetId: params.id!,
          reason: input.reason,
          details: input.details,
          excerpt: target.slice(0, 200),
          targetHidden: false,
          reportCount: 1,
          createdAt: now(),
        });
        return json(204, undefined);
      },
      moderationQueue: () => {
        return json(200, { items: reports });
      },
      hideIdea: () => {
        const hide = name.startsWith("hide");
        const target = name.endsWith("Idea")
          ? ideas.get(params.id!)
          : comments.find((c) => c.id === params.id);
        if (!target) return fail("not-found");
        target.hidden = hide;
        for (const report of reports) if (report.targetId === params.id) report.targetHidden = hide;
        return json(204, undefined);
      },
      dismissReport: () => {
        const index = reports.findIndex((report) => report.id === params.id);
        if (index < 0) return fail("not-found");
        reports.splice(index, 1);
        return json(204, undefined);
      },
      exportMyData: () => {
        const mine = [...ideas.values()].filter((entry) => entry.mine).map(summary);
        return json(200, {
          user: { ...me, email: null, platformAdmin: false, digest: "off" },
          memberships: [{ box: "demo", role: role ?? "agent" }],
          ideas: mine,
          comments: comments.filter((comment) => comment.mine),
          supports: [...ideas.values()]
            .filter((entry) => entry.supportedByMe)
            .map((entry) => entry.id),
          follows: [...ideas.values()]
            .filter((entry) => entry.followedByMe)
            .map((entry) => entry.id),
        });
      },
      eraseMe: () => {
        role = null;
        return json(204, undefined);
      },
    };
    // Pairs that share one handler (it reads `name`).
    table.unsupport = table.support;
    table.unfollow = table.follow;
    table.reportComment = table.reportIdea;
    table.restoreIdea = table.hideIdea;
    table.hideComment = table.hideIdea;
    table.restoreComment = table.hideIdea;
    const run = table[name as EndpointName];
    return run ? run() : fail("method-not-allowed", { detail: `${name} is not mocked` });
  }

  const fetchImpl = async (
    input: string | URL | Request,
    init: RequestInit = {},
  ): Promise<Response> => {
    const url = new URL(
      typeof input === "string" ? input : input instanceof URL ? input.href : input.url,
      "http://mock.invalid",
    );
    const method = (init.method ?? "GET").toUpperCase();
    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    if (init.signal?.aborted) throw init.signal.reason ?? new DOMException("Aborted", "AbortError");
    if (offline) throw new TypeError("Failed to fetch");
    const path = url.pathname.replace(/\/+$/, "") || "/";
    for (const route of routes) {
      if (route.endpoint.method !== method) continue;
      const match = route.pattern.exec(path);
      if (!match) continue;
      const params = Object.fromEntries(
        Object.entries(match.groups ?? {}).map(([key, value]) => [key, decodeURIComponent(value)]),
      );
      const body = typeof init.body === "string" ? (JSON.parse(init.body) as unknown) : undefined;
      calls.push({ name: route.name, body });
      const forced = failures.get(route.name);
      if (forced) return fail(forced);
      return handle(route.name, params, url.searchParams, body);
    }
    return fail("not-found");
  };

  return {
    fetch: fetchImpl as typeof fetch,
    /** Every request received, by endpoint name. */
    calls,
    ideas,
    comments,
    reports,
    /** Network failure (like a server down) while true. */
    setOffline(value: boolean) {
      offline = value;
    },
    /** The next requests to `endpoint` fail with `code` until cleared with null. */
    failWith(endpoint: string, code: ProblemCode | null) {
      if (code) failures.set(endpoint, code);
      else failures.delete(endpoint);
    },
    setRole(next: MockOptions["role"]) {
      role = next ?? null;
    },
  };
}
export type MockIdeaBoxServer = ReturnType<typeof createMockIdeaBoxServer>;

/** The mock server's options and the store's (`box` defaults to "demo", the mock box). */
export interface MockStoreOptions
  extends MockOptions, Partial<Pick<StoreOptions, "box" | "now" | "gcTimeMs">> {}

/**
 * A store over a fresh mock server, wired as tests and stories need it: a client without
 * retries (a failure shows at once) and drafts kept in memory.
 */
export function createMockIdeaBoxStore(options: MockStoreOptions = {}) {
  const { box = "demo", now, gcTimeMs, ...mockOptions } = options;
  const server = createMockIdeaBoxServer(mockOptions);
  const client = createIdeaBoxClient({
    baseUrl: "https://mock.invalid",
    fetch: server.fetch,
    retries: 0,
  });
  const storage = createMemoryStorage();
  const store = createIdeaBoxStore({ client, box, storage, now, gcTimeMs });
  return { server, client, storage, store };
}
// The Démineur's in-memory server, in front of this one.
export {
  makeMockChecks,
  mockServices,
  type MockDemineurOptions,
  type MockDemineurRole,
  type MockDemineurServer,
} from "./store/demineur-mock";

/** The Démineur's mock in front of a fresh idea box mock (`role` "lead" by default). */
export function createMockDemineurServer(
  options: MockDemineurOptions & Omit<MockOptions, "role"> = {},
): MockDemineurServer {
  const { role, checks, answers, now, ...rest } = options;
  return createMockDemineur(createMockIdeaBoxServer(rest), {
    role,
    checks,
    answers,
    now,
    latencyMs: rest.latencyMs,
  });
}

/** A store over a fresh mock Démineur, wired as tests and stories need it (no retries). */
export function createMockDemineurStore(
  options: MockDemineurOptions & Omit<MockOptions, "role"> = {},
) {
  const server = createMockDemineurServer(options);
  const client = createIdeaBoxClient({
    baseUrl: "https://mock.invalid",
    fetch: server.fetch,
    retries: 0,
  });
  const storage = createMemoryStorage();
  const store = createIdeaBoxStore({ client, box: "demo", storage });
  return { server, client, storage, store };
}
