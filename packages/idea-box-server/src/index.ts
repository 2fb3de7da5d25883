export { createServer, openDatabase, jsonLogger, type IdeaBoxServer, type Logger } from "./server";
export { loadConfig, ConfigError, type ServerConfig } from "./config";
export { migrate, migrations } from "./db/migrations";
export { openPglite, openPostgres, type Database, type Queryable } from "./db/db";
export { DataFolderLockedError } from "./db/data-lock";
export { seed, demoAccounts, demoPassword } from "./seed";
export { signEmbedToken, verifyEmbedToken, type EmbedClaims } from "./security";
export { signPayload, deliverDue } from "./webhooks";
