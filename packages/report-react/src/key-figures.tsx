import { codeLabel, codesOf, type KeyFigure, type Report } from "@communs/report-schema";
import { Heading } from "./heading";
import { ReportSection } from "./section";
import { useReportText, type ReportText, type ReportTextProps } from "./i18n/use-report-text";

export interface KeyFiguresProps extends ReportTextProps {
  report: Pick<Report, "keyFigures" | "language">;
  /** Only these families, in this order (all by default). */
  families?: NonNullable<KeyFigure["family"]>[];
}

export function formatFigureValue(
  figure: Pick<KeyFigure, "value" | "valueMax" | "qualifier" | "unit">,
  text: ReportText,
): string {
  const number = (value: number) =>
    figure.unit === "EUR" ? text.money(value) : text.number(value);
  const value =
    figure.valueMax !== undefined
      ? `${number(figure.value)}–${number(figure.valueMax)}`
      : number(figure.value);
  const qualifier =
    figure.qualifier && figure.qualifier !== "exact"
      ? `${codeLabel("figureQualifier", figure.qualifier, text.locale)} `
      : "";
  const unit =
    figure.unit && figure.unit !== "EUR" ? (figure.unit === "%" ? " %" : ` ${figure.unit}`) : "";
  return `${qualifier}${value}${unit}`;
}

/** Key-figure tiles, grouped by family (achievements, resources, publications, events, activity). */
export function KeyFigures({
  report,
  families,
  locale,
  messages,
  headingLevel = 2,
}: KeyFiguresProps) {
  const text = useReportText(locale, messages);
  const order = families ?? codesOf("keyFigureFamily");
  // Figures without a family (optional since schema 1.1.0) come last, unless families are chosen.
  const groups = [...order, ...(families ? [] : [undefined])]
    .map((family) => ({
      family,
      figures: report.keyFigures.filter((figure) => figure.family === family),
    }))
    .filter((group) => group.figures.length > 0);
  return (
    <ReportSection name="key-figures" level={headingLevel} title={text.messages.keyFigures}>
      {groups.length === 0 ? <p>{text.messages.noKeyFigures}</p> : null}
      {groups.map((group) => (
        <section
          key={group.family ?? "other"}
          className="communs-report-key-figures__family"
          aria-labelledby={`communs-report-family-${group.family ?? "other"}`}
        >
          <Heading level={headingLevel + 1} id={`communs-report-family-${group.family ?? "other"}`}>
            {group.family
              ? codeLabel("keyFigureFamily", group.family, text.locale)
              : text.messages.otherFigures}
          </Heading>
          <ul className="communs-report-tiles">
            {group.figures.map((figure) => (
              <li key={figure.id} className="communs-report-tile">
                <span className="communs-report-tile__value">
                  {formatFigureValue(figure, text)}
                </span>
                <span className="communs-report-tile__label" lang={report.language}>
                  {figure.label}
                </span>
                {figure.periodStart ? (
                  <span className="communs-report-tile__period communs-report-muted">
                    {figure.periodEnd && figure.periodEnd !== figure.periodStart
                      ? text.format(text.messages.figurePeriod, {
                          start: text.date(figure.periodStart),
                          end: text.date(figure.periodEnd),
                        })
                      : text.date(figure.periodStart)}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </ReportSection>
  );
}
