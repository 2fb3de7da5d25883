import { z } from "zod";

/** True for http(s)://localhost, 127.0.0.1 or [::1]: a service on this very machine. */
export const isLoopbackUrl = (url: string) =>
  URL.canParse(url) && ["localhost", "127.0.0.1", "[::1]"].includes(new URL(url).hostname);

/** Server configuration; `loadConfig(process.env)` reads it from environment variables. */
export interface ServerConfig {
  port: number;
  host: string;
  /** PostgreSQL URL; when absent, embedded PGlite is used. */
  databaseUrl?: string;
  /** PGlite data folder; absent means in memory (tests). */
  dataDir?: string;
  publicUrl: string;
  /** Origins allowed for CORS and for embedding in frames. */
  allowedOrigins: string[];
  /** At least 32 characters: signs embed tokens. */
  sessionSecret: string;
  /** Shared with host sites to sign short-lived embed tokens; absent disables embed tokens. */
  embedSecret?: string;
  oidc?: {
    issuer: string;
    clientId: string;
    clientSecret: string;
    scopes: string;
    redirectPath: string;
  };
  smtpUrl?: string;
  /** Sender of notification e-mails (SMTP_FROM; default no-reply@ the public host). */
  smtpFrom: string;
  /**
   * The idea's page that notification e-mails link to (IDEA_URL), `{box}` and `{id}` filled in;
   * default `PUBLIC_URL/boxes/{box}/ideas/{id}` (the API's JSON: point it at your page).
   */
  ideaUrl: string;
  /** Signs outgoing webhooks when a webhook has no secret of its own. */
  webhookSecret?: string;
  /** Writes per minute, per person and per address (kept in the database). */
  rateLimit: { perPerson: number; perAddress: number };
  /** Trust X-Forwarded-For (behind a load balancer). */
  trustProxy: boolean;
  bodyLimitBytes: number;
  logLevel: "silent" | "error" | "info";
  /** Local accounts may register themselves. */
  allowRegistration: boolean;
  /** Webhook worker interval in ms (0 disables the worker). */
  webhookIntervalMs: number;
  /**
   * Hosts webhooks may reach even though they are not public (WEBHOOK_ALLOWED_HOSTS): names or
   * IP addresses, lower case, IPv6 without brackets. Empty by default.
   */
  webhookAllowedHosts: string[];
  /** How often the retention purges run, in ms (PURGE_INTERVAL_MS; 0 disables them). */
  purgeIntervalMs: number;
  /** Retention in days; `null` keeps forever (see README, "Retention"). */
  retention: RetentionSettings;
  /** The bearer token `GET /metrics` asks for (METRICS_TOKEN); absent, /metrics answers 404. */
  metricsToken?: string;
}

/** Days before each kind of personal data is deleted; `null` keeps it (setting at 0 or unset). */
export interface RetentionSettings {
  /** RETENTION_INACTIVE_ACCOUNT_DAYS: accounts without activity are erased (off by default). */
  inactiveAccountDays: number | null;
  /** RETENTION_NOTIFICATIONS_DAYS: notification e-mails once sent or given up (default 90). */
  notificationsDays: number | null;
  /** RETENTION_WEBHOOK_DELIVERIES_DAYS: delivered or failed webhook deliveries (default 30). */
  webhookDeliveriesDays: number | null;
  /** RETENTION_MODERATION_DAYS: audit log, resolved reports, lifted-block records (default 365). */
  moderationDays: number | null;
}

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();
const bool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");
const commaList = z
  .string()
  .default("")
  .transform((value) =>
    value
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean),
  );
/** Whole days, 0 for "keep"; at most 100 years. */
const days = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((value) => value?.trim() || String(fallback))
    .pipe(
      z
        .string()
        .regex(/^\d+$/, "a whole number of days (0 keeps the data)")
        .transform(Number)
        .pipe(z.number().max(36_500, "at most 36500 days"))
        .transform((value) => (value === 0 ? null : value)),
    );
const origin = z.url({ protocol: /^https?$/ }).transform((value) => new URL(value).origin);

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().default("127.0.0.1"),
  DATABASE_URL: optionalText.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  IDEA_BOX_DATA_DIR: optionalText,
  PUBLIC_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  ALLOWED_ORIGINS: commaList.pipe(z.array(origin)),
  SESSION_SECRET: optionalText.pipe(z.string().min(32, "at least 32 characters").optional()),
  EMBED_SECRET: optionalText.pipe(z.string().min(32, "at least 32 characters").optional()),
  // HTTPS, except an identity provider on this very machine (a local Keycloak, a test provider).
  OIDC_ISSUER: optionalText.pipe(
    z
      .url({ protocol: /^https?$/, error: "an https:// URL (the provider's issuer)", abort: true })
      .refine(
        (url) => url.startsWith("https://") || isLoopbackUrl(url),
        "https:// (http:// only for localhost or 127.0.0.1)",
      )
      .optional(),
  ),
  OIDC_CLIENT_ID: optionalText,
  OIDC_CLIENT_SECRET: optionalText,
  OIDC_SCOPES: z.string().default("openid email given_name usual_name"),
  SMTP_URL: optionalText.pipe(
    z
      .url({ protocol: /^smtps?$/, error: "an smtp:// or smtps:// URL", abort: true })
      .refine(
        (url) => URL.canParse(url) && new URL(url).hostname !== "",
        "names no host: smtp://user:password@host:port",
      )
      .optional(),
  ),
  SMTP_FROM: optionalText.pipe(z.string().max(200).optional()),
  IDEA_URL: optionalText.pipe(
    z
      .url({ protocol: /^https?$/, error: "an http(s):// URL with {id} (and {box})", abort: true })
      .refine((url) => url.includes("{id}"), "must contain {id}: the idea's id goes there")
      .optional(),
  ),
  WEBHOOK_SECRET: optionalText.pipe(z.string().min(16).optional()),
  RATE_LIMIT_PER_PERSON: z.coerce.number().int().min(1).default(60),
  RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(300),
  TRUST_PROXY: bool.default(false),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(10_000_000).default(100_000),
  LOG_LEVEL: z.enum(["silent", "error", "info"]).default("info"),
  ALLOW_REGISTRATION: bool.default(true),
  WEBHOOK_INTERVAL_MS: z.coerce.number().int().min(0).default(5000),
  PURGE_INTERVAL_MS: z.coerce.number().int().min(0).default(3_600_000),
  RETENTION_INACTIVE_ACCOUNT_DAYS: days(0),
  RETENTION_NOTIFICATIONS_DAYS: days(90),
  RETENTION_WEBHOOK_DELIVERIES_DAYS: days(30),
  RETENTION_MODERATION_DAYS: days(365),
  METRICS_TOKEN: optionalText.pipe(z.string().min(32, "at least 32 characters").optional()),
  WEBHOOK_ALLOWED_HOSTS: commaList.pipe(
    z.array(
      z
        .string()
        .regex(/^(\[[0-9a-f:.]+\]|[a-z0-9.:-]+)$/i, "host names or IP addresses, comma-separated")
        .transform((host) => host.toLowerCase().replace(/^\[(.*)\]$/, "$1")),
    ),
  ),
});

