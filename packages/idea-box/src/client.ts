// Types only from the schemas: at run time the client needs the plain route table, not zod.
import { ProblemError, createHttp, readProblem, type HttpClientOptions } from "@communs/http";
import type { EndpointInput, EndpointOutput } from "./endpoints";
import { fillPath, routes, type EndpointName, type Route } from "./routes";
import { isProblemDetails, problem, type ProblemDetails } from "./problem";

/** An error carrying the server's problem details (or a client-side one: timeout, network). */
export class IdeaBoxError extends ProblemError<ProblemDetails> {
  constructor(details: ProblemDetails) {
    super(details);
    this.name = "IdeaBoxError";
  }
}

export interface ClientOptions extends HttpClientOptions {
  /** Base URL of the server, e.g. `https://idees.example.fr`. */
  baseUrl: string;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

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
  const http = createHttp(options, {
    fromResponse: async (response) =>
      new IdeaBoxError(
        await readProblem(response, isProblemDetails, (status) => ({
          ...problem("internal"),
          status,
        })),
      ),
    fromFailure: (kind) => new IdeaBoxError(problem(kind)),
  });

  const client: IdeaBoxClient = {
    csrfToken: null,
    request(name, input, requestOptions = {}) {
      const endpoint = routes[name] as Route;
      const args = (input ?? {}) as {
        params?: Record<string, string>;
        query?: Record<string, unknown>;
        body?: unknown;
      };
      return http.send({
        method: endpoint.method,
        path: fillPath(endpoint.path, args.params),
        query: args.query,
        headers:
          endpoint.method !== "GET" && client.csrfToken
            ? { "x-csrf-token": client.csrfToken }
            : undefined,
        body: args.body,
        signal: requestOptions.signal,
        async read(response) {
          if (response.status === 204 || endpoint.status === 204) return undefined as never;
          const data =
            endpoint.produces === "csv" || endpoint.produces === "markdown"
              ? await response.text()
              : ((await response.json()) as unknown);
          if (data && typeof data === "object" && "csrfToken" in data) {
            client.csrfToken = (data as { csrfToken: string | null }).csrfToken;
          }
          return data as never;
        },
      });
    },
  };
  return client;
}
