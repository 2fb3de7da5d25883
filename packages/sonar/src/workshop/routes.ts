/**
 * The Sonar workshop HTTP API as plain data: one table of routes (method, path, access, success
 * status, content type) drives the server's registration, the fetch client and the OpenAPI
 * document. No zod here: browsers import this without a schema library. The server
 * (`@communs/sonar-server`) validates requests itself and checks it serves exactly these routes.
 */
import { problemContentType, type FieldIssue, type ProblemDetails } from "@communs/http";
import type { Answers, LocalizedText, SonarDefinition, SonarIssue } from "../types";
import type { SonarResult } from "../scoring";
import type { Comparison, TeamSummary } from "../team";

/**
 * Who may call a route.
 * - `public`: anyone.
 * - `participant`: anyone holding the participant token of the workshop named by `{code}`
 *   (sent as `authorization: Bearer <participantToken>`).
 * - `facilitator`: a person signed in on the reference server (session cookie, and the
 *   `x-csrf-token` header on unsafe methods); for `{id}` routes, only the workshop's facilitator
 *   (others get 404, so a workshop's existence does not leak).
 */
export type WorkshopAccess = "public" | "participant" | "facilitator";

export type WorkshopMethod = "GET" | "POST" | "PUT" | "DELETE";

export interface WorkshopRoute {
  method: WorkshopMethod;
  /** OpenAPI-style path: `/sonar/workshops/{id}`. */
  path: string;
  summary: string;
  tag: "workshops" | "participants" | "exports";
  access: WorkshopAccess;
  /** Success status; 204 answers have no body. */
  status: 200 | 201 | 204;
  /** `json` unless said otherwise; `sse` is a `text/event-stream` (see `subscribeBoard`). */
  produces?: "json" | "csv" | "svg" | "sse";
}

// ---------------------------------------------------------------------------------------------
// Data shapes
// ---------------------------------------------------------------------------------------------

export type WorkshopStatus = "open" | "closed";

/** A shipped edition a workshop can be created for. */
export interface EditionSummary {
  id: string;
  version: string;
  title: LocalizedText;
  locales: string[];
}

/** What a facilitator sees of one of their workshops. */
export interface Workshop {
  id: string;
  /** Short join code: 6 characters from `ABCDEFGHJKMNPQRSTUVWXYZ23456789` (no 0/O, 1/I/L). */
  code: string;
  title: string;
  status: WorkshopStatus;
  /** The edition played, whether shipped or uploaded. */
  edition: { id: string; version: string; title: LocalizedText; shipped: boolean };
  /** Language the participants' quiz opens in (`fr` by default). */
  locale: string;
  /** The link participants open (the server's `SONAR_JOIN_URL` template with the code). */
  joinUrl: string;
  /** How many joined, how many have answered (a response with at least one answer). */
  participants: number;
  respondents: number;
  createdAt: string;
  /** Last response, status change or creation: the retention period counts from here. */
  lastActivityAt: string;
  closedAt: string | null;
  /** When responses will be erased (retention setting), or null if the server keeps them. */
  eraseAfter: string | null;
  /** Set once the retention period erased the responses (the summary is kept). */
  erasedAt: string | null;
}

export interface WorkshopCreate {
  title: string;
  /** A shipped edition id (`innovation`, `resilience`)… */
  edition?: string;
  /** …or a whole definition (validated with `validateDefinition`; every problem listed). */
  definition?: unknown;
  /** Quiz language for participants; must be one of the edition's locales (default `fr`). */
  locale?: string;
}

/** What anyone holding the join code learns: enough to show and play the quiz. */
export interface JoinInfo {
  code: string;
  title: string;
  status: WorkshopStatus;
  locale: string;
  definition: SonarDefinition;
}

export interface JoinRequest {
  /** Optional, 1–40 characters; shown on the board's list of who joined, never beside answers. */
  nickname?: string;
  /**
   * A token from an earlier join of this workshop (kept by the client, e.g. in localStorage): the
   * same participant comes back (refresh, second tab) instead of a new one. A well-formed token
   * the workshop does not know yet (`newParticipantToken()`) becomes the new participant's, so a
   * join retried after a lost answer does not count twice; the client makes one when none is
   * given. A malformed one is ignored (a new token is made).
   */
  participantToken?: string;
}

export interface Participation {
  /** Secret: send as `authorization: Bearer <participantToken>`. Keep it; it is not shown again. */
  participantToken: string;
  nickname: string | null;
  /** True when `participantToken` named an existing participant (nothing new counted). */
  resumed: boolean;
  status: WorkshopStatus;
  /** The participant's answers so far (empty object before the first answer). */
  answers: Answers;
}

