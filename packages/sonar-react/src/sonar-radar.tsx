import { localize, type SonarDefinition, type SonarLocale } from "@communs/sonar";
import { useId } from "react";
import { sonarTranslator, type SonarMessages } from "./i18n/messages";

export interface RadarSeries {
  /** Score per axis id, 0..1. */
  values: Record<string, number>;
  /** Optional spread per axis id: drawn as a band from value − spread to value + spread. */
  spread?: Record<string, number>;
}

export interface SonarRadarProps {
  definition: SonarDefinition;
  series: RadarSeries;
  locale?: SonarLocale;
  messages?: Partial<SonarMessages>;
  /** Accessible name of the chart; defaults to the radar label. */
  label?: string;
  /** Caption of the data table that follows the chart. */
  caption?: string;
}

const SIZE = 320;
const CENTER = SIZE / 2;
const RADIUS = 110;

/** An SVG radar of the axes, followed by the same figures as a data table (the accessible alternative). */
export function SonarRadar({
  definition,
  series,
  locale = "fr",
  messages,
  label,
  caption,
}: SonarRadarProps) {
  const i18n = sonarTranslator(locale, messages);
  const text = i18n.messages;
  const titleId = useId();
  const axes = definition.axes;
  const angle = (index: number) => (Math.PI * 2 * index) / axes.length - Math.PI / 2;
  const point = (index: number, value: number) => {
    const clamped = Math.min(1, Math.max(0, value));
    return `${(CENTER + Math.cos(angle(index)) * RADIUS * clamped).toFixed(1)},${(CENTER + Math.sin(angle(index)) * RADIUS * clamped).toFixed(1)}`;
  };
  const polygon = (values: (index: number) => number) =>
    axes.map((_, index) => point(index, values(index))).join(" ");
  const value = (index: number) => series.values[axes[index]!.id] ?? 0;
  const spread = series.spread;
  return (
    <figure className="communs-sonar-radar">
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        role="img"
        aria-labelledby={titleId}
        className="communs-sonar-radar__chart"
      >
        <title id={titleId}>{label ?? text.radarLabel}</title>
        {[0.25, 0.5, 0.75, 1].map((ring) => (
          <polygon key={ring} points={polygon(() => ring)} className="communs-sonar-radar__ring" />
        ))}
        {axes.map((axis, index) => (
          <line
            key={axis.id}
            x1={CENTER}
            y1={CENTER}
            x2={point(index, 1).split(",")[0]}
            y2={point(index, 1).split(",")[1]}
            className="communs-sonar-radar__spoke"
          />
        ))}
        {spread && (
          <>
            <polygon
              points={polygon((index) => value(index) + (spread[axes[index]!.id] ?? 0))}
              className="communs-sonar-radar__spread"
            />
            <polygon
              points={polygon((index) => value(index) - (spread[axes[index]!.id] ?? 0))}
              className="communs-sonar-radar__spread-inner"
            />
          </>
        )}
        <polygon points={polygon(value)} className="communs-sonar-radar__shape" />
        {axes.map((axis, index) => {
          const [x, y] = point(index, value(index)).split(",");
          return <circle key={axis.id} cx={x} cy={y} r="4" className="communs-sonar-radar__dot" />;
        })}
        {axes.map((axis, index) => {
          const x = CENTER + Math.cos(angle(index)) * (RADIUS + 14);
          const y = CENTER + Math.sin(angle(index)) * (RADIUS + 14);
          const anchor =
            Math.abs(Math.cos(angle(index))) < 0.3
              ? "middle"
              : Math.cos(angle(index)) > 0
                ? "start"
                : "end";
          return (
            <text
              key={axis.id}
              x={x.toFixed(1)}
              y={(y + (Math.sin(angle(index)) > 0.3 ? 10 : 0)).toFixed(1)}
              textAnchor={anchor}
              className="communs-sonar-radar__label"
            >
              {localize(axis.label, locale)}
            </text>
          );
        })}
      </svg>
      <table className="communs-sonar-table">
        <caption>{caption ?? text.axesTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{text.axis}</th>
            <th scope="col">{spread ? text.mean : text.score}</th>
            {spread && <th scope="col">{text.spread}</th>}
            <th scope="col">{text.lowEnd}</th>
            <th scope="col">{text.highEnd}</th>
          </tr>
        </thead>
        <tbody>
          {axes.map((axis, index) => (
            <tr key={axis.id}>
              <th scope="row">{localize(axis.label, locale)}</th>
              <td>{i18n.percent(value(index))}</td>
              {spread && <td>{i18n.percent(spread[axis.id] ?? 0)}</td>}
              <td>{localize(axis.low, locale)}</td>
              <td>{localize(axis.high, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
