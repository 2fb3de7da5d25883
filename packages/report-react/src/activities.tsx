import { codeLabel, type Report } from "@communs/report-schema";
import { BarChart } from "./bar-chart";
import { Heading } from "./heading";
import { ReportSection, ReportCard } from "./section";
import { useReportText, type ReportTextProps } from "./i18n/use-report-text";
import { EventList } from "./programmes";
import { PeopleList } from "./people-list";

export interface ActivitiesProps extends ReportTextProps {
  report: Pick<Report, "activities" | "events" | "language">;
}

/** Activity counts by type (chart and table), itemised entries, and the year's events. */
export function Activities({ report, locale, messages, headingLevel = 2 }: ActivitiesProps) {
  const text = useReportText(locale, messages);
  const label = (type: string) => codeLabel("activityType", type, text.locale);
  return (
    <ReportSection name="activities" level={headingLevel} title={text.messages.activities}>
      {report.activities.length === 0 ? <p>{text.messages.noActivities}</p> : null}
      {report.activities.length > 0 ? (
        <BarChart
          title={text.messages.activities}
          data={report.activities.flatMap((activity) =>
            activity.count === undefined
              ? []
              : [
                  {
                    label: label(activity.type),
                    value: activity.count,
                    display: `${activity.qualifier && activity.qualifier !== "exact" ? `${codeLabel("figureQualifier", activity.qualifier, text.locale)} ` : ""}${text.number(activity.count)}`,
                  },
                ],
          )}
          labelHeader={text.messages.category}
          valueHeader={text.messages.count}
          text={text}
        />
      ) : null}
      <div className="communs-report-grid">
        {report.activities
          .filter((activity) => activity.summary || activity.entries.length > 0)
          .map((activity) => (
            <ReportCard
              key={activity.id}
              id={`communs-report-activity-${activity.id}`}
              level={headingLevel + 1}
              title={
                <>
                  {activity.count === undefined ? "" : `${text.number(activity.count)} · `}
                  {label(activity.type)}
                </>
              }
            >
              {activity.summary ? <p lang={report.language}>{activity.summary}</p> : null}
              {activity.entries.length > 0 ? (
                <>
                  {!activity.entriesComplete ? (
                    <p className="communs-report-label">{text.messages.examples}</p>
                  ) : null}
                  <ul className="communs-report-entries" lang={report.language}>
                    {activity.entries.map((entry, index) => (
                      <li key={`${entry.title}-${index}`}>
                        {entry.title}
                        {entry.date ? (
                          <span className="communs-report-muted"> ({text.date(entry.date)})</span>
                        ) : null}
                        {entry.organiser ? (
                          <span className="communs-report-muted"> — {entry.organiser}</span>
                        ) : null}
                        {entry.people.length > 0 && !entry.title.includes(entry.people[0]!.name) ? (
                          <PeopleList people={entry.people} language={report.language} />
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </ReportCard>
          ))}
      </div>
      {report.events.length > 0 ? (
        <>
          <Heading level={headingLevel + 1}>{text.messages.highlights}</Heading>
          <EventList events={report.events} text={text} language={report.language} />
        </>
      ) : null}
    </ReportSection>
  );
}
