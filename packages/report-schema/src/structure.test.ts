import path from "node:path";
import { fileURLToPath } from "node:url";
import { forbiddenImports } from "@communs/config/import-graph";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import report2018 from "../data/la-27e-region-2018.json";
import minimal from "../fixtures/valid-minimal.json";
import { quickValidateReport } from "./quick-validate";
import { reportSchema } from "./schema";
import { checkStructure } from "./structure";
import { validateReport } from "./validate";

const src = path.dirname(fileURLToPath(import.meta.url));

describe("the zod-free entry", () => {
  it("imports zod nowhere at run time", () => {
    const { reached, offenders } = forbiddenImports(
      path.join(src, "zod-free-entry.ts"),
      (specifier) => specifier === "zod" || specifier.startsWith("zod/"),
    );
    expect(reached).toBeGreaterThan(5);
    expect(offenders).toEqual([]);
  });
});

/** A leaf of the report replaced by an arbitrary value, or a field added or removed. */
const mutation = fc.record({
  at: fc.nat(),
  action: fc.constantFrom("replace", "delete", "add"),
  value: fc.oneof(
    fc.string(),
    fc.constantFrom("", "https://a.fr", "http:x", "https://exa mple.fr", " https://a.fr", "EUR"),
    fc.double(),
    fc.integer({ min: -5, max: 2300 }),
    fc.constant(null),
    fc.boolean(),
    fc.constant([]),
    fc.constant({}),
  ),
});

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(report: unknown, { at, action, value }: Mutation) {
  const copy = structuredClone(report) as Record<string, unknown>;
  const places: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node))
      node.forEach((item, index) => (places.push([node, index]), walk(item)));
    else if (typeof node === "object" && node !== null)
      for (const [key, child] of Object.entries(node)) {
        places.push([node as Record<string, unknown>, key]);
        walk(child);
      }
  };
  walk(copy);
  const [parent, key] = places[at % places.length]!;
  if (action === "delete" && !Array.isArray(parent)) delete parent[key as string];
  else if (action === "add" && !Array.isArray(parent)) parent[`extra${at % 3}`] = value;
  else (parent as Record<string | number, unknown>)[key] = value;
  return copy;
}

describe("the structural check", () => {
  // zod trims the white space around a URL in its output; the structural check returns its
  // input as it is, so it leaves such a report to zod (validateReport then runs zod: same result).
  it("accepts exactly what zod accepts, with the same output, and leaves to zod only the URLs it would trim (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom<unknown>(minimal, report2018), mutation, (report, change) => {
        const input = mutate(report, change);
        const zod = reportSchema.safeParse(input);
        const checked = checkStructure(input);
        if (checked !== undefined) expect(checked).toEqual(zod.data);
        const trimmedByZod =
          typeof change.value === "string" && change.value !== change.value.trim();
        if (!trimmedByZod) expect(checked !== undefined).toBe(zod.success);
      }),
      { numRuns: 400 },
    );
  });

  it("leaves a URL with white space around it to zod, which accepts it trimmed", () => {
    const spaced = {
      ...report2018,
      organisation: { ...report2018.organisation, website: " https://www.la27eregion.fr/ " },
    };
    expect(checkStructure(spaced)).toBeUndefined();
    expect(quickValidateReport(spaced)).toBeUndefined();
    const result = validateReport(spaced);
    expect(result.ok).toBe(true);
    expect(result.report?.organisation.website).toBe("https://www.la27eregion.fr/");
  });

  it("gives validateReport's result for a valid structure, and nothing for a broken one", () => {
    expect(quickValidateReport(minimal)).toEqual(validateReport(minimal));
    const broken = { ...minimal, report: { ...minimal.report, year: "2018" } };
    expect(quickValidateReport(broken)).toBeUndefined();
    expect(validateReport(broken).issues[0]).toMatchObject({
      pointer: "/report/year",
      code: "invalid-type",
    });
  });
});
