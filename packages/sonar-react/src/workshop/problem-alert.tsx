import { describeWorkshopProblem, type WorkshopTranslator } from "../i18n/workshop-messages";

/** What went wrong with a request, as an alert (nothing when nothing did). */
export function ProblemAlert({ error, text }: { error: unknown; text: WorkshopTranslator }) {
  if (!error) return null;
  return (
    <p role="alert" className="communs-sonar-notice communs-sonar-notice--error">
      {describeWorkshopProblem(error, text)}
    </p>
  );
}
