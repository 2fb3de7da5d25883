import { codeLabel, indicators, type CodelistEntry } from "./codelists";
import type { ReportLocale } from "./format-issue";
import type { KeyFigure, Report } from "./schema";
import { compareMessagesEn } from "./i18n/compare-messages.en";
import { compareMessagesFr, type CompareMessages } from "./i18n/compare-messages.fr";

const compareMessages: Record<ReportLocale, CompareMessages> = {
  fr: compareMessagesFr,
  en: compareMessagesEn,
};

/** Years as short ranges: [2009, 2010, 2011, 2014] → "2009–2011, 2014". */
export function formatYears(years: readonly number[], locale: ReportLocale = "fr"): string {
  const parts: string[] = [];
  for (let index = 0; index < years.length;) {
    let end = index;
    while (end + 1 < years.length && years[end + 1] === years[end]! + 1) end += 1;
    parts.push(end === index ? `${years[index]}` : `${years[index]}–${years[end]}`);
    index = end + 1;
  }
  return parts.join(compareMessages[locale].listSeparator);
}

/** A unit code of a comparison (`EUR`, `person`, `count`, `%`) in words; other units as written. */
export function formatUnit(unit: string, locale: ReportLocale = "fr"): string {
  return (compareMessages[locale].units as Record<string, string>)[unit] ?? unit;
}

/** A plain sentence saying why something cannot be compared, in French or English. */
export function formatNotComparable(
  reason: NotComparableReason,
  locale: ReportLocale = "fr",
  names: Readonly<Record<string, string>> = {},
): string {
  const text = compareMessages[locale];
  const list = (items: readonly string[]) => items.join(text.listSeparator);
  const fill = (template: string, params: Record<string, string>) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
  switch (reason.code) {
    case "different-units":
      return fill(text.differentUnits, {
        units: list(reason.units.map((unit) => formatUnit(unit, locale))),
      });
    case "missing-values":
      return fill(text.missingValues, {
        reports: list(reason.reports.map((key) => names[key] ?? key)),
      });
    case "missing-years":
      return fill(text.missingYears, {
        organisation: names[reason.organisationId] ?? reason.organisationId,
        years: formatYears(reason.years, locale),
      });
    case "conflicting-values":
      return fill(text.conflictingValues, {
        organisation: names[reason.organisationId] ?? reason.organisationId,
        year: String(reason.year),
        values: list(reason.values.map((value) => new Intl.NumberFormat(locale).format(value))),
      });
  }
}

/** One report of a comparison: a column of the tables. */
export interface ComparedReport {
  /** `<organisation id>/<year>`, unique in the comparison. */
  key: string;
  organisationId: string;
  organisation: string;
  year: number;
}

/** A value found in a report for one row of the comparison. */
export interface ComparedValue {
  value: number;
  valueMax?: number;
  qualifier?: string;
  /** Normalised unit code (`EUR`, `person`, `count`, `%`…), or the unit as written. */
  unit: string;
  /** The pointer of the value in its report. */
  pointer: string;
}

/** Why a row, or part of it, cannot be compared as is. */
export type NotComparableReason =
  | { code: "different-units"; units: string[] }
  | { code: "missing-values"; reports: string[] }
  | { code: "missing-years"; organisationId: string; years: number[] }
  | { code: "conflicting-values"; organisationId: string; year: number; values: number[] };

/** A line of the comparison: one indicator (key figures and budgets) or activity type. */
export interface ComparedRow {
  /** Stable identifier: the indicator code, or `activity:<type>`. */
  id: string;
  kind: "indicator" | "activity";
  /** One entry per compared report, in `reports` order; null when the report gives none. */
  cells: (ComparedValue | null)[];
  /** True when every report gives a value in the same unit. */
  comparable: boolean;
  reasons: NotComparableReason[];
  /** Values by organisation and year, from every report (a 2018 report may give 2008 figures). */
  series: { organisationId: string; points: { year: number; value: number; unit: string }[] }[];
}

export interface ReportComparison {
  reports: ComparedReport[];
  rows: ComparedRow[];
  /** Key figures without an `indicator`: they cannot be lined up, so they are only counted. */
  unmatchedFigures: { report: string; count: number }[];
}

const UNIT_ALIASES: Record<string, string> = {
  eur: "EUR",
  "€": "EUR",
  euro: "EUR",
  euros: "EUR",
  "%": "%",
  percent: "%",
  personne: "person",
  personnes: "person",
  person: "person",
  people: "person",
  persons: "person",
};

/** The unit of a figure as a comparable code: `EUR`, `%`, `person`, or `count` when none is given. */
export function normaliseUnit(unit: string | undefined, indicator?: string): string {
  if (unit === undefined || unit.trim() === "")
    return indicator && indicator in indicators
      ? indicators[indicator as keyof typeof indicators].unit
      : "count";
  const trimmed = unit.trim();
  return UNIT_ALIASES[trimmed.toLowerCase()] ?? trimmed;
}

/** The year a figure is about: the year its period ends, else the report's year. */
function yearOf(figure: Pick<KeyFigure, "periodEnd" | "periodStart">, report: Report): number {
  const date = figure.periodEnd ?? figure.periodStart;
  return date ? Number(date.slice(0, 4)) : report.report.year;
}

const keyOf = (report: Report) => `${report.organisation.id}/${report.report.year}`;

/** The label of a row in a language: the codelist label, or the code when the list lacks it. */
export function comparedRowLabel(row: Pick<ComparedRow, "id" | "kind">, locale: ReportLocale) {
  if (row.kind === "activity") return codeLabel("activityType", row.id.slice(9), locale);
  const entry = (indicators as Record<string, CodelistEntry>)[row.id];
  return entry?.[locale] ?? row.id;
}

