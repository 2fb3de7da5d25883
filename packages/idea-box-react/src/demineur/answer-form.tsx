import { Fragment, useRef, type ReactNode } from "react";
import {
  checkLimits,
  existsAnswers,
  riskCategories,
  useFrequencies,
  wouldUseAnswers,
} from "@communs/idea-box/client";
import { ProblemMessage } from "../problem-message";
import { useAnswerForm, type UseAnswerFormOptions } from "./use-answer-form";

export type CheckAnswerFormProps = UseAnswerFormOptions;

/**
 * An agent answers a pre-project check: does it exist already, what happens on the ground,
 * what would make it fail, would they use it, and the team's own questions; named, as a team
 * or anonymously, exactly as ideas. Closed checks say so instead.
 */
export function CheckAnswerForm(props: CheckAnswerFormProps) {
  const form = useAnswerForm(props);
  const { t, tp, texts, values, errors, errorCount, failure, check } = form;
  const addRiskRef = useRef<HTMLButtonElement>(null);

  if (!check)
    return form.checkError ? (
      <ProblemMessage problem={form.checkError} onRetry={form.retry} />
    ) : (
      <p className="communs-idea-box-muted">{t("loading")}</p>
    );

  const error = (name: string) =>
    errors[name] ? (
      <p className="communs-idea-box-error" id={`${form.fieldId(name)}-error`}>
        {errors[name]}
      </p>
    ) : null;
  const textField = (name: string, label: string, control: ReactNode, hint?: string) => (
    <div className="communs-idea-box-field">
      <label htmlFor={form.fieldId(name)}>
        {label} <span className="communs-idea-box-muted">{t("optional")}</span>
      </label>
      {hint && (
        <p className="communs-idea-box-hint" id={`${form.fieldId(name)}-hint`}>
          {hint}
        </p>
      )}
      {control}
      {error(name)}
    </div>
  );
  const radios = <K extends "mode" | "exists" | "wouldUse">(
    name: K,
    legend: string,
    options: readonly { value: string; label: string }[],
    after?: ReactNode,
  ) => (
    <fieldset
      className="communs-idea-box-fieldset"
      aria-describedby={errors[name] ? `${form.fieldId(name)}-error` : undefined}
    >
      <legend id={form.fieldId(name)} tabIndex={-1}>
        {legend}
      </legend>
      {options.map((option) => (
        <label key={option.value} className="communs-idea-box-radio">
          <input {...form.getRadioProps(name, option.value as never)} /> {option.label}
        </label>
      ))}
      {error(name)}
      {after}
    </fieldset>
  );

  return (
    <section className="communs-demineur-answer" aria-labelledby={form.headingId}>
      <h2 id={form.headingId} className="communs-idea-box-heading">
        {t("answerTitle")}
      </h2>
      {!form.open ? (
        <p className="communs-idea-box-notice">{t("closedNotice")}</p>
      ) : (
        <form
          className="communs-idea-box-form"
          noValidate
          aria-labelledby={form.headingId}
          onSubmit={(event) => void form.submit(event)}
        >
          <p className="communs-idea-box-muted">{t("answerIntro")}</p>
          <p className="communs-idea-box-muted">
            {t("closesOn", { date: form.date(check.closesAt) })}
          </p>
          {form.mine && !form.answered && <p>{t("yourAnswerSaved")}</p>}
          <p
            ref={form.doneRef}
            tabIndex={-1}
            className={form.answered ? "communs-idea-box-notice" : undefined}
          >
            {form.answered ? t("answered") : ""}
          </p>
          <div
            ref={form.summaryRef}
            tabIndex={-1}
            className={errorCount > 0 || failure ? "communs-idea-box-summary" : undefined}
          >
            {errorCount > 0 && (
              <>
                <p>{tp("fixErrors", errorCount)}</p>
                <ul>
                  {Object.entries(errors).map(([name, message]) => (
                    <li key={name}>
                      <a href={`#${form.fieldId(name)}`}>{message}</a>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {failure && errorCount === 0 && <ProblemMessage problem={failure} draftKept />}
          </div>

          {radios(
            "exists",
            t("existsAlready"),
            existsAnswers.map((value) => ({ value, label: texts.existsAnswer[value] })),
            values.exists && values.exists !== "no"
              ? textField(
                  "where",
                  t("existsWhere"),
                  <input {...form.getTextProps("where")} maxLength={checkLimits.where[1]} />,
                )
              : null,
          )}
          {textField(
            "groundToday",
            t("groundToday"),
            <textarea rows={4} {...form.getTextProps("groundToday", true)} />,
            t("groundTodayHint"),
          )}
          <fieldset className="communs-idea-box-fieldset">
            <legend>
              {t("failureRisks")} <span className="communs-idea-box-muted">{t("optional")}</span>
            </legend>
            {values.risks.map((_, index) => (
              <div className="communs-idea-box-row" key={index}>
                <div className="communs-idea-box-field">
                  <label htmlFor={form.fieldId(`risk-${index}-category`)}>
                    {t("riskCategory")} ({t("riskNumber", { number: index + 1 })})
                  </label>
                  <select {...form.getRiskCategoryProps(index)}>
                    {riskCategories.map((category) => (
                      <option key={category} value={category}>
                        {texts.risk[category]}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="communs-idea-box-field">
                  <label htmlFor={form.fieldId(`risk-${index}`)}>
                    {t("riskNumber", { number: index + 1 })}
                  </label>
                  <input {...form.getRiskTextProps(index)} maxLength={checkLimits.risk[1]} />
                  {error(`risk-${index}`)}
                </div>
              </div>
            ))}
            {values.risks.length < checkLimits.risks[1] && (
              <button
                ref={addRiskRef}
                type="button"
                className="communs-idea-box-button"
                onClick={() => {
                  const next = values.risks.length;
                  form.addRisk();
                  requestAnimationFrame?.(() =>
                    (addRiskRef.current?.getRootNode() as Document | ShadowRoot | undefined)
                      ?.getElementById?.(form.fieldId(`risk-${next}-category`))
                      ?.focus(),
                  );
                }}
              >
                {t("addRisk")}
              </button>
            )}
          </fieldset>
          {radios(
            "wouldUse",
            t("wouldUse"),
            wouldUseAnswers.map((value) => ({ value, label: texts.wouldUseAnswer[value] })),
            values.wouldUse && values.wouldUse !== "no" ? (
              <div className="communs-idea-box-field">
                <label htmlFor={form.fieldId("frequency")}>
                  {t("frequency")} <span className="communs-idea-box-muted">{t("optional")}</span>
                </label>
                <select {...form.getTextProps("frequency")}>
                  <option value="">—</option>
                  {useFrequencies.map((frequency) => (
                    <option key={frequency} value={frequency}>
                      {texts.frequencyAnswer[frequency]}
                    </option>
                  ))}
                </select>
              </div>
            ) : null,
          )}
          {check.questions.length > 0 && (
            <fieldset className="communs-idea-box-fieldset">
              <legend>{t("teamQuestions")}</legend>
              {check.questions.map((question) => (
                <Fragment key={question.id}>
                  {textField(
                    `question-${question.id}`,
                    question.text,
                    <textarea rows={2} {...form.getQuestionProps(question.id)} />,
                  )}
                </Fragment>
              ))}
            </fieldset>
          )}
          {radios(
            "mode",
            t("authorship"),
            (["named", "team", "anonymous"] as const).map((mode) => ({
              value: mode,
              label: t(
                mode === "named"
                  ? "authorshipNamed"
                  : mode === "team"
                    ? "authorshipTeam"
                    : "authorshipAnonymous",
              ),
            })),
            <>
              {values.mode === "team" && (
                <div className="communs-idea-box-field">
                  <label htmlFor={form.fieldId("teamName")}>{t("teamName")}</label>
                  <input {...form.getTextProps("teamName")} maxLength={checkLimits.teamName[1]} />
                  {error("teamName")}
                </div>
              )}
              {values.mode === "anonymous" && (
                <p className="communs-idea-box-hint">{t("anonymousNote")}</p>
              )}
            </>,
          )}
          <button
            type="submit"
            className="communs-idea-box-button communs-idea-box-button--primary"
            aria-disabled={form.sending || undefined}
          >
            {form.sending ? t("sendingAnswer") : form.mine ? t("updateAnswer") : t("submitAnswer")}
          </button>
        </form>
      )}
    </section>
  );
}
