import type { Context, Hono } from "hono";
import type { ErasePerson } from "@communs/server";
import type * as SonarServerModule from "@communs/sonar-server";
import { getCookie } from "hono/cookie";
import { ConfigError, type ServerConfig } from "./config";
import type { Database } from "./db/db";
import type { Logger } from "./server";
import { hitRateLimit, readSession, sessionCookie } from "./security";

/** What the server keeps of the mounted workshops: to sweep and to close them with itself. */
export interface Workshops {
  sweep(): Promise<string[]>;
  /** Erases a person's workshops (as facilitator) and their responses, in the host's transaction. */
  erasePerson: ErasePerson;
  close(): Promise<void>;
}

type SonarServer = typeof SonarServerModule;

/**
 * `@communs/sonar-server` when it is installed, else null: the idea box stays deployable alone
 * (the package is an optional peer dependency). Any other failure to load it is an error.
 */
async function loadSonarServer(): Promise<SonarServer | null> {
  try {
    return await import("@communs/sonar-server");
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (
      (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") &&
      String((error as Error).message).includes("@communs/sonar-server")
    )
      return null;
    throw error;
  }
}

/** Whether `SONAR_WORKSHOPS` allows the workshops ("on" by default); a wrong value is a ConfigError. */
function workshopsOn(env: Record<string, string | undefined>): boolean {
  const switched = (env.SONAR_WORKSHOPS ?? "on").trim().toLowerCase();
  if (switched !== "on" && switched !== "off")
    throw new ConfigError([
      `SONAR_WORKSHOPS: "on" or "off" (got ${JSON.stringify(env.SONAR_WORKSHOPS)})`,
    ]);
  return switched === "on";
}

/** `migrate` command: the workshops' migrations too, when they are installed and on. */
export async function migrateSonarWorkshops(
  db: Database,
  env: Record<string, string | undefined>,
): Promise<number[] | null> {
  if (!workshopsOn(env)) return null;
  const sonar = await loadSonarServer();
  return sonar ? sonar.migrateWorkshops(db) : null;
}

/**
 * Mounts the Sonar workshops (ADR 0003) on the idea box's app when the package is installed and
 * `SONAR_WORKSHOPS` (in `env`, with the other `SONAR_*` settings) is not `off`: their
 * migrations run after the idea box's, they share its database, its sessions (a signed-in
 * person is a facilitator), its rate-limits table and its proxy setting. Returns null when the workshops are off or absent.
 */
export async function mountSonarWorkshops(
  app: Hono,
  db: Database,
  config: ServerConfig,
  log: Logger,
  env: Record<string, string | undefined>,
): Promise<Workshops | null> {
  if (!workshopsOn(env)) return null;
  const sonar = await loadSonarServer();
  if (!sonar) return null;
  let settings;
  try {
    settings = sonar.loadWorkshopSettings(env, config.publicUrl);
  } catch (error) {
    if (error instanceof sonar.WorkshopSettingsError) throw new ConfigError(error.problems);
    throw error;
  }
  const applied = await sonar.migrateWorkshops(db);
  if (applied.length > 0) log("info", "workshop migrations applied", { versions: applied });
  return sonar.mountWorkshops(app, {
    db,
    settings,
    databaseUrl: config.databaseUrl,
    async identify(c: Context) {
      const token = getCookie(c, sessionCookie);
      if (!token || token.length >= 100) return null;
      const found = await readSession(db, token);
      if (!found) return null;
      return {
        user: { id: found.user.id, displayName: found.user.displayName },
        csrfToken: found.session.csrfToken,
      };
    },
    hitRateLimit: (key) => hitRateLimit(db, key),
    clientAddress(c: Context) {
      if (config.trustProxy) {
        const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
        if (forwarded) return forwarded;
      }
      const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
      return env?.incoming?.socket?.remoteAddress ?? "local";
    },
    log,
  });
}
