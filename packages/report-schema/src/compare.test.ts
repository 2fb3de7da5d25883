import { describe, expect, it } from "vitest";
import report2017 from "../data/la-27e-region-2017.json";
import report2018 from "../data/la-27e-region-2018.json";
import mindlab from "../data/mindlab-2014.json";
import minimal from "../fixtures/valid-minimal.json";
import {
  compareReports,
  formatNotComparable,
  formatUnit,
  formatYears,
  normaliseUnit,
} from "./compare";
import type { Report } from "./schema";
import { validateReport } from "./validate";

const valid = (data: unknown): Report => {
  const result = validateReport(data);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.report;
};

describe("compareReports", () => {
  const comparison = compareReports([valid(mindlab), valid(report2018), valid(report2017)]);

  it("sorts reports by organisation then year and lines figures up by indicator", () => {
    expect(comparison.reports.map((report) => report.key)).toEqual([
      "la-27e-region/2017",
      "la-27e-region/2018",
      "mindlab/2014",
    ]);
    const members = comparison.rows.find((row) => row.id === "institutional-members")!;
    expect(members.cells.map((cell) => cell?.value ?? null)).toEqual([null, 35, null]);
    expect(members.comparable).toBe(false);
    expect(members.reasons[0]).toEqual({
      code: "missing-values",
      reports: ["la-27e-region/2017", "mindlab/2014"],
    });
  });

  it("builds series over years from every report, budgets from finances included", () => {
    const budget = comparison.rows.find((row) => row.id === "annual-budget")!;
    expect(budget.series).toEqual([
      {
        organisationId: "la-27e-region",
        points: [
          { year: 2008, value: 50000, unit: "EUR" },
          { year: 2017, value: 1000000, unit: "EUR" },
        ],
      },
    ]);
    expect(budget.reasons).toContainEqual({
      code: "missing-years",
      organisationId: "la-27e-region",
      years: [2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016],
    });
    expect(formatYears([2009, 2010, 2011, 2014])).toBe("2009–2011, 2014");
  });

  it("says plainly when units differ or two reports disagree", () => {
    const base = valid(minimal);
    const inEuros = {
      ...base,
      keyFigures: [
        {
          id: "b",
          indicator: "annual-budget",
          label: "Budget",
          value: 100000,
          unit: "€",
          periodEnd: "2024",
        },
      ],
    } as Report;
    const inThousands = {
      ...base,
      report: { ...base.report, year: 2025 },
      keyFigures: [
        {
          id: "b",
          indicator: "annual-budget",
          label: "Budget",
          value: 120,
          unit: "k€",
          periodEnd: "2025",
        },
        {
          id: "c",
          indicator: "annual-budget",
          label: "Budget 2024",
          value: 90,
          unit: "k€",
          periodEnd: "2024",
        },
      ],
    } as Report;
    const row = compareReports([inEuros, inThousands]).rows.find((r) => r.id === "annual-budget")!;
    expect(row.comparable).toBe(false);
    expect(row.reasons).toContainEqual({ code: "different-units", units: ["EUR", "k€"] });
    expect(row.reasons).toContainEqual({
      code: "conflicting-values",
      organisationId: "exemple",
      year: 2024,
      values: [100000, 90],
    });
    expect(formatNotComparable({ code: "different-units", units: ["EUR", "k€"] }, "fr")).toBe(
      "unités différentes (euros, k€) : les valeurs ne se comparent pas telles quelles",
    );
    expect(
      formatNotComparable(
        { code: "missing-years", organisationId: "exemple", years: [2019, 2020] },
        "en",
        { exemple: "Association Exemple" },
      ),
    ).toBe("Association Exemple: years missing from the series (2019–2020)");
  });

  it("normalises the usual spellings of units", () => {
    expect(["€", "euros", "EUR"].map((unit) => normaliseUnit(unit))).toEqual(["EUR", "EUR", "EUR"]);
    expect(normaliseUnit("personnes")).toBe("person");
    expect(normaliseUnit(undefined, "annual-budget")).toBe("EUR");
    expect(normaliseUnit(undefined)).toBe("count");
  });

  it("names the units in words, in French and English, in the reasons too", () => {
    expect(["count", "person", "EUR", "%", "k€"].map((unit) => formatUnit(unit))).toEqual([
      "nombre",
      "personnes",
      "euros",
      "%",
      "k€",
    ]);
    expect(formatUnit("person", "en")).toBe("people");
    expect(formatNotComparable({ code: "different-units", units: ["count", "person"] }, "fr")).toBe(
      "unités différentes (nombre, personnes) : les valeurs ne se comparent pas telles quelles",
    );
  });

  it("counts the key figures it cannot line up", () => {
    expect(comparison.unmatchedFigures).toContainEqual({ report: "la-27e-region/2017", count: 1 });
  });
});
