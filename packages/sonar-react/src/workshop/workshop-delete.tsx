import type { SonarLocale } from "@communs/sonar";
import {
  describeWorkshopProblem,
  workshopTranslator,
  type WorkshopMessages,
} from "../i18n/workshop-messages";
import type { UseWorkshopDeleteResult } from "./use-workshop-delete";

export interface WorkshopDeleteProps {
  /** The deletion's state and actions, from `useWorkshopDelete`. */
  deletion: UseWorkshopDeleteResult;
  /** The workshop's title, named in the question. */
  title: string;
  /** How many responses will be erased with it, for the warning. */
  respondents: number;
  locale?: SonarLocale;
  messages?: Partial<WorkshopMessages>;
}

/**
 * "Delete the workshop", then a confirmation in place (no pop-up): the focus moves into it and
 * it is read as its question and warning; Escape or "Cancel" gives the focus back.
 */
export function WorkshopDelete({
  deletion,
  title,
  respondents,
  locale = "fr",
  messages,
}: WorkshopDeleteProps) {
  const text = workshopTranslator(locale, messages);

  if (deletion.deleted)
    return (
      <p
        className="communs-sonar-notice communs-sonar-delete__done"
        lang={locale}
        {...deletion.getDeletedProps()}
      >
        {text.t("deletedDone", { title })}
      </p>
    );
  return (
    <div className="communs-sonar-delete" lang={locale}>
      <button
        className="communs-sonar-button communs-sonar-button--danger"
        {...deletion.getTriggerProps()}
      >
        {text.t("deleteWorkshop")}
      </button>
      {deletion.confirming && (
        <div
          className="communs-sonar-notice communs-sonar-delete__confirm"
          {...deletion.getConfirmationProps()}
        >
          <p className="communs-sonar-delete__question" {...deletion.getQuestionProps()}>
            <strong>{text.t("deleteQuestion", { title })}</strong>
          </p>
          <p {...deletion.getWarningProps()}>{text.t("deleteWarning", { count: respondents })}</p>
          {deletion.error && (
            <p role="alert" className="communs-sonar-error">
              {describeWorkshopProblem(deletion.error, text)}
            </p>
          )}
          <div className="communs-sonar-actions">
            <button
              className="communs-sonar-button communs-sonar-button--danger"
              {...deletion.getConfirmProps()}
            >
              {deletion.pending ? text.t("deleting") : text.t("deleteConfirm")}
            </button>
            <button
              className="communs-sonar-button communs-sonar-button--secondary"
              {...deletion.getCancelProps()}
            >
              {text.t("deleteCancel")}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