/** A setting or argument that stops the server: `heading` then one `- NAME: what to do` line each. */
export class ConfigError extends Error {
  constructor(
    readonly problems: string[],
    heading = "Invalid configuration:",
  ) {
    super(`${heading}\n${problems.map((line) => `  - ${line}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** The wrong value as we echo it: secrets and URL passwords are not printed. */
function shown(name: string, value: string | undefined): string {
  if (value === undefined) return "nothing";
  if (/SECRET|TOKEN/.test(name)) return `${value.length} characters`;
  return JSON.stringify(value.replace(/(\/\/[^:/@]*:)[^@]*@/, "$1***@"));
}

/** Reads and validates the environment; reports every wrong value at once. */
export function loadConfig(
  env: Record<string, string | undefined>,
  overrides: Partial<ServerConfig> = {},
): ServerConfig {
  const parsed = envSchema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? "environment");
      problems.push(`${name}: ${issue.message} (got ${shown(name, env[name])})`);
    }
    throw new ConfigError(problems);
  }
  const v = parsed.data;
  const oidcParts = [v.OIDC_ISSUER, v.OIDC_CLIENT_ID, v.OIDC_CLIENT_SECRET];
  if (oidcParts.some(Boolean) && !oidcParts.every(Boolean))
    problems.push("OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: set all three or none");
  const production = env.NODE_ENV === "production";
  if (production && !v.SESSION_SECRET)
    problems.push("SESSION_SECRET: required when NODE_ENV=production");
  if (problems.length > 0) throw new ConfigError(problems);
  const port = overrides.port ?? v.PORT;
  return {
    port,
    host: v.HOST,
    databaseUrl: v.DATABASE_URL,
    dataDir: v.IDEA_BOX_DATA_DIR,
    publicUrl: (v.PUBLIC_URL ?? `http://${v.HOST}:${port}`).replace(/\/+$/, ""),
    allowedOrigins: v.ALLOWED_ORIGINS,
    sessionSecret: v.SESSION_SECRET ?? "development-only-secret-change-me-please-0000",
    embedSecret: v.EMBED_SECRET,
    oidc: v.OIDC_ISSUER
      ? {
          issuer: v.OIDC_ISSUER,
          clientId: v.OIDC_CLIENT_ID!,
          clientSecret: v.OIDC_CLIENT_SECRET!,
          scopes: v.OIDC_SCOPES,
          redirectPath: "/auth/oidc/callback",
        }
      : undefined,
    smtpUrl: v.SMTP_URL,
    smtpFrom:
      v.SMTP_FROM ??
      `Boîte à idées <no-reply@${new URL(v.PUBLIC_URL ?? `http://${v.HOST}:${port}`).hostname}>`,
    ideaUrl:
      v.IDEA_URL ??
      `${(v.PUBLIC_URL ?? `http://${v.HOST}:${port}`).replace(/\/+$/, "")}/boxes/{box}/ideas/{id}`,
    webhookSecret: v.WEBHOOK_SECRET,
    rateLimit: { perPerson: v.RATE_LIMIT_PER_PERSON, perAddress: v.RATE_LIMIT_PER_ADDRESS },
    trustProxy: v.TRUST_PROXY,
    bodyLimitBytes: v.BODY_LIMIT_BYTES,
    logLevel: v.LOG_LEVEL,
    allowRegistration: v.ALLOW_REGISTRATION,
    webhookIntervalMs: v.WEBHOOK_INTERVAL_MS,
    webhookAllowedHosts: v.WEBHOOK_ALLOWED_HOSTS,
    purgeIntervalMs: v.PURGE_INTERVAL_MS,
    retention: {
      inactiveAccountDays: v.RETENTION_INACTIVE_ACCOUNT_DAYS,
      notificationsDays: v.RETENTION_NOTIFICATIONS_DAYS,
      webhookDeliveriesDays: v.RETENTION_WEBHOOK_DELIVERIES_DAYS,
      moderationDays: v.RETENTION_MODERATION_DAYS,
    },
    metricsToken: v.METRICS_TOKEN,
    ...overrides,
  };
}
