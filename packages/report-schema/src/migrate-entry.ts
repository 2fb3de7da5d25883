export { migrateReport, type MigrationResult } from "./migrate";
