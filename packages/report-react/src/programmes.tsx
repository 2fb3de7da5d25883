import { codeLabel, type Programme, type Report, type ReportEvent } from "@communs/report-schema";
import { Heading } from "./heading";
import { LabelledPart, ReportSection } from "./section";
import { useReportText, type ReportText, type ReportTextProps } from "./i18n/use-report-text";
import { LinkList } from "./link-list";
import { PeopleList } from "./people-list";

export interface ProgrammesProps extends ReportTextProps {
  report: Pick<Report, "programmes" | "language">;
}

export function EventList({
  events,
  text,
  language,
}: {
  events: readonly ReportEvent[];
  text: ReportText;
  language: string;
}) {
  return (
    <ul className="communs-report-events" lang={language}>
      {events.map((event) => (
        <li key={event.id}>
          <span className="communs-report-events__date">
            {event.startDate && event.endDate
              ? text.format(text.messages.years, {
                  start: text.date(event.startDate),
                  end: text.date(event.endDate),
                })
              : event.startDate
                ? text.date(event.startDate)
                : null}
          </span>{" "}
          <span className="communs-report-events__title">{event.title}</span>
          {event.place ? <span className="communs-report-muted"> — {event.place}</span> : null}
          {event.description ? <p>{event.description}</p> : null}
          {event.participants.length > 0 ? (
            <PeopleList people={event.participants} language={language} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function ProgrammeCard({
  programme,
  text,
  language,
  level,
}: {
  programme: Programme;
  text: ReportText;
  language: string;
  level: number;
}) {
  const years =
    programme.startYear && programme.endYear
      ? text.format(text.messages.years, { start: programme.startYear, end: programme.endYear })
      : programme.startYear
        ? text.format(text.messages.since, { start: programme.startYear })
        : undefined;
  return (
    <article
      className="communs-report-card communs-report-programme"
      aria-labelledby={`communs-report-programme-${programme.id}`}
    >
      <Heading
        level={level}
        id={`communs-report-programme-${programme.id}`}
        className="communs-report-card__title"
      >
        <span lang={language}>{programme.name}</span>
      </Heading>
      {years ? <p className="communs-report-muted">{years}</p> : null}
      <p lang={language}>{programme.description}</p>
      {programme.budget || programme.coFunders.length > 0 ? (
        <dl className="communs-report-facts">
          {programme.budget ? (
            <div>
              <dt>{text.messages.budget}</dt>
              <dd>{text.money(programme.budget.amount, programme.budget.currency)}</dd>
            </div>
          ) : null}
          {programme.coFunders.length > 0 ? (
            <div>
              <dt>{text.messages.coFunders}</dt>
              <dd>
                <ul className="communs-report-shares" lang={language}>
                  {programme.coFunders.map((funder) => (
                    <li key={funder.name}>
                      <span
                        className="communs-report-shares__bar"
                        aria-hidden="true"
                        style={{ inlineSize: `${funder.sharePercent}%` }}
                      />
                      {funder.name}
                      {text.messages.colon}
                      {text.number(funder.sharePercent)} %
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {programme.sites.length > 0 ? (
        <section
          aria-labelledby={`communs-report-programme-${programme.id}-sites communs-report-programme-${programme.id}`}
        >
          <Heading level={level + 1} id={`communs-report-programme-${programme.id}-sites`}>
            {text.messages.sites}
          </Heading>
          <ul className="communs-report-sites">
            {programme.sites.map((site) => (
              <li key={site.id} className="communs-report-site">
                <p className="communs-report-site__head">
                  <strong lang={language}>{site.authority}</strong>{" "}
                  {site.status ? (
                    <span className="communs-report-badge" data-status={site.status}>
                      {codeLabel("siteStatus", site.status, text.locale)}
                    </span>
                  ) : null}
                </p>
                <p lang={language}>{site.summary}</p>
                {site.practicalCases.length > 0 ? (
                  <p>
                    <span className="communs-report-label">
                      {text.messages.practicalCases}
                      {text.messages.colon}
                    </span>
                    <span lang={language}>
                      {site.practicalCases
                        .map((item) =>
                          item.description ? `${item.title} (${item.description})` : item.title,
                        )
                        .join(" ; ")}
                    </span>
                  </p>
                ) : null}
                <LabelledPart label={text.messages.residents} show={site.residents.length > 0}>
                  <PeopleList people={site.residents} language={language} />
                </LabelledPart>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <LabelledPart
        label={text.messages.partnerAgencies}
        show={programme.partnerAgencies.length > 0}
      >
        <PeopleList people={programme.partnerAgencies} language={language} />
      </LabelledPart>
      <LabelledPart label={text.messages.people} show={programme.people.length > 0}>
        <PeopleList people={programme.people} language={language} />
      </LabelledPart>
      <LabelledPart label={text.messages.events} show={programme.events.length > 0}>
        <EventList events={programme.events} text={text} language={language} />
      </LabelledPart>
      <LabelledPart label={text.messages.furtherReading} show={programme.links.length > 0}>
        <LinkList links={programme.links} language={language} />
      </LabelledPart>
    </article>
  );
}

/** Programme cards with budget, co-funding shares, sites, residents, events and links. */
export function Programmes({ report, locale, messages, headingLevel = 2 }: ProgrammesProps) {
  const text = useReportText(locale, messages);
  return (
    <ReportSection name="programmes" level={headingLevel} title={text.messages.programmes}>
      {report.programmes.length === 0 ? <p>{text.messages.noProgrammes}</p> : null}
      {report.programmes.map((programme) => (
        <ProgrammeCard
          key={programme.id}
          programme={programme}
          text={text}
          language={report.language}
          level={headingLevel + 1}
        />
      ))}
    </ReportSection>
  );
}
