import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import report2017 from "../data/la-27e-region-2017.json";
import report2018 from "../data/la-27e-region-2018.json";
import mindlab from "../data/mindlab-2014.json";
import minimal from "../fixtures/valid-minimal.json";
import { structureValidatorSource } from "../scripts/structure-validator.mjs";
import { formatIssue, formatIssueGroupHeading } from "./format-issue";
import { groupIssues } from "./issues";
import { reportSchema } from "./schema";
import { validateReport } from "./validate";

describe("a standard for sparse reports of any lab", () => {
  it.each([
    ["La 27e Région 2017 (sparse)", report2017],
    ["MindLab 2014 (a government lab)", mindlab],
    ["La 27e Région 2018", report2018],
  ])("validates %s with no error", (_, data) => {
    const result = validateReport(data);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("accepts what real sparse reports give: first pages only, no licence, no year, a foreword, case studies", () => {
    const result = validateReport({
      ...minimal,
      license: undefined,
      report: {
        ...minimal.report,
        contents: [{ title: "Édito", pageStart: 3 }, { title: "Bilan" }],
        foreword: {
          title: "Édito",
          text: "Une année de terrain.",
          signatories: [{ name: "Camille Martin", role: "Présidente" }],
        },
      },
      planned: [{ id: "suite", title: "Une suite l'an prochain" }],
      caseStudies: [
        {
          id: "clinique-autogeree",
          title: "Une clinique autogérée",
          place: "Thessalonique",
          country: "GR",
          year: 2016,
          links: [{ title: "Article", url: "https://example.org/clinique" }],
        },
      ],
    });
    expect(result.issues).toEqual([]);
    expect(result.warnings.map((issue) => `${issue.code} ${issue.pointer}`)).toEqual([
      "missing-recommended /license",
    ]);
  });

  it("keeps the mandatory core: who, which year", () => {
    const result = validateReport({ schemaVersion: "1.1.0", language: "fr", report: {} });
    expect(result.issues.map((issue) => `${issue.code} ${issue.pointer}`)).toEqual(
      expect.arrayContaining([
        "required /organisation",
        "required /report/title",
        "required /report/year",
      ]),
    );
  });
});

describe("missing-data notes and pointers", () => {
  const withNote = (kind: string, pointer: string) =>
    validateReport({
      ...minimal,
      notes: [{ id: "n", kind, text: "…", pointers: [pointer] }],
    });

  it("lets a missing-data note point at an absent field the schema provides, silently", () => {
    expect(withNote("missing-data", "/governance/board").warnings).toEqual([]);
    expect(withNote("missing-data", "/report/contents/0/pageEnd").warnings).toEqual([]);
  });

  it("warns, calling it a pointer, when a pointer designates nothing the schema knows", () => {
    const [warning] = withNote("missing-data", "/organisation/colour").warnings;
    expect(warning?.code).toBe("unknown-pointer");
    expect(formatIssue(warning!, "fr")).toContain("le pointeur JSON « /organisation/colour »");
    expect(formatIssue(warning!, "fr")).not.toContain("identifiant");
    expect(formatIssue(warning!, "en")).toContain("the JSON pointer “/organisation/colour”");
    expect(withNote("inconsistency", "/governance/board").warnings[0]?.code).toBe(
      "unknown-pointer",
    );
  });
});

describe("messages", () => {
  it("show the offending value, shortened", () => {
    const result = validateReport({
      ...minimal,
      keyFigures: [{ ...minimal.keyFigures[0], value: "cent mille" }],
      report: { ...minimal.report, title: "x".repeat(80), year: "deux mille" },
    });
    const messages = result.issues.map((issue) => formatIssue(issue, "fr"));
    expect(messages).toContain(
      "À /keyFigures/0/value : la valeur « cent mille » est de type texte alors qu'un type nombre est attendu ; remplacez-la par une valeur de type nombre.",
    );
    expect(result.issues.map((issue) => formatIssue(issue, "en")).join("\n")).toContain(
      "the value “deux mille” is a text",
    );
  });

  it("title groups in words, in French and English", () => {
    const result = validateReport({ ...minimal, organisation: {} });
    const [group] = groupIssues(result.issues);
    expect(formatIssueGroupHeading(group!, "fr")).toBe("Champs obligatoires manquants");
    expect(formatIssueGroupHeading(group!, "en")).toBe("Missing required fields");
  });
});

describe("fast path", () => {
  it("gives the same report as zod, defaults filled, and leaves the input alone", () => {
    for (const data of [report2018, report2017, mindlab, minimal]) {
      const before = JSON.stringify(data);
      const result = validateReport(data);
      expect(result.report).toEqual(reportSchema.parse(data));
      expect(JSON.stringify(data)).toBe(before);
    }
  });

  it("falls back to zod for what the structural check lets through (URLs)", () => {
    const result = validateReport({
      ...minimal,
      organisation: { ...minimal.organisation, website: "http://exa mple" },
    });
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.code).toBe("invalid-format");
  });

  it("is generated from the current schema (run `npm run schema` after a change)", async () => {
    const committed = await readFile(
      new URL("../generated/structure-validator.js", import.meta.url),
      "utf8",
    );
    expect(await structureValidatorSource(reportSchema)).toBe(committed);
  });
});
