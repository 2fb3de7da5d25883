import {
  ProblemError,
  createHttp,
  readProblem,
  retryableStatus,
  sleep,
  type HttpClientOptions,
} from "@communs/http";
import {
  boardPingSeconds,
  fillWorkshopPath,
  newParticipantToken,
  isWorkshopProblem,
  workshopProblem,
  workshopRoutes,
  type WorkshopBoard,
  type WorkshopInput,
  type WorkshopOutput,
  type WorkshopProblem,
  type WorkshopRoute,
  type WorkshopRouteName,
} from "./routes";
import { createSseParser } from "./sse";

/** An error carrying the server's problem details (or a client-side one: timeout, network). */
export class WorkshopError extends ProblemError<WorkshopProblem> {
  constructor(details: WorkshopProblem) {
    super(details);
    this.name = "WorkshopError";
  }
}

export interface WorkshopClientOptions extends HttpClientOptions {
  /** Base URL of the reference server, e.g. `https://communs.example.fr` (no `/sonar`). */
  baseUrl: string;
  /** The participant token sent on participant routes (set it after `join`). */
  participantToken?: string | null;
}

export interface WorkshopRequestOptions {
  signal?: AbortSignal;
}

/** Connection state of a board subscription, for a "live / behind / reconnecting" badge. */
export type BoardConnection =
  /** First connection under way. */
  | "connecting"
  /** Connected and up to date. */
  | "live"
  /** Connected, but the server knows of a newer change than the last board received, or the stream went quiet for two ping intervals. */
  | "behind"
  /** Connection lost: retrying (with Last-Event-ID), the board shown is the last one received. */
  | "reconnecting"
  /** Closed by `close()`, by the signal, or because the workshop was deleted. */
  | "closed";

export interface BoardSubscriptionHandlers {
  onBoard(board: WorkshopBoard): void;
  onConnection?(state: BoardConnection, detail: { lastSeq: number | null; error?: unknown }): void;
  /** The workshop was deleted: the subscription closes. */
  onDeleted?(): void;
  /** A non-retryable error (401, 403, 404): the subscription closes. */
  onError?(error: WorkshopError): void;
}

export interface BoardSubscription {
  readonly state: BoardConnection;
  readonly lastSeq: number | null;
  close(): void;
}

export interface WorkshopClient {
  request<N extends WorkshopRouteName>(
    name: N,
    ...args: WorkshopInput<N> extends { params?: undefined; body?: undefined }
      ? [input?: WorkshopInput<N>, options?: WorkshopRequestOptions]
      : [input: WorkshopInput<N>, options?: WorkshopRequestOptions]
  ): Promise<WorkshopOutput<N>>;
  /** Follows a workshop's board over Server-Sent Events, reconnecting with Last-Event-ID. */
  subscribeBoard(
    workshopId: string,
    handlers: BoardSubscriptionHandlers,
    options?: { signal?: AbortSignal },
  ): BoardSubscription;
  /** URL of a route (e.g. a CSV export for a download link, or the QR code for an `<img>`). */
  url<N extends WorkshopRouteName>(name: N, input?: WorkshopInput<N>): string;
  /** CSRF token sent with the facilitator's unsafe requests (set from `session` answers). */
  csrfToken: string | null;
  participantToken: string | null;
}

async function problemOf(response: Response): Promise<WorkshopError> {
  return new WorkshopError(
    await readProblem(response, isWorkshopProblem, (status) => ({
      ...workshopProblem("internal"),
      status,
    })),
  );
}

