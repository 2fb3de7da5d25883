import { formatProblem, type ProblemDetails } from "@communs/idea-box/client";
import { useIdeaBox } from "./context";

export interface ProblemMessageProps {
  problem: ProblemDetails;
  onRetry?: () => void;
  id?: string;
  /** The person's text is kept as a draft: say so when the server cannot be reached. */
  draftKept?: boolean;
}

/** A problem from the API in plain words, every invalid field listed, with a retry button. */
export function ProblemMessage({ problem, onRetry, id, draftKept = false }: ProblemMessageProps) {
  const { locale, t } = useIdeaBox();
  const offline = draftKept && (problem.code === "network" || problem.code === "timeout");
  const formatted = formatProblem(problem, locale);
  return (
    <div className="communs-idea-box-problem" id={id} tabIndex={-1}>
      <p>
        <span aria-hidden="true" className="communs-idea-box-problem__icon">
          ⚠
        </span>{" "}
        {formatted.summary}
        {offline ? ` ${t("offline")}` : ""}
      </p>
      {formatted.fields.length > 0 && (
        <ul>
          {formatted.fields.map((field) => (
            <li key={field.pointer + field.message}>{field.message}</li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="communs-idea-box-button" onClick={onRetry}>
          {t("retry")}
        </button>
      )}
    </div>
  );
}
