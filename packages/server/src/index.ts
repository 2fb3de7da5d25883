export { openPglite, openPostgres } from "./database";
export type { Database, PgliteOptions, Queryable, Row } from "./database";
export { DataFolderLockedError, lockDataFolder, lockFileName } from "./data-lock";
export { runMigrations } from "./migrations";
export type { MigratableDatabase, Migration, MigrationSet } from "./migrations";
export { combineErasers } from "./erase-person";
export type { ErasePerson } from "./erase-person";
