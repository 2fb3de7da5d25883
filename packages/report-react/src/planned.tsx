import type { Report } from "@communs/report-schema";
import { Heading } from "./heading";
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
    <section
      className="communs-report-section communs-report-planned"
      aria-labelledby="communs-report-planned"
    >
      <Heading level={headingLevel} id="communs-report-planned">
        {years.length === 1
          ? text.format(text.messages.planned, { year: String(years[0]) })
          : text.messages.plannedTitle}
      </Heading>
      <div className="communs-report-grid">
        {report.planned.map((item) => (
          <article
            key={item.id}
            className="communs-report-card"
            aria-labelledby={`communs-report-planned-${item.id}`}
          >
            <Heading
              level={headingLevel + 1}
              id={`communs-report-planned-${item.id}`}
              className="communs-report-card__title"
            >
              <span lang={report.language}>{item.title}</span>
            </Heading>
            <div lang={report.language}>
              {item.when ? <p className="communs-report-muted">{item.when}</p> : null}
              <p>{item.description}</p>
              {item.partners.length > 0 ? (
                <p className="communs-report-muted">{item.partners.join(", ")}</p>
              ) : null}
            </div>
          </article>
        ))}
      </div>
    </section>
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
    <section
      className="communs-report-section communs-report-links-section"
      aria-labelledby="communs-report-links"
    >
      <Heading level={headingLevel} id="communs-report-links">
        {text.messages.links}
      </Heading>
      <LinkList links={report.links} language={report.language} />
    </section>
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
    <section
      className="communs-report-section communs-report-notes"
      aria-labelledby="communs-report-notes"
    >
      <Heading level={headingLevel} id="communs-report-notes">
        {text.messages.notes}
      </Heading>
      <p>{text.messages.notesIntro}</p>
      <ol className="communs-report-notes__list" lang={report.language}>
        {report.notes.map((note) => (
          <li key={note.id}>{note.text}</li>
        ))}
      </ol>
    </section>
  );
}
