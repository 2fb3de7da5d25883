export { mountWorkshops, memoryRateLimit } from "./http";
export type { Facilitator, MountedWorkshops, WorkshopDeps } from "./http";
export { loadWorkshopSettings, WorkshopSettingsError } from "./settings";
export type { WorkshopSettings } from "./settings";
export { migrateWorkshops, workshopMigrations } from "./migrations";
// The runner moved to @communs/server (ADR 0003 step 2); re-exported for existing callers.
export { runMigrations, type Migration, type MigrationSet } from "@communs/server";
export {
  createLocalNotifier,
  createPostgresNotifier,
  workshopChannel,
  type WorkshopNotifier,
} from "./notifier";
export type { Queryable, WorkshopDatabase } from "./db";
export { eraseExpiredResponses, eraseFacilitator } from "./domain";
export { createOpenApiDocument } from "./openapi";
export { qrSvg } from "./qr";
export { shippedEditions } from "./editions";