/**
 * Lines up several reports (years of one lab, or several labs): key figures by their
 * `indicator` code (budgets from `finances` join `annual-budget`), activities by type. Says what is not comparable:
 * different units, values missing from a report, years missing from a series, two reports
 * that disagree about the same year. Reports are sorted by organisation, then year.
 */
export function compareReports(input: readonly Report[]): ReportComparison {
  const sorted = [...input].sort(
    (a, b) =>
      a.organisation.name.localeCompare(b.organisation.name) || a.report.year - b.report.year,
  );
  const seen = new Map<string, number>();
  const reports: ComparedReport[] = sorted.map((report) => {
    let key = keyOf(report);
    const repeat = seen.get(key) ?? 0;
    seen.set(key, repeat + 1);
    if (repeat > 0) key = `${key}#${repeat + 1}`;
    return {
      key,
      organisationId: report.organisation.id,
      organisation: report.organisation.name,
      year: report.report.year,
    };
  });

  type Found = ComparedValue & { year: number; reportIndex: number };
  const byRow = new Map<string, { kind: ComparedRow["kind"]; found: Found[] }>();
  const add = (id: string, kind: ComparedRow["kind"], found: Found) => {
    let entry = byRow.get(id);
    if (!entry) byRow.set(id, (entry = { kind, found: [] }));
    entry.found.push(found);
  };
  const unmatchedFigures: ReportComparison["unmatchedFigures"] = [];

  sorted.forEach((report, reportIndex) => {
    let unmatched = 0;
    report.keyFigures.forEach((figure, index) => {
      if (!figure.indicator) {
        unmatched += 1;
        return;
      }
      add(figure.indicator, "indicator", {
        value: figure.value,
        valueMax: figure.valueMax,
        qualifier: figure.qualifier,
        unit: normaliseUnit(figure.unit, figure.indicator),
        pointer: `/keyFigures/${index}`,
        year: yearOf(figure, report),
        reportIndex,
      });
    });
    if (unmatched > 0)
      unmatchedFigures.push({ report: reports[reportIndex]!.key, count: unmatched });
    report.activities.forEach((activity, index) => {
      if (activity.count === undefined) return;
      add(`activity:${activity.type}`, "activity", {
        value: activity.count,
        qualifier: activity.qualifier,
        unit: "count",
        pointer: `/activities/${index}/count`,
        year: report.report.year,
        reportIndex,
      });
    });
    report.finances.forEach((finance, index) => {
      if (!finance.budget) return;
      // Budgets from `finances` join the `annual-budget` series of the key figures.
      add("annual-budget", "indicator", {
        value: finance.budget.amount,
        unit: finance.budget.currency,
        pointer: `/finances/${index}/budget`,
        year: finance.year,
        reportIndex,
      });
    });
  });

  const rows: ComparedRow[] = [];
  for (const [id, { kind, found }] of byRow) {
    const cells = reports.map((_, reportIndex) => {
      const own = found.filter(
        (value) =>
          value.reportIndex === reportIndex && value.year === sorted[reportIndex]!.report.year,
      );
      const pick = own[0];
      if (!pick) return null;
      const value: ComparedValue = { value: pick.value, unit: pick.unit, pointer: pick.pointer };
      if (pick.valueMax !== undefined) value.valueMax = pick.valueMax;
      if (pick.qualifier !== undefined) value.qualifier = pick.qualifier;
      return value;
    });
    const reasons: NotComparableReason[] = [];
    const units = [...new Set(found.map((value) => value.unit))];
    if (units.length > 1) reasons.push({ code: "different-units", units });
    const missing = reports.filter((_, index) => cells[index] === null).map((report) => report.key);
    if (missing.length > 0) reasons.push({ code: "missing-values", reports: missing });

    const series: ComparedRow["series"] = [];
    for (const organisationId of new Set(reports.map((report) => report.organisationId))) {
      const byYear = new Map<number, Found[]>();
      for (const value of found)
        if (reports[value.reportIndex]!.organisationId === organisationId)
          byYear.set(value.year, [...(byYear.get(value.year) ?? []), value]);
      if (byYear.size === 0) continue;
      const points = [...byYear.entries()]
        .sort(([a], [b]) => a - b)
        .map(([year, values]) => {
          const distinct = [...new Set(values.map((value) => value.value))];
          if (distinct.length > 1)
            reasons.push({ code: "conflicting-values", organisationId, year, values: distinct });
          // The latest report wins: it is the one that had the most hindsight.
          const latest = values.reduce((a, b) =>
            sorted[b.reportIndex]!.report.year >= sorted[a.reportIndex]!.report.year ? b : a,
          );
          return { year, value: latest.value, unit: latest.unit };
        });
      const years = points.map((point) => point.year);
      const gaps: number[] = [];
      for (let year = years[0]!; year <= years.at(-1)!; year += 1)
        if (!years.includes(year)) gaps.push(year);
      if (gaps.length > 0) reasons.push({ code: "missing-years", organisationId, years: gaps });
      series.push({ organisationId, points });
    }
    rows.push({
      id,
      kind,
      cells,
      comparable: units.length === 1 && missing.length === 0,
      reasons,
      series,
    });
  }
  const order = { indicator: 0, activity: 1 };
  rows.sort((a, b) => order[a.kind] - order[b.kind] || a.id.localeCompare(b.id));
  return { reports, rows, unmatchedFigures };
}
