export { mountWorkshops, memoryRateLimit } from "./http";
export type { Facilitator, MountedWorkshops, WorkshopDeps } from "./http";
export { loadWorkshopSettings, WorkshopSettingsError } from "./settings";
export type { WorkshopSettings } from "./settings";
export { migrateWorkshops, runMigrations, workshopMigrations } from "./migrations";
export type { Migration, MigrationSet } from "./migrations";
export {
  createLocalNotifier,
  createPostgresNotifier,
  workshopChannel,
  type WorkshopNotifier,
} from "./notifier";
export type { Queryable, WorkshopDatabase } from "./db";
export { eraseExpiredResponses } from "./domain";
export { createOpenApiDocument } from "./openapi";
export { qrSvg } from "./qr";
export { shippedEditions } from "./editions";
