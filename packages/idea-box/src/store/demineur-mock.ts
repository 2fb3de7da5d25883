/**
 * An in-memory Démineur in front of the in-memory idea box server (`../testing`): the same
 * routes, validation and problem details as the contract, for tests, stories and demos. Sample
 * texts are our own writing, under CC BY-SA 4.0.
 */
import { endpoints, issuesFromZod, problem, type ProblemCode } from "@communs/idea-box";
import { foldWords } from "@communs/i18n";
import { demineurRoutes } from "../routes-demineur";
import { buildCheckReport } from "../demineur-report";
import type {
  AnswerCommentT,
  AnswerInputT,
  AnswerT,
  CheckCreateInput,
  CheckReportT,
  CheckT,
  DecisionInputT,
} from "./demineur";

export type MockDemineurRole = "agent" | "lead" | "moderator" | "admin" | null;

/** What the Démineur needs of the idea box mock it stands in front of (`../testing`). */
export interface IdeaBoxMock {
  fetch: typeof fetch;
  ideas: Map<string, { id: string; title: string; problem: string; status: string }>;
  setOffline(value: boolean): void;
  setRole(role: "agent" | "moderator" | "admin" | null): void;
}

/** A valid v4-shaped UUID from a number (stable across runs), as the idea box mock's. */
const mockId = (n: number) => `10000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;

export interface MockDemineurOptions {
  /** My role in the box (default "lead"); null: a reader who is not signed in. */
  role?: MockDemineurRole;
  checks?: CheckT[];
  answers?: AnswerT[];
  /** "Today" for closing checks on their decision date (default: the real clock). */
  now?: () => number;
  /** Milliseconds before each answer (default 0). */
  latencyMs?: number;
}

const me = "Camille Martin";
export const mockServices = [
  { id: "50000000-0000-4000-8000-000000000001", slug: "etat-civil", label: "État civil" },
  { id: "50000000-0000-4000-8000-000000000002", slug: "accueil", label: "Accueil" },
  { id: "50000000-0000-4000-8000-000000000003", slug: "informatique", label: "Informatique" },
];

const base = Date.parse("2026-11-20T09:00:00Z");
const at = (days: number) => new Date(base + days * 86_400_000).toISOString();

/** One check under way (three answers: named, team, anonymous) and one decided. */
export function makeMockChecks(): { checks: CheckT[]; answers: AnswerT[] } {
  const open: CheckT = {
    id: mockId(600_001),
    box: "demo",
    title: "Prise de rendez-vous en ligne pour l’état civil",
    problem:
      "Les usagers attendent au guichet pour déposer un dossier de mariage ou de passeport ; les agents ne peuvent pas préparer les rendez-vous.",
    intendedSolution: "Un agenda en ligne où l’usager choisit un créneau et dépose ses pièces.",
    services: ["etat-civil", "accueil"],
    concerned: "Agents d’accueil et d’état civil, usagers",
    decisionDate: "2099-01-15",
    closesAt: "2099-01-14T23:00:00.000Z",
    questions: [{ id: mockId(610_001), text: "Quels créneaux faudrait-il ouvrir le samedi ?" }],
    state: "open",
    decision: null,
    ideaId: null,
    lead: { displayName: "Lou Bernard" },
    mine: false,
    answerCount: 3,
    myAnswerId: null,
    createdAt: at(0),
  };
  const decided: CheckT = {
    ...open,
    id: mockId(600_002),
    title: "Un parapheur électronique pour les arrêtés",
    problem: "Les arrêtés circulent en papier entre quatre bureaux et se perdent.",
    intendedSolution: "Un parapheur électronique acheté pour la mairie.",
    services: ["informatique"],
    concerned: "Secrétariat général",
    decisionDate: "2026-11-10",
    closesAt: "2026-11-09T23:00:00.000Z",
    questions: [],
    state: "decided",
    decision: {
      verdict: "merge",
      reason:
        "Le département en déploie déjà un pour les communes : nous le rejoignons au lieu d’en acheter un.",
      mergeWith: "https://departement.example.fr/parapheur",
      decidedAt: at(-10),
      decidedBy: "Lou Bernard",
    },
    answerCount: 1,
    createdAt: at(-30),
  };
  const answer = (n: number, patch: Partial<AnswerT>): AnswerT => ({
    id: mockId(620_000 + n),
    checkId: open.id,
    author: { mode: "named", displayName: "Yann Le Goff", teamName: null },
    service: "etat-civil",
    existsAlready: { answer: "no", where: "" },
    groundToday: "",
    failureRisks: [],
    wouldUse: { answer: "yes", frequency: "daily" },
    questions: [],
    mine: false,
    supportCount: 0,
    supportedByMe: false,
    commentCount: 0,
    createdAt: at(1),
    updatedAt: at(1),
    ...patch,
  });
  return {
    checks: [open, decided],
    answers: [
      answer(1, {
        groundToday:
          "Nous prenons les rendez-vous au téléphone sur un agenda papier, que seule la personne de l’accueil voit.",
        failureRisks: [{ category: "adoption", text: "Les usagers âgés n’iront pas en ligne." }],
        questions: [{ questionId: open.questions[0]!.id, answer: "De 9 h à 12 h." }],
        supportCount: 2,
      }),
      answer(2, {
        author: { mode: "team", displayName: null, teamName: "Équipe accueil" },
        service: "accueil",
        existsAlready: {
          answer: "yes",
          where: "Le service des sports utilise déjà un agenda en ligne.",
        },
        groundToday: "Nous renvoyons chaque jour une dizaine de personnes venues sans rendez-vous.",
        failureRisks: [{ category: "cost", text: "Un abonnement de plus à payer chaque année." }],
        wouldUse: { answer: "maybe", frequency: "weekly" },
      }),
      answer(3, {
        author: { mode: "anonymous", displayName: null, teamName: null },
        service: null,
        existsAlready: { answer: "unsure", where: "" },
        groundToday: "Les dossiers incomplets font revenir les usagers deux ou trois fois.",
        failureRisks: [
          { category: "skills", text: "Personne n’est formé pour paramétrer l’outil." },
          { category: "adoption", text: "Les collègues craignent un contrôle de leur temps." },
        ],
        wouldUse: { answer: "no", frequency: null },
        commentCount: 1,
      }),
      {
        ...answer(4, { existsAlready: { answer: "yes", where: "Le parapheur du département." } }),
        checkId: decided.id,
        service: "informatique",
      },
    ],
  };
}

const json = (status: number, body: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
const text = (body: string, type: string) =>
  new Response(body, { status: 200, headers: { "content-type": type } });
const fail = (code: ProblemCode, extra: Parameters<typeof problem>[1] = {}) => {
  const details = problem(code, extra);
  return new Response(JSON.stringify(details), {
    status: details.status,
    headers: { "content-type": "application/problem+json" },
  });
};
const words = (value: string) => new Set(foldWords(value).filter((word) => word.length > 3));

const routes = Object.keys(demineurRoutes).map((name) => {
  const endpoint = endpoints[name as keyof typeof demineurRoutes];
  return {
    name: name as keyof typeof demineurRoutes,
    endpoint,
    pattern: new RegExp(`^${endpoint.path.replace(/\{(\w+)\}/g, "(?<$1>[^/]+)")}$`),
  };
});

/** The mock Démineur: `fetch` (other routes go to the idea box mock), and its data. */
export function createMockDemineur(ideaBox: IdeaBoxMock, options: MockDemineurOptions = {}) {
  let role: MockDemineurRole = options.role === undefined ? "lead" : options.role;
  ideaBox.setRole(role === "lead" ? "agent" : role);
  const sample = makeMockChecks();
  const checks = new Map((options.checks ?? sample.checks).map((c) => [c.id, structuredClone(c)]));
  const answers = new Map(
    (options.answers ?? (options.checks ? [] : sample.answers)).map((a) => [
      a.id,
      structuredClone(a),
    ]),
  );
  const comments: AnswerCommentT[] = [];
  const calls: { name: string; body: unknown }[] = [];
  const clock = options.now ?? Date.now;
  let counter = 0;
  let offline = false;

  const stateOf = (check: CheckT): CheckT["state"] =>
    check.decision ? "decided" : clock() >= Date.parse(check.closesAt) ? "closed" : "open";
  const view = (check: CheckT): CheckT => {
    const own = [...answers.values()].filter((a) => a.checkId === check.id);
    return {
      ...check,
      state: stateOf(check),
      answerCount: own.length,
      myAnswerId: own.find((a) => a.mine)?.id ?? null,
    };
  };
  const leads = () => role === "lead" || role === "moderator" || role === "admin";

  const report = (check: CheckT, locale: "fr" | "en"): CheckReportT =>
    buildCheckReport({
      check: view(check),
      answers: [...answers.values()].filter((a) => a.checkId === check.id),
      serviceLabel: (slug) => mockServices.find((s) => s.slug === slug)?.label,
      locale,
      now: new Date(clock()),
    });

  async function handle(
    name: keyof typeof demineurRoutes,
    params: Record<string, string>,
    query: URLSearchParams,
    body: unknown,
  ): Promise<Response> {
    const endpoint = endpoints[name];
    if ("body" in endpoint && endpoint.body) {
      const parsed = endpoint.body.safeParse(body);
      if (!parsed.success)
        return fail("validation", { errors: issuesFromZod(parsed.error, "body") });
      body = parsed.data;
    }
    const access = endpoint.access as string;
    if (access !== "public" && access !== "reader" && !role) return fail("unauthenticated");
    if (access === "lead" && !leads()) return fail("forbidden");
    if (access === "admin" && role !== "admin") return fail("forbidden");
    const check = params.id ? checks.get(params.id) : undefined;
    const answer = params.id ? answers.get(params.id) : undefined;
    const locale = query.get("locale") === "en" ? "en" : "fr";
    switch (name) {
      case "listChecks": {
        const state = query.get("state");
        const items = [...checks.values()]
          .map(view)
          .filter((c) => !state || c.state === state)
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
        return json(200, { items });
      }
      case "getCheck":
        return check ? json(200, view(check)) : fail("not-found");
      case "similarToCheck": {
        const mine = words(`${query.get("title") ?? ""} ${query.get("problem") ?? ""}`);
        const candidates = [
          ...[...ideaBox.ideas.values()].map((idea) => ({
            kind: "idea" as const,
            id: idea.id,
            title: idea.title,
            status: idea.status,
            text: `${idea.title} ${idea.problem}`,
          })),
          ...[...checks.values()].map((c) => ({
            kind: "check" as const,
            id: c.id,
            title: c.title,
            status: stateOf(c),
            text: `${c.title} ${c.problem}`,
          })),
        ];
        const items = candidates
          .map((candidate) => {
            const theirs = words(candidate.text);
            const matchedTerms = [...mine].filter((word) => theirs.has(word));
            return {
              kind: candidate.kind,
              id: candidate.id,
              box: "demo",
              boxName: "Boîte à idées de la direction",
              title: candidate.title,
              status: candidate.status,
              similarity: matchedTerms.length / Math.max(1, mine.size),
              matchedTerms,
            };
          })
          .filter((item) => item.matchedTerms.length >= 2)
          .sort((a, b) => b.similarity - a.similarity)
          .slice(0, Number(query.get("limit") ?? 8));
        return json(200, { items });
      }
      case "createCheck": {
        const input = body as Required<CheckCreateInput>;
        const today = new Date(clock()).toISOString().slice(0, 10);
        if (input.decisionDate <= today)
          return fail("validation", {
            errors: [
              { pointer: "/body/decisionDate", code: "too_small", params: { minimum: today } },
            ],
          });
        const created: CheckT = {
          id: mockId(600_100 + ++counter),
          box: params.box!,
          title: input.title,
          problem: input.problem,
          intendedSolution: input.intendedSolution,
          services: input.services,
          concerned: input.concerned,
          decisionDate: input.decisionDate,
          closesAt: `${input.decisionDate}T00:00:00.000Z`,
          questions: input.questions.map((q, i) => ({
            id: mockId(610_100 + counter * 20 + i),
            text: q,
          })),
          state: "open",
          decision: null,
          ideaId: input.ideaId ?? null,
          lead: { displayName: me },
          mine: true,
          answerCount: 0,
          myAnswerId: null,
          createdAt: new Date(clock()).toISOString(),
        };
        checks.set(created.id, created);
        return json(201, view(created));
      }
      case "answerCheck": {
        if (!check) return fail("not-found");
        if (stateOf(check) !== "open")
          return fail("conflict", {
            detail: "This check is closed: answers are no longer accepted.",
          });
        const input = body as Required<AnswerInputT> & { authorship: AnswerT["author"] };
        const known = [...answers.values()].find((a) => a.checkId === check.id && a.mine);
        const now = new Date(clock()).toISOString();
        const mode = input.authorship.mode;
        const saved: AnswerT = {
          id: known?.id ?? mockId(620_100 + ++counter),
          checkId: check.id,
          author: {
            mode,
            displayName: mode === "named" ? me : null,
            teamName: mode === "team" ? (input.authorship as { teamName: string }).teamName : null,
          },
          service: mode === "anonymous" ? null : "etat-civil",
          existsAlready: input.existsAlready as AnswerT["existsAlready"],
          groundToday: input.groundToday,
          failureRisks: input.failureRisks as AnswerT["failureRisks"],
          wouldUse: input.wouldUse as AnswerT["wouldUse"],
          questions: input.questions,
          mine: true,
          supportCount: known?.supportCount ?? 0,
          supportedByMe: known?.supportedByMe ?? false,
          commentCount: known?.commentCount ?? 0,
          createdAt: known?.createdAt ?? now,
          updatedAt: now,
        };
        answers.set(saved.id, saved);
        return json(200, saved);
      }
      case "listAnswers":
        return check
          ? json(200, { items: [...answers.values()].filter((a) => a.checkId === check.id) })
          : fail("not-found");
      case "decideCheck": {
        if (!check) return fail("not-found");
        if (!check.mine && role !== "moderator" && role !== "admin") return fail("forbidden");
        const input = body as DecisionInputT;
        if (input.verdict === "merge" && !input.mergeWith)
          return fail("validation", { errors: [{ pointer: "/body/mergeWith", code: "required" }] });
        check.decision = {
          verdict: input.verdict,
          reason: input.reason,
          mergeWith: input.verdict === "merge" ? (input.mergeWith ?? null) : null,
          decidedAt: new Date(clock()).toISOString(),
          decidedBy: me,
        };
        return json(200, view(check));
      }
      case "linkCheckIdea": {
        if (!check) return fail("not-found");
        if (!check.mine && role !== "moderator" && role !== "admin") return fail("forbidden");
        const link = body as { mode: "link"; ideaId: string } | { mode: "create"; scope: string };
        if (link.mode === "link") {
          if (!ideaBox.ideas.has(link.ideaId))
            return fail("validation", {
              errors: [{ pointer: "/body/ideaId", code: "invalid_value" }],
            });
          check.ideaId = link.ideaId;
        } else {
          const created = await ideaBox.fetch(`https://mock.invalid/boxes/${params.box}/ideas`, {
            method: "POST",
            body: JSON.stringify({
              title: check.title,
              problem: check.problem,
              solution: check.intendedSolution,
              concerned: check.concerned,
              scope: link.scope,
            }),
          });
          check.ideaId = ((await created.json()) as { id: string }).id;
        }
        return json(200, view(check));
      }
      case "checkReport":
      case "exportCheckJson":
        return check ? json(200, report(check, locale)) : fail("not-found");
      case "exportCheckCsv": {
        if (!check) return fail("not-found");
        const rows = [...answers.values()]
          .filter((a) => a.checkId === check.id)
          .map((a) => [a.author.mode, a.service ?? "", a.existsAlready.answer, a.wouldUse.answer]);
        return text(
          [["authorship", "service", "existsAlready", "wouldUse"], ...rows]
            .map((row) => row.join(","))
            .join("\r\n"),
          "text/csv; charset=utf-8",
        );
      }
      case "exportCheckMarkdown":
        return check
          ? text(`# ${check.title}\n\n${check.problem}\n`, "text/markdown; charset=utf-8")
          : fail("not-found");
      case "supportAnswer":
      case "unsupportAnswer": {
        if (!answer) return fail("not-found");
        const on = name === "supportAnswer";
        if (answer.supportedByMe !== on) answer.supportCount += on ? 1 : -1;
        answer.supportedByMe = on;
        return json(200, answer);
      }
      case "listAnswerComments":
        return answer
          ? json(200, { items: comments.filter((c) => c.answerId === answer.id) })
          : fail("not-found");
      case "createAnswerComment": {
        if (!answer) return fail("not-found");
        const input = body as { body: string; parentId?: string };
        const created: AnswerCommentT = {
          id: mockId(630_000 + ++counter),
          answerId: answer.id,
          parentId: input.parentId ?? null,
          body: input.body,
          author: { displayName: me },
          mine: true,
          createdAt: new Date(clock()).toISOString(),
        };
        comments.push(created);
        answer.commentCount += 1;
        return json(201, created);
      }
      default:
        return fail("method-not-allowed", { detail: `${name} is not mocked` });
    }
  }

  const fetchImpl = async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(
      typeof input === "string" ? input : input instanceof URL ? input.href : input.url,
      "http://mock.invalid",
    );
    const method = (init.method ?? "GET").toUpperCase();
    const path = url.pathname.replace(/\/+$/, "") || "/";
    for (const route of routes) {
      if (route.endpoint.method !== method) continue;
      const match = route.pattern.exec(path);
      if (!match) continue;
      if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
      if (init.signal?.aborted)
        throw init.signal.reason ?? new DOMException("Aborted", "AbortError");
      if (offline) throw new TypeError("Failed to fetch");
      const params = Object.fromEntries(
        Object.entries(match.groups ?? {}).map(([key, value]) => [key, decodeURIComponent(value)]),
      );
      const body = typeof init.body === "string" ? (JSON.parse(init.body) as unknown) : undefined;
      calls.push({ name: route.name, body });
      return handle(route.name, params, url.searchParams, body);
    }
    if (path.endsWith("/boxes/demo") && method === "GET") {
      // The box, with the Démineur's services and my role.
      const answer = await ideaBox.fetch(input, init);
      const box = (await answer.json()) as Record<string, unknown>;
      return json(200, { ...box, services: mockServices, myRole: role });
    }
    return ideaBox.fetch(input, init);
  };

  return {
    fetch: fetchImpl as typeof fetch,
    ideaBox,
    checks,
    answers,
    comments,
    /** Every Démineur request received, by endpoint name. */
    calls,
    /** Network failure (like a server down) while true, for every route. */
    setOffline(value: boolean) {
      offline = value;
      ideaBox.setOffline(value);
    },
    setRole(next: MockDemineurRole) {
      role = next;
      ideaBox.setRole(next === "lead" ? "agent" : next);
    },
  };
}
export type MockDemineurServer = ReturnType<typeof createMockDemineur>;