export interface ResponseSubmit {
  /** The whole answer set (replaces the previous one); answers are sanitised like the quiz does. */
  answers: Answers;
  /** Optional nickname change (`null` removes it). */
  nickname?: string | null;
}

/** A participant's own response: their result stays theirs (share code, print). */
export interface MyResponse {
  answers: Answers;
  nickname: string | null;
  /** Null before any answer. */
  result: SonarResult | null;
  /** `encodeShareCode(definition, answers)`, or null before any answer. */
  shareCode: string | null;
  status: WorkshopStatus;
  updatedAt: string | null;
}

/** The live board: counts and the team summary, nothing tied to a person. */
export interface WorkshopBoard {
  workshopId: string;
  code: string;
  title: string;
  status: WorkshopStatus;
  /** Increases with every change (join, answer, close, reopen); the SSE event id. */
  seq: number;
  participants: number;
  respondents: number;
  /** Nicknames of those who joined, sorted alphabetically (not in joining order, not by answer). */
  nicknames: string[];
  /** `aggregate()` of the respondents' results (styles, stages, axes' mean and spread, disagreement). */
  summary: TeamSummary;
  /** Time of the last change the board includes. */
  updatedAt: string;
  /** Set when the retention period erased the responses (the summary is the one kept then). */
  erasedAt: string | null;
}

/**
 * One response in an export: no nickname, no time, rows in a random order (by random id), so an
 * export does not tell who answered what.
 */
export interface ResponseRow {
  /** Random row id (not the participant's token, not the joining order). */
  id: string;
  answers: Answers;
  result: SonarResult;
}

export interface WorkshopExport {
  workshop: Workshop;
  definition: SonarDefinition;
  summary: TeamSummary;
  responses: ResponseRow[];
  exportedAt: string;
}

export interface WorkshopComparison {
  /** The earlier workshop (by creation date) is `before`. */
  before: { id: string; title: string; createdAt: string; summary: TeamSummary };
  after: { id: string; title: string; createdAt: string; summary: TeamSummary };
  /** `compare(before.summary, after.summary)` of the engine. */
  comparison: Comparison;
}

/** `GET /sonar/session`: the signed-in facilitator, if any, and the CSRF token for unsafe calls. */
export interface FacilitatorSession {
  user: { id: string; displayName: string } | null;
  csrfToken: string | null;
}

// ---------------------------------------------------------------------------------------------
// Problems (RFC 9457, `application/problem+json`)
// ---------------------------------------------------------------------------------------------

export const workshopProblemCodes = [
  "validation",
  "invalid-definition",
  "unauthenticated",
  "forbidden",
  "not-found",
  "workshop-closed",
  "workshop-full",
  "responses-erased",
  "csrf",
  "rate-limited",
  "payload-too-large",
  "unsupported-media-type",
  "timeout",
  "network",
  "internal",
] as const;
export type WorkshopProblemCode = (typeof workshopProblemCodes)[number];

/** One invalid field of a request: a JSON pointer into it (`/body/title`, `/params/code`). */
export type WorkshopFieldIssue = FieldIssue;

export interface WorkshopProblem extends ProblemDetails<WorkshopProblemCode> {
  /** `invalid-definition`: every problem `validateDefinition` found (pointers into the definition). */
  issues?: SonarIssue[];
}

export const workshopProblemStatus: Record<WorkshopProblemCode, number> = {
  validation: 422,
  "invalid-definition": 422,
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  "workshop-closed": 409,
  "workshop-full": 409,
  "responses-erased": 410,
  csrf: 403,
  "rate-limited": 429,
  "payload-too-large": 413,
  "unsupported-media-type": 415,
  timeout: 504,
  network: 503,
  internal: 500,
};

const problemTitles: Record<WorkshopProblemCode, string> = {
  validation: "Invalid request",
  "invalid-definition": "Invalid diagnostic definition",
  unauthenticated: "Sign-in required",
  forbidden: "Not allowed",
  "not-found": "Not found",
  "workshop-closed": "The workshop is closed",
  "workshop-full": "The workshop has reached its number of participants",
  "responses-erased": "The responses were erased (retention period)",
  csrf: "Missing or wrong CSRF token",
  "rate-limited": "Too many requests",
  "payload-too-large": "Request body too large",
  "unsupported-media-type": "Send JSON",
  timeout: "Timed out",
  network: "Network error",
  internal: "Internal error",
};

export const workshopProblemContentType = problemContentType;

