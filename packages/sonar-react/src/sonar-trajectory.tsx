import {
  localize,
  type SonarDefinition,
  type SonarLocale,
  type StagePlacement,
} from "@communs/sonar";
import { useId } from "react";
import { sonarTranslator, type SonarMessages } from "./i18n/messages";

export interface SonarTrajectoryProps {
  definition: SonarDefinition;
  placement: StagePlacement;
  locale?: SonarLocale;
  messages?: Partial<SonarMessages>;
  headingLevel?: 2 | 3;
}

/** The stages in order, with "you are here", the self-placement and the stages also in play. */
export function SonarTrajectory({
  definition,
  placement,
  locale = "fr",
  messages,
  headingLevel = 3,
}: SonarTrajectoryProps) {
  const i18n = sonarTranslator(locale, messages);
  const text = i18n.messages;
  const titleId = useId();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  // A model without stages has no trajectory to show.
  if (definition.stages.length === 0) return null;
  const stages = [...definition.stages].sort((a, b) => a.order - b.order);
  const label = (id: string | null) => {
    const stage = definition.stages.find((candidate) => candidate.id === id);
    return stage ? localize(stage.label, locale) : text.none;
  };
  return (
    <section className="communs-sonar-trajectory" aria-labelledby={titleId}>
      <Heading id={titleId}>{text.trajectoryTitle}</Heading>
      {placement.stage ? (
        <p>{`${label(placement.stage)}. ${placement.selfPlaced || placement.fromAnswers ? textStage(text.stageFromBoth, label(placement.selfPlaced), label(placement.fromAnswers)) : ""}`}</p>
      ) : (
        <p>{text.noStage}</p>
      )}
      <ol className="communs-sonar-trajectory__stages">
        {stages.map((stage) => {
          const here = stage.id === placement.stage;
          const self = stage.id === placement.selfPlaced;
          const also = placement.alsoActive.includes(stage.id);
          return (
            <li
              key={stage.id}
              className="communs-sonar-trajectory__stage"
              data-state={here ? "current" : also ? "active" : undefined}
              aria-current={here ? "step" : undefined}
            >
              <span className="communs-sonar-trajectory__order" aria-hidden="true">
                {stage.order}
              </span>
              <span className="communs-sonar-trajectory__label">
                {localize(stage.label, locale)}
              </span>
              {here && (
                <strong className="communs-sonar-badge communs-sonar-badge--here">
                  {text.youAreHere}
                </strong>
              )}
              {self && !here && <span className="communs-sonar-badge">{text.selfPlacedHere}</span>}
              {also && <span className="communs-sonar-badge">{text.alsoActive}</span>}
            </li>
          );
        })}
      </ol>
      <p className="communs-sonar-note">{text.trajectoryNote}</p>
    </section>
  );
}

function textStage(template: string, self: string, answers: string) {
  return template.replace("{self}", self).replace("{answers}", answers);
}
