/**
 * A zod-free stand-in for the few zod/mini builders the palette's schemas use
 * (`schema-definition.ts`), for the overlay entry that must run without zod (about 8 kB gzipped
 * less in `<communs-nuancier>`). It reports the issues zod would, in zod's shape and order
 * (codes, paths, `expected`, `values`, `minimum`, branches of a union, checks skipped after an
 * aborting issue), so that `fromZodIssues` words both the same way; `lite-schema.test.ts` holds
 * it to zod over valid and broken overlays. Inputs are JSON values: no symbols, no prototypes.
 */

/** An issue as zod's raw issues look: `continue: true` lets the schema's later checks run. */
export interface LiteIssue {
  code: string;
  path: PropertyKey[];
  continue?: boolean;
  [detail: string]: unknown;
}

interface Payload {
  value: unknown;
  issues: LiteIssue[];
}

interface LiteCheck {
  /** Length checks run even after an issue, as zod's `when` does, unless one is explicitly aborting. */
  when?: (value: unknown) => boolean;
  check: (payload: Payload) => void;
}

export interface LiteSchema {
  run(value: unknown): LiteIssue[];
  check(...checks: (LiteCheck | ((payload: Payload) => void))[]): LiteSchema;
  safeParse(
    value: unknown,
  ): { success: true; data: unknown } | { success: false; error: { issues: LiteIssue[] } };
  optional?: true;
  shape?: Record<string, LiteSchema>;
  /** An object's rule for keys outside its shape: refused (strict), or checked by a schema. */
  rest?: "strict" | LiteSchema;
}

const aborted = (issues: readonly LiteIssue[], from = 0) =>
  issues.slice(from).some((issue) => issue.continue !== true);
const under = (key: PropertyKey, issues: readonly LiteIssue[]) =>
  issues.map((issue) => ({ ...issue, path: [key, ...issue.path] }));
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const invalidType = (expected: string): LiteIssue[] => [
  { code: "invalid_type", expected, path: [] },
];

function schema(
  parse: (value: unknown) => LiteIssue[],
  checks: LiteCheck[] = [],
  extra: Partial<LiteSchema> = {},
): LiteSchema {
  const self: LiteSchema = {
    ...extra,
    run(value) {
      const issues = parse(value);
      let stop = aborted(issues);
      for (const { when, check } of checks) {
        if (when) {
          if (issues.some((issue) => issue.continue === false) || !when(value)) continue;
        } else if (stop) continue;
        const before = issues.length;
        check({ value, issues });
        if (!stop && issues.length > before) stop = aborted(issues, before);
      }
      return issues;
    },
    check: (...more) =>
      schema(
        parse,
        [...checks, ...more.map((check) => (typeof check === "function" ? { check } : check))],
        extra,
      ),
    safeParse(value) {
      const issues = self.run(value);
      return issues.length > 0
        ? { success: false, error: { issues } }
        : { success: true, data: value };
    },
  };
  return self;
}

function object(shape: Record<string, LiteSchema>, rest?: LiteSchema["rest"]): LiteSchema {
  return schema(
    (value) => {
      if (!isObject(value)) return invalidType("object");
      const issues: LiteIssue[] = [];
      for (const [key, field] of Object.entries(shape)) {
        if (key === "__proto__" || (!(key in value) && field.optional)) continue;
        issues.push(...under(key, field.run(value[key])));
      }
      const unknown: string[] = [];
      for (const key in value) {
        if (Object.hasOwn(shape, key)) continue;
        if (rest === "strict") unknown.push(key);
        else if (rest && key !== "__proto__") issues.push(...under(key, rest.run(value[key])));
      }
      if (unknown.length > 0)
        issues.push({ code: "unrecognized_keys", keys: unknown, path: [], continue: true });
      return issues;
    },
    [],
    { shape, rest },
  );
}

/** The builders and checks of zod/mini that `defineSchemas` calls, with zod's names. */
export const liteZod = {
  string: () => schema((value) => (typeof value === "string" ? [] : invalidType("string"))),
  number: () =>
    schema((value) =>
      typeof value === "number" && Number.isFinite(value) ? [] : invalidType("number"),
    ),
  literal: (literal: unknown) =>
    schema((value) =>
      value === literal ? [] : [{ code: "invalid_value", values: [literal], path: [] }],
    ),
  enum: (values: readonly unknown[]) =>
    schema((value) =>
      values.includes(value) ? [] : [{ code: "invalid_value", values, path: [] }],
    ),
  optional: (inner: LiteSchema) =>
    schema((value) => (value === undefined ? [] : inner.run(value)), [], { optional: true }),
  array: (item: LiteSchema) =>
    schema((value) =>
      Array.isArray(value)
        ? value.flatMap((entry, index) => under(index, item.run(entry)))
        : invalidType("array"),
    ),
  object: (shape: Record<string, LiteSchema>) => object(shape),
  strictObject: (shape: Record<string, LiteSchema>) => object(shape, "strict"),
  catchall: (base: LiteSchema, rest: LiteSchema) => object(base.shape ?? {}, rest),
  record: (key: LiteSchema, item: LiteSchema) =>
    schema((value) => {
      if (!isObject(value)) return invalidType("record");
      return Object.keys(value).flatMap((name): LiteIssue[] => {
        if (name === "__proto__") return [];
        const issues = key.run(name);
        if (issues.length > 0)
          return [{ code: "invalid_key", origin: "record", issues, path: [name] }];
        return under(name, item.run(value[name]));
      });
    }),
  union: (options: LiteSchema[]) =>
    schema((value) => {
      const results = options.map((option) => option.run(value));
      if (results.some((issues) => issues.length === 0)) return [];
      const standing = results.filter((issues) => !aborted(issues));
      if (standing.length === 1) return standing[0]!;
      return [{ code: "invalid_union", errors: results, path: [] }];
    }),
  regex: (pattern: RegExp): LiteCheck => ({
    check: ({ value, issues }) => {
      pattern.lastIndex = 0;
      if (!pattern.test(value as string))
        issues.push({ code: "invalid_format", format: "regex", pattern, path: [], continue: true });
    },
  }),
  minLength: (minimum: number): LiteCheck => ({
    when: (value) => value != null && (value as { length?: number }).length !== undefined,
    check: ({ value, issues }) => {
      if ((value as { length: number }).length < minimum)
        issues.push({ code: "too_small", minimum, path: [], continue: true });
    },
  }),
  nonnegative: (): LiteCheck => ({
    check: ({ value, issues }) => {
      if ((value as number) < 0)
        issues.push({ code: "too_small", minimum: 0, path: [], continue: true });
    },
  }),
  int: (): LiteCheck => ({
    check: ({ value, issues }) => {
      if (!Number.isInteger(value))
        issues.push({ code: "invalid_type", expected: "int", path: [], continue: false });
      else if (!Number.isSafeInteger(value))
        issues.push(
          (value as number) > 0
            ? { code: "too_big", maximum: Number.MAX_SAFE_INTEGER, path: [], continue: true }
            : { code: "too_small", minimum: Number.MIN_SAFE_INTEGER, path: [], continue: true },
        );
    },
  }),
  refine: (
    accept: (value: never) => boolean,
    params: { message: string; path?: PropertyKey[] },
  ): LiteCheck => ({
    check: ({ value, issues }) => {
      if (!accept(value as never))
        issues.push({
          code: "custom",
          message: params.message,
          path: [...(params.path ?? [])],
          continue: true,
        });
    },
  }),
};
