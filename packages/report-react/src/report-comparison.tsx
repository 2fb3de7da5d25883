import type { KeyFigure, Report } from "@communs/report-schema";
import {
  comparedRowLabel,
  compareReports,
  formatNotComparable,
  formatUnit,
  formatYears,
  type ComparedRow,
  type ComparedValue,
} from "@communs/report-schema/compare";
import { useMemo } from "react";
import { BarChart } from "./bar-chart";
import { Heading } from "./heading";
import { formatFigureValue } from "./key-figures";
import { useReportText, type ReportText, type ReportTextProps } from "./i18n/use-report-text";

export interface ReportComparisonProps extends ReportTextProps {
  /** Two or more valid reports: years of one lab, or several labs. */
  reports: readonly Report[];
}

/** A cell's value as the key-figure tiles write it ("plus de 50", "5–6", "1 M €"); the unit has its own column. */
function valueText(cell: ComparedValue, text: ReportText): string {
  return formatFigureValue(
    {
      value: cell.value,
      valueMax: cell.valueMax,
      qualifier: cell.qualifier as KeyFigure["qualifier"],
      unit: cell.unit === "EUR" ? "EUR" : undefined,
    },
    text,
  );
}

/**
 * Several reports side by side: key figures lined up by their stable `indicator` code and
 * activities by type, one column per report, then series over the years as bar charts with
 * their data tables. What does not compare (different units, values or years missing, reports
 * that disagree) is said in words, beside the table and under each chart.
 */
export function ReportComparison({
  reports,
  locale,
  messages,
  headingLevel = 2,
}: ReportComparisonProps) {
  const text = useReportText(locale, messages);
  const comparison = useMemo(() => compareReports(reports), [reports]);
  const names: Record<string, string> = {};
  for (const report of comparison.reports) {
    names[report.key] = `${report.organisation} ${report.year}`;
    names[report.organisationId] = report.organisation;
  }
  const label = (row: ComparedRow) => comparedRowLabel(row, text.locale);
  const reasons = comparison.rows.flatMap((row) =>
    row.reasons.map((reason, index) => ({
      key: `${row.id}-${index}`,
      text: `${label(row)}${text.messages.colon}${formatNotComparable(reason, text.locale, names)}`,
    })),
  );
  const series = comparison.rows.flatMap((row) =>
    row.series
      .filter((line) => line.points.length > 1)
      .map((line) => ({ row, line, units: [...new Set(line.points.map((point) => point.unit))] })),
  );
  return (
    <section className="communs-report-comparison" aria-labelledby="communs-report-comparison">
      <Heading level={headingLevel} id="communs-report-comparison">
        {text.format(text.messages.comparisonTitle, { count: comparison.reports.length })}
      </Heading>
      <p>{text.messages.comparisonIntro}</p>
      <div
        className="communs-report-comparison__scroll"
        tabIndex={0}
        role="region"
        aria-labelledby="communs-report-comparison-caption"
      >
        <table className="communs-report-table">
          <caption id="communs-report-comparison-caption">{text.messages.comparisonTable}</caption>
          <thead>
            <tr>
              <th scope="col">{text.messages.indicator}</th>
              {comparison.reports.map((report) => (
                <th scope="col" key={report.key}>
                  {names[report.key]}
                </th>
              ))}
              <th scope="col">{text.messages.unit}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.rows.map((row) => {
              const units = [...new Set(row.cells.flatMap((cell) => (cell ? [cell.unit] : [])))];
              return (
                <tr key={row.id} data-comparable={row.comparable}>
                  <th scope="row">
                    {label(row)}
                    {row.comparable ? null : (
                      <span className="communs-report-comparison__flag">
                        {" "}
                        ({text.messages.notComparable})
                      </span>
                    )}
                  </th>
                  {row.cells.map((cell, index) => (
                    <td key={comparison.reports[index]!.key} data-missing={cell === null}>
                      {cell ? (
                        <>
                          {valueText(cell, text)}
                          {units.length > 1 ? ` ${formatUnit(cell.unit, text.locale)}` : null}
                        </>
                      ) : (
                        <>
                          <span aria-hidden="true">—</span>
                          <span className="communs-report-visually-hidden">
                            {text.messages.noValue}
                          </span>
                        </>
                      )}
                    </td>
                  ))}
                  <td>{units.map((unit) => formatUnit(unit, text.locale)).join(" / ")}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {reasons.length + comparison.unmatchedFigures.length > 0 ? (
        <section aria-labelledby="communs-report-comparison-limits">
          <Heading level={headingLevel + 1} id="communs-report-comparison-limits">
            {text.messages.notComparableTitle}
          </Heading>
          <ul>
            {reasons.map((reason) => (
              <li key={reason.key}>{reason.text}</li>
            ))}
            {comparison.unmatchedFigures.map((entry) => (
              <li key={`unmatched-${entry.report}`}>
                {text
                  .plural(text.messages.unmatchedFigures, entry.count)
                  .replace("{report}", names[entry.report] ?? entry.report)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {series.map(({ row, line, units }) => {
        const title = text.format(text.messages.seriesTitle, {
          indicator: label(row),
          organisation: names[line.organisationId] ?? line.organisationId,
        });
        if (units.length > 1)
          return (
            <p key={`${row.id}-${line.organisationId}`}>
              {text.format(text.messages.seriesMixedUnits, {
                indicator: label(row),
                organisation: names[line.organisationId] ?? line.organisationId,
              })}
            </p>
          );
        const years = line.points.map((point) => point.year);
        const missing: number[] = [];
        for (let year = years[0]!; year <= years.at(-1)!; year += 1)
          if (!years.includes(year)) missing.push(year);
        return (
          <div
            key={`${row.id}-${line.organisationId}`}
            className="communs-report-comparison__series"
          >
            <BarChart
              title={title}
              labelHeader={text.messages.year}
              valueHeader={`${text.messages.amount} (${formatUnit(units[0]!, text.locale)})`}
              data={line.points.map((point) => ({
                label: String(point.year),
                value: point.value,
                display: point.unit === "EUR" ? text.money(point.value) : text.number(point.value),
              }))}
              text={text}
            />
            {missing.length > 0 ? (
              <p>
                {text.format(text.messages.seriesMissingYears, {
                  years: formatYears(missing, text.locale),
                })}
              </p>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
