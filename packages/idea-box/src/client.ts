// Types only from the schemas: at run time the client needs the plain route table, not zod.
import type { EndpointInput, EndpointOutput } from "./endpoints";
import { fillPath, idempotentMethods, routes, type EndpointName, type Route } from "./routes";
import { isProblemDetails, problem, type ProblemCode, type ProblemDetails } from "./problem";

/** An error carrying the server's problem details (or a client-side one: timeout, network). */
export class IdeaBoxError extends Error {
  readonly problem: ProblemDetails;
  constructor(details: ProblemDetails) {
    super(details.detail ?? details.title);
    this.name = "IdeaBoxError";
    this.problem = details;
  }
  get code(): ProblemCode {
    return this.problem.code;
  }
  get status(): number {
    return this.problem.status;
  }
}

export interface ClientOptions {
  /** Base URL of the server, e.g. `https://idees.example.fr`. */
  baseUrl: string;
  fetch?: typeof fetch;
  /** Per attempt, in milliseconds (default 10 000). */
  timeoutMs?: number;
  /** Retries for idempotent requests (GET, PUT, DELETE) only; default 2. */
  retries?: number;
  /** First backoff delay, doubled each retry (default 200 ms). */
  retryDelayMs?: number;
  /** Extra headers, e.g. `{ authorization: "Bearer <embed token>" }`. */
  headers?: Record<string, string>;
  credentials?: "include" | "same-origin" | "omit";
}

export interface RequestOptions {
  signal?: AbortSignal;
}

const retryableStatus = new Set([408, 425, 429, 502, 503, 504]);

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

export interface IdeaBoxClient {
  request<N extends EndpointName>(
    name: N,
    input?: EndpointInput<N>,
    options?: RequestOptions,
  ): Promise<EndpointOutput<N>>;
  /** The CSRF token the client sends with unsafe requests (set from session answers). */
  csrfToken: string | null;
}

/** A typed fetch client of the idea box API. */
export function createIdeaBoxClient(options: ClientOptions): IdeaBoxClient {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = options.retries ?? 2;
  const retryDelayMs = options.retryDelayMs ?? 200;
  const base = options.baseUrl.replace(/\/+$/, "");

  const client: IdeaBoxClient = {
    csrfToken: null,
    async request(name, input, requestOptions = {}) {
      const endpoint = routes[name] as Route;
      const args = (input ?? {}) as {
        params?: Record<string, string>;
        query?: Record<string, unknown>;
        body?: unknown;
      };
      let url = base + fillPath(endpoint.path, args.params);
      if (args.query) {
        const search = new URLSearchParams();
        for (const [key, value] of Object.entries(args.query))
          if (value !== undefined && value !== null) search.set(key, String(value));
        const text = search.toString();
        if (text) url += `?${text}`;
      }
      const headers: Record<string, string> = { accept: "application/json", ...options.headers };
      if (args.body !== undefined) headers["content-type"] = "application/json";
      if (endpoint.method !== "GET" && client.csrfToken) headers["x-csrf-token"] = client.csrfToken;
      const maxAttempts = idempotentMethods.has(endpoint.method) ? retries + 1 : 1;
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
            if (response.status === 204 || endpoint.status === 204) return undefined as never;
            const data =
              endpoint.produces === "csv"
                ? await response.text()
                : ((await response.json()) as unknown);
            if (data && typeof data === "object" && "csrfToken" in data) {
              client.csrfToken = (data as { csrfToken: string | null }).csrfToken;
            }
            return data as never;
          }
          const raw: unknown = await response.json().catch(() => null);
          failure = new IdeaBoxError(
            isProblemDetails(raw) ? raw : { ...problem("internal"), status: response.status },
          );
          if (!retryableStatus.has(response.status) || attempt >= maxAttempts) throw failure;
        } catch (error) {
          if (error instanceof IdeaBoxError) throw error;
          if (outer?.aborted) throw outer.reason;
          failure = new IdeaBoxError(problem(timedOut ? "timeout" : "network"));
          if (attempt >= maxAttempts) throw failure;
        } finally {
          clearTimeout(timer);
          outer?.removeEventListener("abort", onAbort);
        }
        await sleep(retryDelayMs * 2 ** (attempt - 1), outer);
      }
    },
  };
  return client;
}
