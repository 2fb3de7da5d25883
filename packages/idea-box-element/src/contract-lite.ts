/**
 * The parts of `@communs/idea-box` that the widgets use at run time, without zod: the element
 * bundle aliases `@communs/idea-box` to this module. Its data (endpoint table, problem texts)
 * is generated from `@communs/idea-box` itself at build time (see tsup.config.ts), so the
 * contract stays written once. `contract-lite.test.ts` compares it with the real client.
 */
import type {
  ClientOptions,
  IdeaBoxClient,
  ProblemCode,
  ProblemDetails,
  formatProblem as FormatProblem,
  problem as ProblemFn,
} from "@communs/idea-box";

interface LiteEndpoint {
  method: string;
  path: string;
  csv: boolean;
  empty: boolean;
}
interface LiteContract {
  endpoints: Record<string, LiteEndpoint>;
  problems: Record<string, { type: string; title: string; status: number }>;
  messages: { fr: LiteMessages; en: LiteMessages };
}
interface LiteMessages {
  problems: Record<string, string>;
  fields: Record<string, string>;
  fieldNames: Record<string, string>;
  request: string;
}

declare const __IDEA_BOX_CONTRACT__: LiteContract;
const contract = __IDEA_BOX_CONTRACT__;

export class IdeaBoxError extends Error {
  readonly problem: ProblemDetails;
  constructor(details: ProblemDetails) {
    super(details.detail ?? details.title);
    this.name = "IdeaBoxError";
    this.problem = details;
  }
}

export const problem: typeof ProblemFn = (code, extra = {}) => ({
  ...contract.problems[code]!,
  code,
  ...extra,
});

export const formatProblem: typeof FormatProblem = (details, locale = "fr", messages) => {
  const m = {
    ...contract.messages[locale === "en" ? "en" : "fr"],
    ...(messages as Partial<LiteMessages>),
  };
  const fields = (details.errors ?? []).map((issue) => {
    const last = issue.pointer.split("/").filter(Boolean).at(-1) ?? "";
    const name = m.fieldNames[last] ?? (last || m.request);
    const template = m.fields[issue.code] ?? m.fields.unknown!;
    const message = template.replace(/\{(\w+)\}/g, (_, key: string) =>
      key === "field" ? name : String(issue.params?.[key] ?? ""),
    );
    return { pointer: issue.pointer, field: name, message };
  });
  return { summary: m.problems[details.code] ?? details.title, fields };
};

const retryable = new Set([408, 425, 429, 502, 503, 504]);
const isProblem = (value: unknown): value is ProblemDetails =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as ProblemDetails).code === "string" &&
  (value as ProblemDetails).code in contract.problems;

/** The same behaviour as the full client: timeouts, abort, retries of idempotent requests. */
export function createIdeaBoxClient(options: ClientOptions): IdeaBoxClient {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = options.retries ?? 2;
  const delay = options.retryDelayMs ?? 200;
  const base = options.baseUrl.replace(/\/+$/, "");
  const client: IdeaBoxClient = {
    csrfToken: null,
    async request(name, input, requestOptions = {}) {
      const endpoint = contract.endpoints[name]!;
      const args = (input ?? {}) as {
        params?: Record<string, string>;
        query?: Record<string, unknown>;
        body?: unknown;
      };
      let url =
        base +
        endpoint.path.replace(/\{(\w+)\}/g, (_, key: string) => {
          const value = args.params?.[key];
          if (value === undefined) throw new TypeError(`missing path parameter ${key}`);
          return encodeURIComponent(value);
        });
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(args.query ?? {}))
        if (value !== undefined && value !== null) search.set(key, String(value));
      if (search.size > 0) url += `?${search}`;
      const headers: Record<string, string> = { accept: "application/json", ...options.headers };
      if (args.body !== undefined) headers["content-type"] = "application/json";
      if (endpoint.method !== "GET" && client.csrfToken) headers["x-csrf-token"] = client.csrfToken;
      const attempts = ["GET", "PUT", "DELETE"].includes(endpoint.method) ? retries + 1 : 1;
      const outer = requestOptions.signal;
      for (let attempt = 1; ; attempt++) {
        if (outer?.aborted) throw outer.reason;
        const controller = new AbortController();
        let timedOut = false;
        const timer = setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs);
        const onAbort = () => controller.abort(outer?.reason);
        outer?.addEventListener("abort", onAbort, { once: true });
        let failure: IdeaBoxError;
        try {
          const response = await doFetch(url, {
            method: endpoint.method,
            headers,
            body: args.body === undefined ? undefined : JSON.stringify(args.body),
            signal: controller.signal,
            credentials: options.credentials ?? "include",
          });
          if (response.ok) {
            if (response.status === 204 || endpoint.empty) return undefined as never;
            const data: unknown = endpoint.csv ? await response.text() : await response.json();
            if (data && typeof data === "object" && "csrfToken" in data)
              client.csrfToken = (data as { csrfToken: string | null }).csrfToken;
            return data as never;
          }
          const raw: unknown = await response.json().catch(() => null);
          failure = new IdeaBoxError(
            isProblem(raw) ? raw : { ...problem("internal"), status: response.status },
          );
          if (!retryable.has(response.status) || attempt >= attempts) throw failure;
        } catch (error) {
          if (error instanceof IdeaBoxError) throw error;
          if (outer?.aborted) throw outer.reason;
          failure = new IdeaBoxError(problem((timedOut ? "timeout" : "network") as ProblemCode));
          if (attempt >= attempts) throw failure;
        } finally {
          clearTimeout(timer);
          outer?.removeEventListener("abort", onAbort);
        }
        await new Promise((resolve) => setTimeout(resolve, delay * 2 ** (attempt - 1)));
      }
    },
  };
  return client;
}
