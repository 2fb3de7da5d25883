import { z } from "zod";
import { Role, Slug, StatusKey } from "./schemas";

/** Schemas of the admin console's routes (`routes-admin.ts`). */
const label = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !value.includes("\u0000"), { message: "no NUL character" });

export const LabelUpdate = z.strictObject({ label: label(80) });
export const ScopeCreate = z.strictObject({ slug: Slug, label: label(80) });
export const StatusCreate = z.strictObject({
  key: StatusKey,
  label: label(80),
  requiresReason: z.boolean().default(false),
  final: z.boolean().default(false),
});
export const StatusUpdate = z.strictObject({
  label: label(80).optional(),
  requiresReason: z.boolean().optional(),
  final: z.boolean().optional(),
  /** Retired: no longer offered for a status change; ideas and history keep it (false: back). */
  retired: z.boolean().optional(),
});
export const MemberAdd = z.strictObject({ email: z.email().max(320), role: Role });

const count = z.number().int().nonnegative();
/** Delays to a first answer, in these bands (upper bounds included). */
export const FirstAnswerBand = z.enum(["day", "week", "month", "later"]);
/**
 * A box's figures, over its visible ideas (neither hidden nor merged). An idea is answered once
 * a moderator changed its status or wrote an official response; figures are counts only.
 */
export const BoxFigures = z.object({
  total: count,
  answered: count,
  byStatus: z.array(z.object({ key: StatusKey, label: z.string(), count })),
  /** The last twelve months, oldest first, months without ideas included (`YYYY-MM`, UTC). */
  byMonth: z.array(z.object({ month: z.string(), count })),
  firstAnswer: z.object({
    /** Median delay in days (one decimal), null when no idea is answered. */
    medianDays: z.number().nullable(),
    bands: z.array(z.object({ band: FirstAnswerBand, count })),
  }),
});
export type BoxFiguresT = z.output<typeof BoxFigures>;
