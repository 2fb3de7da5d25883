import { codeLabel, type Report } from "@communs/report-schema";
import { Heading } from "./heading";
import { ReportSection, ReportCard } from "./section";
import { useReportText, type ReportTextProps } from "./i18n/use-report-text";
import { PeopleList } from "./people-list";

export interface OrganisationProps extends ReportTextProps {
  report: Pick<Report, "partners" | "governance" | "team" | "language">;
}

/** Partners and governance. */
export function Partners({ report, locale, messages, headingLevel = 2 }: OrganisationProps) {
  const text = useReportText(locale, messages);
  if (report.partners.length === 0 && !report.governance) return null;
  return (
    <ReportSection name="partners" level={headingLevel} title={text.messages.partners}>
      <ul className="communs-report-partner-list">
        {report.partners.map((partner) => (
          <li key={partner.name}>
            <strong lang={report.language}>{partner.name}</strong>{" "}
            <span className="communs-report-badge">
              {codeLabel("partnerKind", partner.kind, text.locale)}
            </span>
            {partner.description ? <p lang={report.language}>{partner.description}</p> : null}
          </li>
        ))}
      </ul>
      {report.governance ? (
        <>
          <Heading level={headingLevel + 1}>{text.messages.governance}</Heading>
          <div lang={report.language}>
            {report.governance.summary ? <p>{report.governance.summary}</p> : null}
            {report.governance.relatedOrganisations.map((organisation) => (
              <p key={organisation.name}>
                <strong>{organisation.name}</strong>
                {text.messages.colon}
                {organisation.description}
              </p>
            ))}
          </div>
          {report.governance.legalRepresentatives.length > 0 ? (
            <PeopleList
              people={report.governance.legalRepresentatives}
              language={report.language}
            />
          ) : null}
          {report.governance.board.length > 0 ? (
            <PeopleList people={report.governance.board} language={report.language} />
          ) : null}
        </>
      ) : null}
    </ReportSection>
  );
}

/** Permanent staff, departures with destination, interns. */
export function Team({ report, locale, messages, headingLevel = 2 }: OrganisationProps) {
  const text = useReportText(locale, messages);
  const team = report.team;
  if (!team) return null;
  return (
    <ReportSection name="team" level={headingLevel} title={text.messages.team}>
      <div className="communs-report-grid">
        {[
          { key: "permanent", title: text.messages.permanentTeam, people: team.permanent },
          {
            key: "departures",
            title: text.messages.departures,
            people: team.departures.map((person) => ({
              name: person.name,
              role: [person.role, person.destination].filter(Boolean).join(" — ") || undefined,
            })),
          },
          { key: "interns", title: text.messages.interns, people: team.interns },
        ]
          .filter((group) => group.people.length > 0)
          .map((group) => (
            <ReportCard
              key={group.key}
              as="section"
              id={`communs-report-team-${group.key}`}
              level={headingLevel + 1}
              title={group.title}
            >
              <PeopleList people={group.people} language={report.language} />
            </ReportCard>
          ))}
      </div>
    </ReportSection>
  );
}