/** A typed fetch client of the Sonar workshop API (browser and Node ≥ 20). */
export function createWorkshopClient(options: WorkshopClientOptions): WorkshopClient {
  const http = createHttp(options, {
    fromResponse: problemOf,
    fromFailure: (kind) => new WorkshopError(workshopProblem(kind)),
  });

  const pathOf = (name: WorkshopRouteName, input: unknown) => {
    const args = (input ?? {}) as { params?: Record<string, string>; query?: object };
    return { path: fillWorkshopPath(workshopRoutes[name].path, args.params), query: args.query };
  };
  const buildUrl = (name: WorkshopRouteName, input: unknown) => {
    const { path, query } = pathOf(name, input);
    return http.url(path, query);
  };

  /** The client's tokens: CSRF on the facilitator's unsafe requests, bearer on participant routes. */
  const tokenHeaders = (route: WorkshopRoute) => {
    const headers: Record<string, string> = {};
    if (route.method !== "GET" && client.csrfToken) headers["x-csrf-token"] = client.csrfToken;
    if (route.access === "participant" && client.participantToken)
      headers.authorization = `Bearer ${client.participantToken}`;
    return headers;
  };

  const client: WorkshopClient = {
    csrfToken: null,
    participantToken: options.participantToken ?? null,
    url: (name, input) => buildUrl(name, input),
    request(name, ...rest) {
      const [input, requestOptions = {}] = rest as [
        { body?: unknown } | undefined,
        WorkshopRequestOptions | undefined,
      ];
      const route = workshopRoutes[name] as WorkshopRoute;
      let body = input?.body;
      // A join carries a token made here when it has none: retried after a lost answer, the
      // same request names the same participant and nothing is counted twice.
      if (name === "join" && !(body as { participantToken?: string } | undefined)?.participantToken)
        body = { ...(body as object), participantToken: newParticipantToken() };
      return http.send({
        method: route.method,
        ...pathOf(name, input),
        accept:
          route.produces === "csv"
            ? "text/csv"
            : route.produces === "svg"
              ? "image/svg+xml"
              : "application/json",
        headers: tokenHeaders(route),
        body,
        signal: requestOptions.signal,
        async read(response) {
          if (response.status === 204 || route.status === 204) return undefined as never;
          if (route.produces === "csv" || route.produces === "svg")
            return (await response.text()) as never;
          const data = (await response.json()) as unknown;
          if (name === "session" && data && typeof data === "object" && "csrfToken" in data)
            client.csrfToken = (data as { csrfToken: string | null }).csrfToken;
          if (name === "join" && data && typeof data === "object" && "participantToken" in data)
            client.participantToken = (data as { participantToken: string }).participantToken;
          return data as never;
        },
      });
    },

    subscribeBoard(workshopId, handlers, subscribeOptions = {}) {
      const route = workshopRoutes.boardEvents as WorkshopRoute;
      const url = buildUrl("boardEvents", { params: { id: workshopId } });
      const stop = new AbortController();
      const outer = subscribeOptions.signal;
      outer?.addEventListener("abort", () => stop.abort(), { once: true });
      let state: BoardConnection = "connecting";
      let lastSeq: number | null = null;
      let lastEventId: string | undefined;
      let retryMs = 1000;
      let quietTimer: ReturnType<typeof setTimeout> | undefined;

      const setState = (next: BoardConnection, error?: unknown) => {
        if (state === "closed" || next === state) return;
        state = next;
        handlers.onConnection?.(next, error === undefined ? { lastSeq } : { lastSeq, error });
      };
      const armQuietTimer = () => {
        clearTimeout(quietTimer);
        quietTimer = setTimeout(() => setState("behind"), boardPingSeconds * 2000);
      };
      const close = () => {
        clearTimeout(quietTimer);
        setState("closed");
        stop.abort();
      };

      void (async () => {
        let failures = 0;
        while (!stop.signal.aborted) {
          try {
            const headers = http.headers("text/event-stream", tokenHeaders(route));
            // As a query parameter, not the Last-Event-ID header: a header outside the CORS
            // safelist would need a preflight the host may not allow (the server reads both).
            const target =
              lastEventId === undefined
                ? url
                : `${url}${url.includes("?") ? "&" : "?"}lastEventId=${encodeURIComponent(lastEventId)}`;
            const response = await http.fetch(target, {
              headers,
              signal: stop.signal,
              credentials: http.credentials,
            });
            if (!response.ok) {
              const error = await problemOf(response);
              if (!retryableStatus.has(response.status)) {
                handlers.onError?.(error);
                close();
                return;
              }
              throw error;
            }
            if (!response.body) throw new Error("no response body");
            armQuietTimer();
            const parser = createSseParser((message) => {
              armQuietTimer();
              if (message.retry !== undefined) retryMs = message.retry;
              if (message.event === "board") {
                if (message.id !== undefined) lastEventId = message.id;
                const board = JSON.parse(message.data) as WorkshopBoard;
                lastSeq = board.seq;
                setState("live");
                handlers.onBoard(board);
              } else if (message.event === "ping") {
                const ping = JSON.parse(message.data) as { seq: number };
                setState(lastSeq !== null && ping.seq > lastSeq ? "behind" : "live");
              } else if (message.event === "deleted") {
                handlers.onDeleted?.();
                close();
              }
            });
            const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
            failures = 0;
            for (;;) {
              const { value, done } = await reader.read();
              if (done) break;
              parser.push(value);
            }
            if (stop.signal.aborted) return;
            setState("reconnecting");
          } catch (error) {
            if (stop.signal.aborted) return;
            failures++;
            setState("reconnecting", error);
          }
          clearTimeout(quietTimer);
          try {
            await sleep(Math.min(retryMs * 2 ** Math.max(0, failures - 1), 15_000), stop.signal);
          } catch {
            return;
          }
        }
      })();

      return {
        get state() {
          return state;
        },
        get lastSeq() {
          return lastSeq;
        },
        close,
      };
    },
  };
  return client;
}
