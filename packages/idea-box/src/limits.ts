/**
 * Field limits and patterns of the contract as plain data: the zod schemas are built from them
 * (`schemas.ts`), and zod-free callers (forms, `<communs-idea-box>`) check against the same.
 */

/** A box, theme or scope slug: lowercase letters, digits and inner hyphens, 1 to 60 long. */
export { slugPattern } from "@communs/i18n";

/** An RFC 9562 UUID (versions 1 to 8), as ids are. */
export const uuidPattern =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** Trimmed length limits of an idea's texts, `[min, max]`. */
export const ideaLimits = {
  title: [5, 140],
  problem: [10, 5000],
  solution: [0, 5000],
  concerned: [0, 500],
  teamName: [2, 80],
} as const satisfies Record<string, readonly [number, number]>;

/** Reasons a person may give when reporting an idea or a comment. */
export const reportReasons = ["spam", "abusive", "personal-data", "off-topic", "other"] as const;
