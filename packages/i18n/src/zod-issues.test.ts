import * as z from "zod";
import * as zm from "zod/mini";
import { describe, expect, it } from "vitest";
import { fromZodIssues } from "./zod-issues";

const schema = z.strictObject({
  title: z.string().max(5),
  "a/b": z.array(z.number().int()),
});

describe("fromZodIssues", () => {
  const result = schema.safeParse({ title: "trop long", "a/b": [1, 1.5], extra: 1, other: 2 });
  const issues = result.success ? [] : result.error.issues;

  it("keeps every issue with its pointer and the parameters a sentence needs", () => {
    expect(fromZodIssues(issues)).toEqual([
      {
        code: "too_big",
        pointer: "/title",
        params: { maximum: 5, inclusive: true, origin: "string" },
      },
      {
        code: "invalid_type",
        pointer: "/a~1b/1",
        params: { expected: "int", format: "safeint" },
      },
      { code: "unrecognized_keys", pointer: "", params: { keys: ["extra", "other"] } },
    ]);
  });

  it("places issues under a root, maps codes and splits unknown keys", () => {
    const mapped = fromZodIssues(issues, {
      at: ["body"],
      code: (issue) => (issue.code === "unrecognized_keys" ? "unknown-field" : undefined),
      splitUnknownKeys: true,
    });
    expect(mapped.map((issue) => [issue.code, issue.pointer])).toEqual([
      ["too_big", "/body/title"],
      ["invalid_type", "/body/a~1b/1"],
      ["unknown-field", "/body/extra"],
      ["unknown-field", "/body/other"],
    ]);
    expect(fromZodIssues(issues, { at: "/x" })[0]!.pointer).toBe("/x/title");
  });

  it("reads zod mini's issues too", () => {
    const mini = zm.safeParse(zm.object({ n: zm.number().check(zm.minimum(3)) }), { n: 1 });
    expect(mini.success).toBe(false);
    expect(fromZodIssues(mini.error!.issues)[0]).toMatchObject({
      code: "too_small",
      pointer: "/n",
    });
  });
});
