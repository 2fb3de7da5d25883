import { z } from "zod";
import { appendPointer } from "@communs/i18n";
import type { WorkshopFieldIssue } from "@communs/sonar/workshop";

// Server-side checks of request bodies. The contract's types live in `@communs/sonar/workshop`
// (zod-free); `contract.test.ts` checks these schemas accept exactly those shapes.

// No control characters (they would corrupt exports and boards), no leading or trailing space.
const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    .refine((text) => !/[\u0000-\u001f\u007f]/.test(text), { message: "control characters" });

export const WorkshopCreateBody = z.strictObject({
  title: plainText(120),
  edition: z.string().min(1).max(64).optional(),
  definition: z.unknown().optional(),
  locale: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
    .optional(),
});

export const Nickname = plainText(40);

export const JoinBody = z.strictObject({
  nickname: Nickname.optional(),
  participantToken: z.string().max(64).optional(),
});

const AnswerValue = z.union([
  z.string().max(200),
  z.array(z.string().max(200)).max(200),
  z.number().finite(),
  z.null(),
]);

export const ResponseSubmitBody = z.strictObject({
  answers: z
    .record(z.string().max(200), AnswerValue)
    .refine((answers) => Object.keys(answers).length <= 1000, {
      message: "too many answers",
    }),
  nickname: Nickname.nullable().optional(),
});

export const LocaleQuery = z.strictObject({
  locale: z.enum(["fr", "en"]).optional(),
});

/** Every zod issue as a field issue with a JSON pointer under `/body` or `/query`. */
export function fieldIssues(error: z.ZodError, root: "body" | "query"): WorkshopFieldIssue[] {
  return error.issues.map((issue) => {
    const params: Record<string, unknown> = {};
    for (const key of ["minimum", "maximum", "expected", "keys", "values", "origin"]) {
      const value = (issue as unknown as Record<string, unknown>)[key];
      if (value !== undefined && typeof value !== "function")
        params[key] = typeof value === "bigint" ? Number(value) : value;
    }
    if (issue.code === "custom") params.message = issue.message;
    return {
      pointer: appendPointer(`/${root}`, ...issue.path),
      code: issue.code,
      ...(Object.keys(params).length > 0 ? { params } : {}),
    };
  });
}
