import { useId } from "react";

export interface BarDatum {
  label: string;
  value: number;
}

export interface BarChartProps {
  title: string;
  description: string;
  data: BarDatum[];
  /** Header of the value column of the table. */
  valueHeader: string;
  /** Header of the label column of the table. */
  labelHeader: string;
  /** Caption of the data table. */
  caption: string;
  /** Extra sentence read after the chart (a median, a share). */
  summary?: string;
  locale: "fr" | "en";
}

const rowHeight = 28;
const labelWidth = 190;
const width = 640;
const barSpace = width - labelWidth - 60;

/**
 * A horizontal bar chart drawn in SVG, then its data as a real table. The SVG is one image with
 * a title and a description (`role="img"`); every bar carries its label and its value as text,
 * so nothing is told by colour alone and nothing needs a keyboard or a pointer to be read.
 * Hand-written rather than a chart library: five bars do not earn a dependency in an embeddable
 * element, and the table is the accessible reading anyway.
 */
export function BarChart(props: BarChartProps) {
  const id = useId();
  const max = Math.max(1, ...props.data.map((d) => d.value));
  const height = props.data.length * rowHeight + 8;
  const number = new Intl.NumberFormat(props.locale);
  return (
    <figure className="communs-idea-box-chart" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{props.title}</h4>
      <svg
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
        className="communs-idea-box-chart__svg"
      >
        <title id={`${id}-t`}>{props.title}</title>
        <desc id={`${id}-d`}>
          {props.description}{" "}
          {props.data
            .map(
              (d) => `${d.label}${props.locale === "fr" ? " : " : ": "}${number.format(d.value)}`,
            )
            .join("; ")}
        </desc>
        {props.data.map((d, index) => {
          const y = 4 + index * rowHeight;
          const barWidth = (d.value / max) * barSpace;
          return (
            <g key={d.label} aria-hidden="true">
              <text
                x={labelWidth - 8}
                y={y + 18}
                textAnchor="end"
                className="communs-idea-box-chart__label"
              >
                {d.label}
              </text>
              <rect
                x={labelWidth}
                y={y + 4}
                width={Math.max(barWidth, d.value > 0 ? 2 : 0)}
                height={rowHeight - 10}
                className="communs-idea-box-chart__bar"
              />
              <text
                x={labelWidth + barWidth + 6}
                y={y + 18}
                className="communs-idea-box-chart__value"
              >
                {number.format(d.value)}
              </text>
            </g>
          );
        })}
      </svg>
      {props.summary && <p className="communs-idea-box-chart__summary">{props.summary}</p>}
      <table className="communs-idea-box-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.labelHeader}</th>
            <th scope="col">{props.valueHeader}</th>
          </tr>
        </thead>
        <tbody>
          {props.data.map((d) => (
            <tr key={d.label}>
              <th scope="row">{d.label}</th>
              <td>{number.format(d.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
