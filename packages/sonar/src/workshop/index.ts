/**
 * `@communs/sonar/workshop`: the HTTP contract of Sonar workshops (served by
 * `@communs/sonar-server` on the reference server) and a small fetch client. No zod, no DOM:
 * runs in browsers and Node ≥ 20.
 */
export {
  boardPingSeconds,
  fillWorkshopPath,
  isWorkshopProblem,
  joinCodeAlphabet,
  joinCodeLength,
  newParticipantToken,
  normalizeJoinCode,
  participantTokenPattern,
  workshopProblem,
  workshopProblemCodes,
  workshopProblemContentType,
  workshopProblemStatus,
  workshopRoutes,
} from "./routes";
export type {
  BoardEvent,
  EditionSummary,
  FacilitatorSession,
  JoinInfo,
  JoinRequest,
  MyResponse,
  Participation,
  ResponseRow,
  ResponseSubmit,
  Workshop,
  WorkshopAccess,
  WorkshopApi,
  WorkshopBoard,
  WorkshopComparison,
  WorkshopCreate,
  WorkshopExport,
  WorkshopFieldIssue,
  WorkshopInput,
  WorkshopMethod,
  WorkshopOutput,
  WorkshopProblem,
  WorkshopProblemCode,
  WorkshopRoute,
  WorkshopRouteName,
  WorkshopStatus,
} from "./routes";
export { createWorkshopClient, WorkshopError } from "./client";
export type {
  BoardConnection,
  BoardSubscription,
  BoardSubscriptionHandlers,
  WorkshopClient,
  WorkshopClientOptions,
  WorkshopRequestOptions,
} from "./client";
export { createSseParser } from "./sse";
export type { SseMessage } from "./sse";
