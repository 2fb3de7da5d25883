import {
  aggregate,
  localize,
  type SonarDefinition,
  type SonarLocale,
  type SonarResult,
  type TeamSummary,
} from "@communs/sonar";
import { useId, useMemo } from "react";
import { sonarTranslator, type SonarMessages } from "./i18n/messages";
import { SonarRadar } from "./sonar-radar";

export interface SonarTeamProps {
  definition: SonarDefinition;
  /** Individual results (aggregated here) or a summary made with `aggregate`. */
  results?: readonly SonarResult[];
  summary?: TeamSummary;
  locale?: SonarLocale;
  messages?: Partial<SonarMessages>;
  title?: string;
}

/** A team's results: spread per axis, where the team disagrees most, and the distribution of styles and stages. */
export function SonarTeam({
  definition,
  results,
  summary: given,
  locale = "fr",
  messages,
  title,
}: SonarTeamProps) {
  const i18n = sonarTranslator(locale, messages);
  const text = i18n.messages;
  const id = useId();
  const summary = useMemo(() => given ?? aggregate(results ?? []), [given, results]);
  const label = (
    list: { id: string; label: Record<string, string> }[],
    key: string,
    fallback: string,
  ) => {
    const entry = list.find((candidate) => candidate.id === key);
    return entry ? localize(entry.label, locale) : fallback;
  };
  const distribution = (counts: Record<string, number>, order: { id: string }[]) =>
    [
      ...order.map((entry) => entry.id).filter((key) => counts[key]),
      ...Object.keys(counts).filter((key) => !order.some((entry) => entry.id === key)),
    ].map((key) => ({ key, count: counts[key] ?? 0 }));
  const stagesInOrder = [...definition.stages].sort((a, b) => a.order - b.order);

  return (
    <section className="communs-sonar-team" aria-labelledby={`${id}-title`} lang={locale}>
      <h2 id={`${id}-title`}>{title ?? text.teamTitle}</h2>
      <p className="communs-sonar-team__count">
        {i18n.t("respondents", { count: summary.respondents })}
      </p>
      {summary.respondents === 0 ? (
        <p>{text.teamEmpty}</p>
      ) : (
        <>
          {summary.disagreement.length > 0 && (
            <p className="communs-sonar-notice communs-sonar-team__disagreement">
              {i18n.t("disagreeMost", {
                axes: summary.disagreement
                  .slice(0, 2)
                  .map((axis) => label(definition.axes, axis, axis))
                  .join(locale === "fr" ? " et " : " and "),
              })}
            </p>
          )}
          <SonarRadar
            definition={definition}
            locale={locale}
            messages={messages}
            label={text.teamRadarLabel}
            series={{
              values: Object.fromEntries(summary.axes.map((axis) => [axis.axis, axis.mean])),
              spread: Object.fromEntries(summary.axes.map((axis) => [axis.axis, axis.spread])),
            }}
          />
          <ul className="communs-sonar-team__spreads" aria-label={text.spread}>
            {summary.axes.map((axis) => (
              <li
                key={axis.axis}
                className="communs-sonar-team__spread"
                data-disagreement={summary.disagreement[0] === axis.axis ? "most" : undefined}
              >
                <span className="communs-sonar-team__axis">
                  {label(definition.axes, axis.axis, axis.axis)}
                </span>
                <span className="communs-sonar-team__bar" aria-hidden="true">
                  <span
                    className="communs-sonar-team__range"
                    style={{ left: `${axis.min * 100}%`, width: `${(axis.max - axis.min) * 100}%` }}
                  />
                  <span
                    className="communs-sonar-team__band"
                    style={{
                      left: `${Math.max(0, axis.mean - axis.spread) * 100}%`,
                      width: `${(Math.min(1, axis.mean + axis.spread) - Math.max(0, axis.mean - axis.spread)) * 100}%`,
                    }}
                  />
                  <span
                    className="communs-sonar-team__mean"
                    style={{ left: `${axis.mean * 100}%` }}
                  />
                </span>
                <span className="communs-sonar-team__figures">
                  {`${text.mean} ${i18n.percent(axis.mean)} · ${text.spread} ${i18n.percent(axis.spread)} · ${i18n.t(
                    "range",
                    {
                      min: i18n.percent(axis.min),
                      max: i18n.percent(axis.max),
                    },
                  )}`}
                </span>
              </li>
            ))}
          </ul>
          <div className="communs-sonar-team__distributions">
            {[
              {
                caption: text.stylesTitle,
                heading: text.styleTitle,
                counts: summary.styles,
                order: definition.styles,
                none: text.noneStyle,
              },
              // A model without stages has no stage distribution to show.
              ...(stagesInOrder.length > 0
                ? [
                    {
                      caption: text.stagesTitle,
                      heading: text.trajectoryTitle,
                      counts: summary.stages,
                      order: stagesInOrder,
                      none: text.noneStage,
                    },
                  ]
                : []),
            ].map(({ caption, heading, counts, order, none }) => (
              <table key={caption} className="communs-sonar-table">
                <caption>{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{heading}</th>
                    <th scope="col">{text.count}</th>
                    <th scope="col">{text.share}</th>
                  </tr>
                </thead>
                <tbody>
                  {distribution(counts, order).map(({ key, count }) => (
                    <tr key={key}>
                      <th scope="row">{label(order, key, none)}</th>
                      <td>{count}</td>
                      <td>{i18n.percent(count / summary.respondents)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
