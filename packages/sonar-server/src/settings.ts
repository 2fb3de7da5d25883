import { z } from "zod";

/** What the workshops are configured with (read from the environment by `loadWorkshopSettings`). */
export interface WorkshopSettings {
  /**
   * The link participants open, with `{code}` where the join code goes. Default:
   * `<PUBLIC_URL>/sonar/j/{code}` (a page of the server that says how to join).
   */
  joinUrl: string;
  /** Days of inactivity after which a workshop's responses are erased; null keeps them. */
  retentionDays: number | null;
  /** Joins per minute from one address (a room behind one Wi-Fi shares an address). */
  joinsPerAddressPerMinute: number;
  /** Answer saves per minute per participant. */
  answersPerParticipantPerMinute: number;
  /** Participants a workshop takes at most. */
  maxParticipants: number;
  /** How often the retention sweep runs, in ms (0: only when called). */
  sweepIntervalMs: number;
}

const positiveInt = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

const schema = z.object({
  SONAR_JOIN_URL: z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || value.includes("{code}"), "must contain {code}")
    .refine((value) => !value || /^https?:\/\//.test(value), "must be an http(s) URL"),
  SONAR_RETENTION_DAYS: z
    .string()
    .trim()
    .default("90")
    .refine((value) => value === "off" || /^\d+$/.test(value), 'a whole number of days, or "off"')
    .transform((value) => (value === "off" ? null : Number(value)))
    .refine((value) => value === null || value >= 1, "at least 1 day (or off)"),
  SONAR_JOIN_RATE_PER_ADDRESS: positiveInt(300),
  SONAR_ANSWER_RATE_PER_PARTICIPANT: positiveInt(120),
  SONAR_MAX_PARTICIPANTS: positiveInt(500),
  SONAR_SWEEP_INTERVAL_MS: z.coerce.number().int().min(0).default(3_600_000),
});

export class WorkshopSettingsError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid workshop settings:\n${problems.map((problem) => `- ${problem}`).join("\n")}`);
    this.name = "WorkshopSettingsError";
    this.problems = problems;
  }
}

/** Reads the `SONAR_*` settings; every wrong one is listed in one `WorkshopSettingsError`. */
export function loadWorkshopSettings(
  env: Record<string, string | undefined>,
  publicUrl: string,
): WorkshopSettings {
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([key]) => key.startsWith("SONAR_"))),
  );
  if (!parsed.success)
    throw new WorkshopSettingsError(
      parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    );
  const v = parsed.data;
  return {
    joinUrl: v.SONAR_JOIN_URL || `${publicUrl.replace(/\/+$/, "")}/sonar/j/{code}`,
    retentionDays: v.SONAR_RETENTION_DAYS,
    joinsPerAddressPerMinute: v.SONAR_JOIN_RATE_PER_ADDRESS,
    answersPerParticipantPerMinute: v.SONAR_ANSWER_RATE_PER_PARTICIPANT,
    maxParticipants: v.SONAR_MAX_PARTICIPANTS,
    sweepIntervalMs: v.SONAR_SWEEP_INTERVAL_MS,
  };
}
