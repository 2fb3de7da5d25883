import type { Issue } from "./issue";
import { toPointer } from "./pointer";

/**
 * What this module reads of a zod issue (v3 or v4, full or mini): typed structurally so that
 * the kit does not depend on zod.
 */
export interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message?: string;
}

export interface FromZodOptions {
  /** Where the validated value sits in the document: a pointer or its segments (default ""). */
  at?: string | readonly PropertyKey[];
  /** Our code for a zod code (`too_big` → `too-big`); zod's own code when it returns undefined. */
  code?: (issue: ZodIssueLike) => string | undefined;
  /** One issue per unknown key, each with its own pointer, rather than one listing the keys. */
  splitUnknownKeys?: boolean;
}

// The details a sentence may need; the rest (message, input, inst…) stays behind.
const detailKeys = [
  "expected",
  "received",
  "minimum",
  "maximum",
  "inclusive",
  "exact",
  "origin",
  "format",
  "pattern",
  "divisor",
  "keys",
  "values",
  "options",
] as const;

function paramsOf(issue: ZodIssueLike): Record<string, unknown> | undefined {
  const params: Record<string, unknown> = {};
  for (const key of detailKeys) {
    const value = (issue as unknown as Record<string, unknown>)[key];
    if (value === undefined || typeof value === "function") continue;
    if (typeof value === "bigint") params[key] = Number(value);
    else if (value instanceof RegExp) params[key] = value.source;
    else params[key] = value;
  }
  return Object.keys(params).length > 0 ? params : undefined;
}

/** Zod issues as our `Issue`s, every one of them, each with the JSON pointer of its value. */
export function fromZodIssues(
  issues: readonly ZodIssueLike[],
  options: FromZodOptions = {},
): Issue[] {
  const base = typeof options.at === "string" ? options.at : toPointer(options.at ?? []);
  return issues.flatMap((issue): Issue[] => {
    const code = options.code?.(issue) ?? issue.code;
    const pointer = base + toPointer(issue.path);
    const keys = (issue as { keys?: unknown }).keys;
    if (options.splitUnknownKeys && issue.code === "unrecognized_keys" && Array.isArray(keys)) {
      return keys.map((key: PropertyKey) => ({ code, pointer: pointer + toPointer([key]) }));
    }
    const params = paramsOf(issue);
    return [params ? { code, pointer, params } : { code, pointer }];
  });
}
