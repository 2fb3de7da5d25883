/** Options every Communs API client takes (the idea box's, the Sonar workshops'). */
export interface HttpClientOptions {
  /** Base URL of the server, e.g. `https://communs.example.fr` (trailing slashes are dropped). */
  baseUrl: string;
  fetch?: typeof fetch;
  /** Per attempt, in milliseconds (default 10 000). */
  timeoutMs?: number;
  /** Retries for idempotent requests (GET, PUT, DELETE) only; default 2. */
  retries?: number;
  /** First backoff delay, doubled each retry (default 200 ms). */
  retryDelayMs?: number;
  /** Extra headers sent with every request, e.g. `{ authorization: "Bearer <embed token>" }`. */
  headers?: Record<string, string>;
  credentials?: "include" | "same-origin" | "omit";
}

/** One request of `Http.send`. */
export interface HttpRequest<Result> {
  method: string;
  /** Path after the base URL, its parameters filled in. */
  path: string;
  /** Query parameters; `undefined` and `null` values are left out. */
  query?: object;
  /** The `accept` header (default `application/json`). */
  accept?: string;
  /** Headers of this request, after the client's own (CSRF token, bearer token). */
  headers?: Record<string, string>;
  /** Sent as JSON when defined. */
  body?: unknown;
  signal?: AbortSignal;
  /**
   * Reads a successful answer. It runs inside the attempt, so a body cut short counts as a
   * network failure and is retried like a lost answer.
   */
  read(response: Response): Promise<Result>;
}

/** How a client turns failures into its own error class. */
export interface HttpErrors<Failure extends Error> {
  /** The error for an answer that is not ok (read its problem details with `readProblem`). */
  fromResponse(response: Response): Promise<Failure>;
  /** The error for no answer at all. */
  fromFailure(kind: "timeout" | "network"): Failure;
}

export interface Http {
  /** The base URL, the path and the query's defined values. */
  url(path: string, query?: object): string;
  /** The `accept` header, the client's extra headers, then `extra`. */
  headers(accept: string, extra?: Record<string, string>): Record<string, string>;
  /**
   * Sends a request: a timeout per attempt, retries with exponential backoff for idempotent
   * methods on a lost answer or a retryable status. Resolves with what `read` returns; rejects
   * with the client's error, or with the reason of the caller's aborted `signal`.
   */
  send<Result>(request: HttpRequest<Result>): Promise<Result>;
  /** The fetch and credentials in use, for streams that manage their own reconnection. */
  readonly fetch: typeof fetch;
  readonly credentials: "include" | "same-origin" | "omit";
}

/** Statuses worth another attempt: the request may succeed later unchanged. */
export const retryableStatus: ReadonlySet<number> = new Set([408, 425, 429, 502, 503, 504]);

/** Methods a server may receive twice without a second effect, so a lost answer is retried. */
export const idempotentMethods: ReadonlySet<string> = new Set(["GET", "PUT", "DELETE"]);

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
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
}

/** The request loop of a JSON API client; each client adds its routes and tokens on top. */
export function createHttp<Failure extends Error>(
  options: HttpClientOptions,
  errors: HttpErrors<Failure>,
): Http {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = options.retries ?? 2;
  const retryDelayMs = options.retryDelayMs ?? 200;
  const credentials = options.credentials ?? "include";
  const base = options.baseUrl.replace(/\/+$/, "");

  const http: Http = {
    fetch: doFetch,
    credentials,
    url(path, query) {
      let url = base + path;
      if (query) {
        const search = new URLSearchParams();
        for (const [key, value] of Object.entries(query))
          if (value !== undefined && value !== null) search.set(key, String(value));
        const text = search.toString();
        if (text) url += `?${text}`;
      }
      return url;
    },
    headers: (accept, extra) => ({ accept, ...options.headers, ...extra }),

    async send(request) {
      const url = http.url(request.path, request.query);
      const headers = http.headers(request.accept ?? "application/json", request.headers);
      if (request.body !== undefined) headers["content-type"] = "application/json";
      const body = request.body === undefined ? undefined : JSON.stringify(request.body);
      const maxAttempts = idempotentMethods.has(request.method) ? retries + 1 : 1;
      const outer = request.signal;

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
        let answered: Failure | undefined;
        try {
          const response = await doFetch(url, {
            method: request.method,
            headers,
            body,
            signal: controller.signal,
            credentials,
          });
          if (response.ok) return await request.read(response);
          answered = await errors.fromResponse(response);
          if (!retryableStatus.has(response.status) || attempt >= maxAttempts) throw answered;
        } catch (error) {
          if (answered !== undefined && error === answered) throw error;
          if (outer?.aborted) throw outer.reason;
          const failure = errors.fromFailure(timedOut ? "timeout" : "network");
          if (attempt >= maxAttempts) throw failure;
        } finally {
          clearTimeout(timer);
          outer?.removeEventListener("abort", onAbort);
        }
        await sleep(retryDelayMs * 2 ** (attempt - 1), outer);
      }
    },
  };
  return http;
}
