import { createIdeaBoxClient, routes, type EndpointName } from "@communs/idea-box/client";
import { createIdeaBoxStore, createMemoryStorage } from "@communs/idea-box/store";
import {
  createMockIdeaBoxServer,
  makeMockIdeas,
  mockBox,
  mockId,
  type MockOptions,
} from "@communs/idea-box/testing";

/**
 * The mock idea box server of `@communs/idea-box/testing` with the admin console's routes on
 * top, for tests and offline stories: members, blocks (one of them the hidden author of an
 * anonymous idea), webhooks with a delivery log, themes, scopes and statuses, and figures
 * counted from the mock's ideas (a status changed in the mock moves them).
 */
export function createAdminMockStore(options: MockOptions & { platformAdmin?: boolean } = {}) {
  const ideasGiven = options.ideas ?? makeMockIdeas(8);
  const server = createMockIdeaBoxServer({ role: "admin", ...options, ideas: ideasGiven });
  const box = structuredClone({
    ...mockBox,
    myRole: "admin" as const,
    services: [
      { id: mockId(980), slug: "etat-civil", label: "État civil" },
      { id: mockId(981), slug: "voirie", label: "Voirie" },
    ],
  });
  let counter = 100;
  const members = [
    { userId: mockId(901), displayName: "Camille Martin", role: "admin", blocked: false },
    { userId: mockId(902), displayName: "Dominique Petit", role: "moderator", blocked: false },
    { userId: mockId(903), displayName: "Alex Bernard", role: "agent", blocked: true },
    { userId: mockId(904), displayName: "Sacha Leroy", role: "lead", blocked: false },
  ].map((m) => ({
    ...m,
    service: (m.role === "lead" ? "voirie" : null) as string | null,
    anonymousAuthorOf: null as unknown,
  }));
  const firstIdea = [...server.ideas.values()][0];
  members.push({
    userId: mockId(905),
    displayName: null as unknown as string,
    role: "agent",
    blocked: true,
    service: null,
    anonymousAuthorOf: {
      kind: "idea",
      id: firstIdea?.id ?? mockId(1),
      ideaId: firstIdea?.id ?? mockId(1),
      ideaTitle: firstIdea?.title ?? "Une idée anonyme",
    },
  });
  const accounts = new Map([
    ["sacha.leroy@exemple.gouv.fr", mockId(904)],
    ["lou.moreau@exemple.gouv.fr", mockId(906)],
  ]);
  const webhooks = [
    {
      id: mockId(950),
      url: "https://intranet.exemple.gouv.fr/hooks/idees",
      events: ["idea.created", "idea.status_changed"],
      secret: null as string | null,
      createdAt: "2026-01-12T09:30:00.000Z",
    },
  ];
  const deliveries = [
    { state: "delivered", attempts: 1, lastError: null },
    { state: "pending", attempts: 2, lastError: "HTTP 503" },
    { state: "failed", attempts: 8, lastError: "connect ECONNREFUSED" },
  ].map((d, index) => ({
    id: mockId(960 + index),
    event: index === 1 ? "idea.status_changed" : "idea.created",
    createdAt: `2026-02-0${index + 1}T10:00:00.000Z`,
    ...d,
  }));
  const json = (status: number, body?: unknown) =>
    new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { "content-type": "application/json" },
    });
  const problem = (status: number, code: string, detail?: string) =>
    new Response(JSON.stringify({ type: "about:blank", status, code, title: code, detail }), {
      status,
      headers: { "content-type": "application/problem+json" },
    });

  function figures() {
    const visible = [...server.ideas.values()].filter((idea) => !idea.hidden && !idea.mergedInto);
    const answeredDelays = visible
      .map((idea) => {
        const first = idea.history.find((h) => h.status !== "submitted" || h.response);
        return first ? (Date.parse(first.at) - Date.parse(idea.createdAt)) / 86_400_000 : null;
      })
      .filter((d): d is number => d !== null)
      .map((d) => Math.max(0, d))
      .sort((a, b) => a - b);
    const now = new Date();
    const months = Array.from({ length: 12 }, (_, i) => {
      const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11 + i, 1));
      return d.toISOString().slice(0, 7);
    });
    const middle = answeredDelays.length / 2;
    const median =
      answeredDelays.length === 0
        ? null
        : answeredDelays.length % 2
          ? answeredDelays[Math.floor(middle)]!
          : (answeredDelays[middle - 1]! + answeredDelays[middle]!) / 2;
    const band = (low: number, high: number) =>
      answeredDelays.filter((d) => d > low && d <= high).length +
      (low === 0 ? answeredDelays.filter((d) => d === 0).length : 0);
    return {
      total: visible.length,
      answered: answeredDelays.length,
      byStatus: box.statuses.map((s) => ({
        key: s.key,
        label: s.label,
        count: visible.filter((idea) => idea.status === s.key).length,
      })),
      byMonth: months.map((month) => ({
        month,
        count: visible.filter((idea) => idea.createdAt.slice(0, 7) === month).length,
      })),
      firstAnswer: {
        medianDays: median === null ? null : Math.round(median * 10) / 10,
        bands: [
          { band: "day", count: band(0, 1) },
          { band: "week", count: band(1, 7) },
          { band: "month", count: band(7, 30) },
          { band: "later", count: band(30, Infinity) },
        ],
      },
    };
  }

  const used = (field: "theme" | "scope", slug: string) =>
    [...server.ideas.values()].some((idea) => idea[field] === slug);

  // Bodies arrive already checked by the client's types; the mock reads them loosely.
  interface Body {
    slug: string;
    label: string;
    key: string;
    requiresReason: boolean;
    final: boolean;
    role: string;
    email: string;
    url: string;
    events: string[];
    service?: string | null;
  }
  const table: Partial<Record<EndpointName, (p: Record<string, string>, body: Body) => Response>> =
    {
      getBox: () => json(200, { ...box, ideaCount: server.ideas.size }),
      updateBox: (_, body) => {
        Object.assign(box, body);
        return json(200, box);
      },
      listBoxes: () =>
        json(200, {
          items: [
            { ...box, ideaCount: server.ideas.size },
            {
              id: mockId(990),
              slug: "atelier",
              name: "Atelier de la transformation",
              description: "",
              visibility: "public",
              ideaCount: 3,
            },
          ].map(({ id, slug, name, description, visibility, ideaCount }) => ({
            id,
            slug,
            name,
            description,
            visibility,
            ideaCount,
          })),
        }),
      session: () =>
        json(200, {
          user: {
            id: mockId(901),
            displayName: "Camille Martin",
            email: null,
            platformAdmin: options.platformAdmin ?? true,
            digest: "off",
          },
          csrfToken: "mock",
        }),
      boxFigures: () => json(200, figures()),
      createTheme: (_, body) => {
        const theme = { id: mockId(++counter), slug: body.slug, label: body.label };
        box.themes.push(theme);
        return json(201, theme);
      },
      createScope: (_, body) => {
        const scope = { id: mockId(++counter), slug: body.slug, label: body.label };
        box.scopes.push(scope);
        return json(201, scope);
      },
      updateTheme: (p, body) => {
        const theme = box.themes.find((t) => t.id === p.id);
        if (!theme) return problem(404, "not-found");
        theme.label = body.label;
        return json(200, theme);
      },
      updateScope: (p, body) => {
        const scope = box.scopes.find((t) => t.id === p.id);
        if (!scope) return problem(404, "not-found");
        scope.label = body.label;
        return json(200, scope);
      },
      deleteTheme: (p) => {
        const theme = box.themes.find((t) => t.id === p.id);
        if (!theme) return problem(404, "not-found");
        if (used("theme", theme.slug)) return problem(409, "conflict", "ideas use it");
        box.themes = box.themes.filter((t) => t !== theme);
        return json(204);
      },
      deleteScope: (p) => {
        const scope = box.scopes.find((t) => t.id === p.id);
        if (!scope) return problem(404, "not-found");
        if (used("scope", scope.slug)) return problem(409, "conflict", "ideas use it");
        box.scopes = box.scopes.filter((t) => t !== scope);
        return json(204);
      },
      createStatus: (_, body) => {
        const status = {
          key: body.key,
          label: body.label,
          requiresReason: body.requiresReason ?? false,
          final: body.final ?? false,
        };
        box.statuses.push(status);
        return json(201, status);
      },
      updateStatus: (p, body) => {
        const status = box.statuses.find((s) => s.key === p.key);
        if (!status) return problem(404, "not-found");
        Object.assign(status, body);
        return json(200, status);
      },
      deleteStatus: (p) => {
        const inUse =
          p.key === "submitted" ||
          [...server.ideas.values()].some((idea) => idea.history.some((h) => h.status === p.key));
        if (inUse) return problem(409, "conflict", "ideas have or had this status");
        box.statuses = box.statuses.filter((s) => s.key !== p.key);
        return json(204);
      },
      listMembers: () => json(200, { items: members }),
      setMember: (p, body) => {
        const member = members.find((m) => m.userId === p.userId);
        if (!member) return problem(404, "not-found");
        if (member.userId === mockId(901) && body.role !== "admin")
          return problem(409, "conflict", "an admin cannot demote themselves");
        member.role = body.role;
        if (body.service !== undefined) member.service = body.service;
        return json(200, member);
      },
      createService: (_, body) => {
        if (box.services.some((s) => s.slug === body.slug))
          return problem(409, "conflict", "slug already used");
        const service = { id: mockId(++counter), slug: body.slug, label: body.label };
        box.services.push(service);
        return json(201, service);
      },
      addMember: (_, body) => {
        const userId = accounts.get(String(body.email).toLowerCase());
        if (!userId) return problem(404, "not-found", "no account has this e-mail address");
        let member = members.find((m) => m.userId === userId);
        if (!member) {
          member = {
            userId,
            displayName: "Lou Moreau",
            role: body.role,
            blocked: false,
            service: null,
            anonymousAuthorOf: null,
          };
          members.push(member);
        } else member.role = body.role;
        return json(200, member);
      },
      removeMember: (p) => {
        const member = members.find((m) => m.userId === p.userId);
        if (!member) return problem(404, "not-found");
        if (member.userId === mockId(901)) return problem(409, "conflict", "yourself");
        if (member.blocked) return problem(409, "conflict", "unblock first");
        members.splice(members.indexOf(member), 1);
        return json(204);
      },
      unblock: (p) => {
        const member = members.find((m) => m.userId === p.userId && m.blocked);
        if (!member) return problem(404, "not-found");
        if (member.anonymousAuthorOf) members.splice(members.indexOf(member), 1);
        else member.blocked = false;
        return json(204);
      },
      listWebhooks: () => json(200, { items: webhooks.map((w) => ({ ...w, secret: null })) }),
      createWebhook: (_, body) => {
        const hook = {
          id: mockId(++counter),
          url: body.url,
          events: body.events,
          secret: `whsec_mock${counter}`,
          createdAt: new Date().toISOString(),
        };
        webhooks.push(hook);
        return json(201, hook);
      },
      listDeliveries: () => json(200, { items: deliveries }),
      exportBoxJson: () =>
        json(200, { box, ideas: [...server.ideas.values()], comments: server.comments }),
      exportBoxCsv: () =>
        new Response(
          "id,title\n" + [...server.ideas.values()].map((i) => `${i.id},"${i.title}"`).join("\n"),
          {
            status: 200,
            headers: { "content-type": "text/csv" },
          },
        ),
    };
  const patterns = Object.entries(routes).map(([name, route]) => ({
    name: name as EndpointName,
    method: route.method,
    pattern: new RegExp(`^${route.path.replace(/\{(\w+)\}/g, "(?<$1>[^/]+)")}$`),
  }));

  const fetchImpl = async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(
      typeof input === "string" ? input : input instanceof URL ? input.href : input.url,
    );
    const method = (init.method ?? "GET").toUpperCase();
    for (const route of patterns) {
      const match = route.method === method ? route.pattern.exec(url.pathname) : null;
      const run = match ? table[route.name] : undefined;
      if (!match || !run) continue;
      const params = Object.fromEntries(
        Object.entries(match.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]),
      );
      const body = typeof init.body === "string" ? (JSON.parse(init.body) as unknown) : undefined;
      server.calls.push({ name: route.name, body });
      return run(params, body as Body);
    }
    return server.fetch(input, init);
  };
  const client = createIdeaBoxClient({
    baseUrl: "https://mock.invalid",
    fetch: fetchImpl as typeof fetch,
    retries: 0,
  });
  const store = createIdeaBoxStore({ client, box: "demo", storage: createMemoryStorage() });
  return { server, store, box, members, webhooks };
}
