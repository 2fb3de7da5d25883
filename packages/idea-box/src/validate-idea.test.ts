import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { IdeaCreate } from "./schemas";
import { issuesFromZod } from "./problem-schema";
import { validateIdea, type IdeaInput } from "./validate-idea";

const text = (max: number) =>
  fc.oneof(
    fc.string({ maxLength: max }),
    fc.string({ minLength: max - 2, maxLength: max + 2 }).map((s) => ` ${s} `),
  );
const input: fc.Arbitrary<IdeaInput> = fc.record({
  title: text(142),
  problem: text(30),
  solution: fc.string({ maxLength: 20 }),
  concerned: text(502),
  scope: fc.constantFrom("public-service", "Bad Slug", "", "a"),
  theme: fc.option(fc.constantFrom("outils", "-x"), { nil: undefined }),
  authorship: fc.oneof(
    fc.constant({ mode: "named" as const }),
    fc.constant({ mode: "anonymous" as const }),
    fc.record({ mode: fc.constant("team" as const), teamName: fc.string({ maxLength: 6 }) }),
  ),
});

describe("validateIdea agrees with the contract's zod schema", () => {
  it("refuses the same fields and accepts the same ideas", () => {
    fc.assert(
      fc.property(input, (idea) => {
        const ours = validateIdea(idea)
          .issues.map((issue) => issue.pointer)
          .sort();
        const parsed = IdeaCreate.safeParse(idea);
        const theirs = parsed.success
          ? []
          : [...new Set(issuesFromZod(parsed.error, "body").map((issue) => issue.pointer))].sort();
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 400 },
    );
  });

  it("trims like the schema", () => {
    const idea = validateIdea({
      title: "  Cinq mots ici  ",
      problem: " Un problème réel ",
      solution: "",
      concerned: "",
      scope: "daily-work",
      authorship: { mode: "named" },
    });
    expect(idea.value.title).toBe("Cinq mots ici");
    expect(idea.issues).toEqual([]);
  });
});
