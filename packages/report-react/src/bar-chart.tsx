import { useId } from "react";
import type { ReportText } from "./i18n/use-report-text";

export interface BarDatum {
  label: string;
  value: number;
  /** How the value is written on the bar and in the table. */
  display?: string;
}

export interface BarChartProps {
  title: string;
  data: readonly BarDatum[];
  labelHeader: string;
  valueHeader: string;
  text: ReportText;
}

/**
 * A horizontal bar chart drawn with plain HTML (so it prints and reads in forced colours), with
 * every value written beside its bar, and the same data as a table. The bars are decoration
 * for sighted readers: screen readers get the table.
 */
export function BarChart({ title, data, labelHeader, valueHeader, text }: BarChartProps) {
  const id = useId();
  const max = Math.max(1, ...data.map((datum) => datum.value));
  return (
    <figure className="communs-report-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="communs-report-chart__title">
        {title}
      </figcaption>
      <div className="communs-report-chart__bars" aria-hidden="true">
        {data.map((datum) => (
          <div className="communs-report-chart__row" key={datum.label}>
            <span className="communs-report-chart__label">{datum.label}</span>
            <span className="communs-report-chart__track">
              <span
                className="communs-report-chart__bar"
                style={{ inlineSize: `${(datum.value / max) * 100}%` }}
              />
            </span>
            <span className="communs-report-chart__value">
              {datum.display ?? text.number(datum.value)}
            </span>
          </div>
        ))}
      </div>
      <table className="communs-report-table communs-report-chart__table">
        <caption>{text.format(text.messages.chartTableCaption, { title })}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            <th scope="col">{valueHeader}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((datum) => (
            <tr key={datum.label}>
              <th scope="row">{datum.label}</th>
              <td>{datum.display ?? text.number(datum.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