export function workshopProblem(
  code: WorkshopProblemCode,
  extra: Omit<Partial<WorkshopProblem>, "code" | "type" | "title" | "status"> = {},
): WorkshopProblem {
  return {
    type: `https://communs.beta.gouv.fr/problems/sonar/${code}`,
    title: problemTitles[code],
    status: workshopProblemStatus[code],
    code,
    ...extra,
  };
}

export function isWorkshopProblem(value: unknown): value is WorkshopProblem {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { code?: unknown }).code === "string" &&
    typeof (value as { status?: unknown }).status === "number"
  );
}

// ---------------------------------------------------------------------------------------------
// Server-Sent Events of `GET /sonar/workshops/{id}/events`
// ---------------------------------------------------------------------------------------------

/**
 * Events of the board stream. `board` carries `id: <seq>` so a reconnecting client sends it back
 * (`Last-Event-ID` header as `EventSource` does, or `?lastEventId=` as `subscribeBoard` does, which
 * needs no CORS preflight) and gets the current board at once if it missed anything, else only a
 * `ping`.
 * `ping` comes every `pingSeconds` with the latest seq the server knows: a client whose last
 * board is older is behind. `deleted` ends the stream.
 */
export type BoardEvent =
  | { event: "board"; id: string; data: WorkshopBoard }
  | { event: "ping"; data: { seq: number; time: string } }
  | { event: "deleted"; data: { workshopId: string } };

/** Seconds between `ping` events; a stream silent for twice this long is taken as lost. */
export const boardPingSeconds = 10;

// ---------------------------------------------------------------------------------------------
// The route table and its types
// ---------------------------------------------------------------------------------------------

type Id = { id: string };
type Code = { code: string };

/** Inputs and outputs of every route (types only; the table below holds the run-time part). */
export interface WorkshopApi {
  session: { response: FacilitatorSession };
  listEditions: { response: { items: EditionSummary[] } };
  listWorkshops: { response: { items: Workshop[] } };
  createWorkshop: { body: WorkshopCreate; response: Workshop };
  getWorkshop: { params: Id; response: Workshop };
  closeWorkshop: { params: Id; response: Workshop };
  reopenWorkshop: { params: Id; response: Workshop };
  deleteWorkshop: { params: Id; response: undefined };
  getBoard: { params: Id; response: WorkshopBoard };
  boardEvents: { params: Id; response: never };
  qrCode: { params: Id; response: string };
  exportJson: { params: Id; response: WorkshopExport };
  exportResponsesCsv: { params: Id; query?: { locale?: string }; response: string };
  exportSummaryCsv: { params: Id; query?: { locale?: string }; response: string };
  compareWorkshops: { params: { id: string; other: string }; response: WorkshopComparison };
  getJoinInfo: { params: Code; response: JoinInfo };
  join: { params: Code; body: JoinRequest; response: Participation };
  getMyResponse: { params: Code; response: MyResponse };
  submitResponse: { params: Code; body: ResponseSubmit; response: MyResponse };
  withdrawResponse: { params: Code; response: undefined };
}

export type WorkshopRouteName = keyof WorkshopApi;

