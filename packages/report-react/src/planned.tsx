import type { Report } from "@communs/report-schema";
import { ReportSection, ReportCard } from "./section";
import { useReportText, type ReportTextProps } from "./i18n/use-report-text";
import { LinkList } from "./link-list";

export interface PlannedProps extends ReportTextProps {
  report: Pick<Report, "planned" | "language">;
}

/** Items planned for the coming year. */
export function Planned({ report, locale, messages, headingLevel = 2 }: PlannedProps) {
  const text = useReportText(locale, messages);
  if (report.planned.length === 0) return null;
  const years = [...new Set(report.planned.map((item) => item.year))];
  return (
    <ReportSection
      name="planned"
      level={headingLevel}
      title={
        years.length === 1
          ? text.format(text.messages.planned, { year: String(years[0]) })
          : text.messages.plannedTitle
      }
    >
      <div className="communs-report-grid">
        {report.planned.map((item) => (
          <ReportCard
            key={item.id}
            id={`communs-report-planned-${item.id}`}
            level={headingLevel + 1}
            title={<span lang={report.language}>{item.title}</span>}
          >
            <div lang={report.language}>
              {item.when ? <p className="communs-report-muted">{item.when}</p> : null}
              <p>{item.description}</p>
              {item.partners.length > 0 ? (
                <p className="communs-report-muted">{item.partners.join(", ")}</p>
              ) : null}
            </div>
          </ReportCard>
        ))}
      </div>
    </ReportSection>
  );
}

export interface LinksProps extends ReportTextProps {
  report: Pick<Report, "links" | "language">;
}

/** The report's "further reading" links. */
export function Links({ report, locale, messages, headingLevel = 2 }: LinksProps) {
  const text = useReportText(locale, messages);
  if (report.links.length === 0) return null;
  return (
    <ReportSection name="links-section" id="links" level={headingLevel} title={text.messages.links}>
      <LinkList links={report.links} language={report.language} />
    </ReportSection>
  );
}

export interface NotesProps extends ReportTextProps {
  report: Pick<Report, "notes" | "language">;
}

/** Notes on the source: inconsistencies recorded instead of silently fixed. */
export function Notes({ report, locale, messages, headingLevel = 2 }: NotesProps) {
  const text = useReportText(locale, messages);
  if (report.notes.length === 0) return null;
  return (
    <ReportSection name="notes" level={headingLevel} title={text.messages.notes}>
      <p>{text.messages.notesIntro}</p>
      <ol className="communs-report-notes__list" lang={report.language}>
        {report.notes.map((note) => (
          <li key={note.id}>{note.text}</li>
        ))}
      </ol>
    </ReportSection>
  );
}
