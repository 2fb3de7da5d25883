import type { Report } from "@communs/report-schema";
import { BarChart } from "./bar-chart";
import { ReportSection } from "./section";
import { useReportText, type ReportTextProps } from "./i18n/use-report-text";

export interface FinancesProps extends ReportTextProps {
  report: Pick<Report, "finances" | "language">;
}

/** Budget by year (chart and table) and resources by source. */
export function Finances({ report, locale, messages, headingLevel = 2 }: FinancesProps) {
  const text = useReportText(locale, messages);
  const years = [...report.finances].sort((a, b) => a.year - b.year);
  const budgets = years.filter((year) => year.budget);
  const resources = years.flatMap((year) =>
    year.resources.map((resource) => ({ year: year.year, ...resource })),
  );
  return (
    <ReportSection name="finances" level={headingLevel} title={text.messages.finances}>
      {years.length === 0 ? <p>{text.messages.noFinances}</p> : null}
      {budgets.length > 0 ? (
        <BarChart
          title={`${text.messages.totalBudget} — ${text.messages.financesChart}`}
          data={budgets.map((year) => ({
            label: String(year.year),
            value: year.budget!.amount,
            display: text.money(year.budget!.amount, year.budget!.currency),
          }))}
          labelHeader={text.messages.year}
          valueHeader={text.messages.amount}
          text={text}
        />
      ) : null}
      {resources.length > 0 ? (
        <table className="communs-report-table">
          <caption>{text.messages.source}</caption>
          <thead>
            <tr>
              <th scope="col">{text.messages.year}</th>
              <th scope="col">{text.messages.source}</th>
              <th scope="col">{text.messages.amount}</th>
            </tr>
          </thead>
          <tbody>
            {resources.map((resource, index) => (
              <tr key={`${resource.year}-${index}`}>
                <th scope="row">{resource.year}</th>
                <td lang={report.language}>{resource.source}</td>
                <td>{text.money(resource.amount.amount, resource.amount.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </ReportSection>
  );
}