/** Every route of the workshop API: the server registers exactly these. */
export const workshopRoutes = {
  session: {
    method: "GET",
    path: "/sonar/session",
    summary: "The signed-in facilitator and the CSRF token",
    tag: "workshops",
    access: "public",
    status: 200,
  },
  listEditions: {
    method: "GET",
    path: "/sonar/editions",
    summary: "Shipped editions a workshop can use",
    tag: "workshops",
    access: "public",
    status: 200,
  },
  listWorkshops: {
    method: "GET",
    path: "/sonar/workshops",
    summary: "The facilitator's workshops, newest first",
    tag: "workshops",
    access: "facilitator",
    status: 200,
  },
  createWorkshop: {
    method: "POST",
    path: "/sonar/workshops",
    summary: "Create a workshop for a shipped edition or an uploaded definition",
    tag: "workshops",
    access: "facilitator",
    status: 201,
  },
  getWorkshop: {
    method: "GET",
    path: "/sonar/workshops/{id}",
    summary: "One workshop",
    tag: "workshops",
    access: "facilitator",
    status: 200,
  },
  closeWorkshop: {
    method: "POST",
    path: "/sonar/workshops/{id}/close",
    summary: "Close: answers are refused until reopened",
    tag: "workshops",
    access: "facilitator",
    status: 200,
  },
  reopenWorkshop: {
    method: "POST",
    path: "/sonar/workshops/{id}/reopen",
    summary: "Reopen a closed workshop",
    tag: "workshops",
    access: "facilitator",
    status: 200,
  },
  deleteWorkshop: {
    method: "DELETE",
    path: "/sonar/workshops/{id}",
    summary: "Delete a workshop and all its responses",
    tag: "workshops",
    access: "facilitator",
    status: 204,
  },
  getBoard: {
    method: "GET",
    path: "/sonar/workshops/{id}/board",
    summary: "The live board now",
    tag: "workshops",
    access: "facilitator",
    status: 200,
  },
  boardEvents: {
    method: "GET",
    path: "/sonar/workshops/{id}/events",
    summary: "The live board as Server-Sent Events (resumable with Last-Event-ID)",
    tag: "workshops",
    access: "facilitator",
    status: 200,
    produces: "sse",
  },
  qrCode: {
    method: "GET",
    path: "/sonar/workshops/{id}/qr.svg",
    summary: "QR code of the join link (SVG, drawn by the server)",
    tag: "workshops",
    access: "facilitator",
    status: 200,
    produces: "svg",
  },
  exportJson: {
    method: "GET",
    path: "/sonar/workshops/{id}/export.json",
    summary: "Definition, summary and every response (JSON)",
    tag: "exports",
    access: "facilitator",
    status: 200,
  },
  exportResponsesCsv: {
    method: "GET",
    path: "/sonar/workshops/{id}/responses.csv",
    summary: "One row per response: answers, style, stage, axis scores (CSV)",
    tag: "exports",
    access: "facilitator",
    status: 200,
    produces: "csv",
  },
  exportSummaryCsv: {
    method: "GET",
    path: "/sonar/workshops/{id}/summary.csv",
    summary: "The team summary: axes, styles, stages (CSV)",
    tag: "exports",
    access: "facilitator",
    status: 200,
    produces: "csv",
  },
  compareWorkshops: {
    method: "GET",
    path: "/sonar/workshops/{id}/compare/{other}",
    summary: "Compare two workshops of the same edition with the engine's compare",
    tag: "workshops",
    access: "facilitator",
    status: 200,
  },
  getJoinInfo: {
    method: "GET",
    path: "/sonar/join/{code}",
    summary: "A workshop's title, status and definition, by join code",
    tag: "participants",
    access: "public",
    status: 200,
  },
  join: {
    method: "POST",
    path: "/sonar/join/{code}",
    summary: "Join (no account) or come back with a participant token",
    tag: "participants",
    access: "public",
    status: 200,
  },
  getMyResponse: {
    method: "GET",
    path: "/sonar/join/{code}/response",
    summary: "The participant's own answers and result",
    tag: "participants",
    access: "participant",
    status: 200,
  },
  submitResponse: {
    method: "PUT",
    path: "/sonar/join/{code}/response",
    summary: "Save the participant's answers (while the workshop is open)",
    tag: "participants",
    access: "participant",
    status: 200,
  },
  withdrawResponse: {
    method: "DELETE",
    path: "/sonar/join/{code}/response",
    summary: "Withdraw: erase the participant and their answers",
    tag: "participants",
    access: "participant",
    status: 204,
  },
} as const satisfies Record<WorkshopRouteName, WorkshopRoute>;

/** What a caller passes for a route. */
export type WorkshopInput<N extends WorkshopRouteName> = (WorkshopApi[N] extends {
  params: infer P;
}
  ? { params: P }
  : { params?: undefined }) &
  (WorkshopApi[N] extends { query?: infer Q } ? { query?: Q } : { query?: undefined }) &
  (WorkshopApi[N] extends { body: infer B } ? { body: B } : { body?: undefined });

/** What a route returns on success. */
export type WorkshopOutput<N extends WorkshopRouteName> = WorkshopApi[N]["response"];

/** Fills `{name}` segments of a path, encoding each value. */
export function fillWorkshopPath(path: string, params: Record<string, string> | undefined): string {
  return path.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params?.[key];
    if (value === undefined) throw new TypeError(`missing path parameter ${key}`);
    return encodeURIComponent(value);
  });
}

/** Participant tokens: `sp_` and 32 base64url characters (192 random bits). */
export const participantTokenPattern = /^sp_[A-Za-z0-9_-]{32}$/;

/** A fresh participant token, made on the client (Web Crypto: browsers and Node ≥ 20). */
export function newParticipantToken(): string {
  const bytes = new Uint8Array(24);
  globalThis.crypto.getRandomValues(bytes);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `sp_${btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "")}`;
}

/** Join codes: 6 characters without look-alikes; compared case-insensitively. */
export const joinCodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const joinCodeLength = 6;

/** Upper-cases and drops spaces and dashes: `abc-d2 3` → `ABCD23`; null if it cannot be a code. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]+/g, "");
  if (code.length !== joinCodeLength) return null;
  for (const char of code) if (!joinCodeAlphabet.includes(char)) return null;
  return code;
}
