export { openPglite, openPostgres } from "./database";
export type { Database, ListenHandlers, PgliteOptions, Queryable, Row } from "./database";
export { DataFolderLockedError, lockDataFolder, lockFileName } from "./data-lock";
export { pendingMigrations, runMigrations } from "./migrations";
export type { MigratableDatabase, Migration, MigrationSet } from "./migrations";
export { combineErasers } from "./erase-person";
export type { ErasePerson } from "./erase-person";
export {
  createMetrics,
  currentRequestId,
  mountOperations,
  requestIds,
  routeLabel,
  withRequestId,
  wellFormedRequestId,
} from "./observability";
export type {
  GaugeReader,
  LogFunction,
  Metrics,
  MetricsOptions,
  OperationsOptions,
  PoolStats,
} from "./observability";
