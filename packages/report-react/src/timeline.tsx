import type { Report } from "@communs/report-schema";
import { ReportSection } from "./section";
import { useReportText, type ReportTextProps } from "./i18n/use-report-text";

export interface TimelineProps extends ReportTextProps {
  report: Pick<Report, "timeline" | "language"> & { report?: Pick<Report["report"], "year"> };
}

/** The main periods of the organisation, as an ordered list drawn as a timeline. */
export function Timeline({ report, locale, messages, headingLevel = 2 }: TimelineProps) {
  const text = useReportText(locale, messages);
  if (report.timeline.length === 0) return null;
  const periods = [...report.timeline].sort((a, b) => a.startYear - b.startYear);
  const first = periods[0]!.startYear;
  // A period still going on ends, on the chart, with the report's year.
  const endOf = (period: (typeof periods)[number]) =>
    period.endYear ?? Math.max(report.report?.year ?? period.startYear, period.startYear);
  const span = Math.max(1, Math.max(...periods.map(endOf)) - first + 1);
  return (
    <ReportSection name="timeline" level={headingLevel} title={text.messages.timeline}>
      <ol className="communs-report-timeline__list">
        {periods.map((period) => (
          <li
            key={`${period.startYear}-${period.title}`}
            className="communs-report-timeline__period"
          >
            <span className="communs-report-timeline__years">
              {period.endYear === undefined
                ? text.format(text.messages.since, { start: String(period.startYear) })
                : text.format(text.messages.years, {
                    start: String(period.startYear),
                    end: String(period.endYear),
                  })}
            </span>
            <span className="communs-report-timeline__track" aria-hidden="true">
              <span
                className="communs-report-timeline__span"
                style={{
                  marginInlineStart: `${((period.startYear - first) / span) * 100}%`,
                  inlineSize: `${((endOf(period) - period.startYear + 1) / span) * 100}%`,
                }}
              />
            </span>
            <span className="communs-report-timeline__text" lang={report.language}>
              <strong>{period.title}</strong>
              {period.description ? ` ${period.description}` : null}
            </span>
          </li>
        ))}
      </ol>
    </ReportSection>
  );
}
