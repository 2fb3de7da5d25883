import { codeLabel, type Report } from "@communs/report-schema";
import { Heading } from "./heading";
import { useReportText, type ReportTextProps } from "./i18n/use-report-text";

export interface ReportHeaderProps extends ReportTextProps {
  report: Report;
}

/** Title, organisation, period, credits, table of contents and acknowledgements. */
export function ReportHeader({ report, locale, messages, headingLevel = 2 }: ReportHeaderProps) {
  const text = useReportText(locale, messages);
  const { report: meta } = report;
  return (
    <header className="communs-report-header">
      <p className="communs-report-header__kicker">
        {text.messages.reportLabel} · {report.organisation.name}
      </p>
      <Heading level={headingLevel - 1 || 1} className="communs-report-header__title">
        <span lang={report.language}>{meta.title}</span>
      </Heading>
      {meta.periodStart && meta.periodEnd ? (
        <p>
          {text.format(text.messages.period, {
            start: text.date(meta.periodStart),
            end: text.date(meta.periodEnd),
          })}
        </p>
      ) : (
        <p>{text.format(text.messages.reportYear, { year: String(meta.year) })}</p>
      )}
      <ul className="communs-report-header__facts">
        {meta.printedDate ? (
          <li>{text.format(text.messages.printedDate, { date: meta.printedDate })}</li>
        ) : null}
        {meta.publishedDate ? (
          <li>
            {text.format(text.messages.publishedDate, { date: text.date(meta.publishedDate) })}
          </li>
        ) : null}
        {report.license ? (
          <li>{text.format(text.messages.licence, { licence: report.license })}</li>
        ) : null}
      </ul>
      {meta.credits.length > 0 ? (
        <section className="communs-report-header__credits" aria-label={text.messages.credits}>
          <dl>
            {meta.credits.map((credit) => (
              <div key={credit.role}>
                <dt>{codeLabel("creditRole", credit.role, text.locale)}</dt>
                <dd>{credit.names.join(", ")}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      {meta.contents.length > 0 ? (
        <nav className="communs-report-header__contents" aria-label={text.messages.contents}>
          <Heading level={headingLevel}>{text.messages.contents}</Heading>
          <ol>
            {meta.contents.map((section) => (
              <li key={section.title}>
                <span lang={report.language}>{section.title}</span>{" "}
                {section.pageStart !== undefined ? (
                  <span className="communs-report-muted">
                    {section.pageEnd === undefined || section.pageStart === section.pageEnd
                      ? text.format(text.messages.page, { start: section.pageStart })
                      : text.format(text.messages.pages, {
                          start: section.pageStart,
                          end: section.pageEnd,
                        })}
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      {meta.acknowledgements ? (
        <section className="communs-report-header__thanks" aria-labelledby="communs-report-thanks">
          <Heading level={headingLevel} id="communs-report-thanks">
            {text.messages.acknowledgements}
          </Heading>
          <div lang={report.language}>
            {meta.acknowledgements.text ? <p>{meta.acknowledgements.text}</p> : null}
            {meta.acknowledgements.organisations.length > 0 ? (
              <p>{meta.acknowledgements.organisations.join(" · ")}</p>
            ) : null}
            {meta.acknowledgements.names.length > 0 ? (
              <p className="communs-report-muted">{meta.acknowledgements.names.join(", ")}</p>
            ) : null}
          </div>
        </section>
      ) : null}
    </header>
  );
}
