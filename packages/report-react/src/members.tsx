import { codeLabel, type Report } from "@communs/report-schema";
import { BarChart } from "./bar-chart";
import { ReportSection, ReportCard } from "./section";
import { useReportText, type ReportTextProps } from "./i18n/use-report-text";

export interface MembersProps extends ReportTextProps {
  report: Pick<Report, "members" | "language">;
}

/** Members by category: a chart with its table, then the names in each category. */
export function Members({ report, locale, messages, headingLevel = 2 }: MembersProps) {
  const text = useReportText(locale, messages);
  const members = report.members;
  if (!members) return null;
  const institutional =
    members.institutionalDeclared ??
    members.categories.reduce(
      (total, category) => total + (category.declaredCount ?? category.members.length),
      0,
    );
  const individual = members.individualDeclared ?? members.individuals.length;
  return (
    <ReportSection
      name="members"
      level={headingLevel}
      title={
        <>
          {text.messages.members} {members.year}
        </>
      }
    >
      <p className="communs-report-lead">
        {text.format(text.messages.institutionalMembers, { count: institutional })} ·{" "}
        {text.format(text.messages.individualMembers, { count: individual })}
      </p>
      {members.categories.length > 0 ? (
        <BarChart
          title={text.messages.membersChart}
          data={members.categories.map((category) => ({
            label: codeLabel("memberCategory", category.category, text.locale),
            value: category.declaredCount ?? category.members.length,
          }))}
          labelHeader={text.messages.category}
          valueHeader={text.messages.count}
          text={text}
        />
      ) : null}
      <div className="communs-report-grid">
        {members.categories.map((category) => (
          <ReportCard
            key={category.category}
            as="section"
            id={`communs-report-members-${category.category}`}
            level={headingLevel + 1}
            title={
              <>
                {text.number(category.declaredCount ?? category.members.length)} ·{" "}
                {codeLabel("memberCategory", category.category, text.locale)}
              </>
            }
          >
            <ul className="communs-report-names" lang={report.language}>
              {category.members.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          </ReportCard>
        ))}
        {members.individuals.length > 0 ? (
          <ReportCard
            as="section"
            id="communs-report-members-individuals"
            level={headingLevel + 1}
            title={text.format(text.messages.individualMembers, { count: individual })}
          >
            <ul className="communs-report-names" lang={report.language}>
              {members.individuals.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          </ReportCard>
        ) : null}
      </div>
    </ReportSection>
  );
}
