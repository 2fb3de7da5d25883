export { createServer, openDatabase, jsonLogger, type IdeaBoxServer, type Logger } from "./server";
export { loadConfig, ConfigError, type ServerConfig } from "./config";
export { migrate, migrations } from "./db/migrations";
export { openPglite, openPostgres, type Database, type Queryable } from "./db/db";
export { DataFolderLockedError } from "@communs/server";
export { seed, demoAccounts, demoPassword } from "./seed";
export {
  signEmbedToken,
  verifyEmbedToken,
  type EmbedClaims,
  type EmbedTokenCheck,
} from "./embed-token";
export { signPayload, standardWebhookHeaders, deliverDue } from "./webhooks";
export { purgeExpired, type PurgeReport } from "./retention";
export type { RetentionSettings } from "./config";
