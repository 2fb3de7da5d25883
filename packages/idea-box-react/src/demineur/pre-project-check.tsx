import { useRef, type ReactNode } from "react";
import { checkLimits } from "@communs/idea-box/client";
import { ProblemMessage } from "../problem-message";
import { useCheckForm, type CheckFormField, type UseCheckFormOptions } from "./use-check-form";

export interface PreProjectCheckProps extends UseCheckFormOptions {
  /** The link to share once a check is open (e.g. the intranet page that shows it). */
  shareUrl?: (checkId: string) => string;
  /** Called when the lead opens something similar (an idea or a check). */
  onOpenSimilar?: (item: { kind: "idea" | "check"; id: string; box: string }) => void;
}

/**
 * A project lead opens a pre-project check: every field labelled, the ideas and earlier checks
 * that look alike shown while typing with why they match (in a live region), a draft kept
 * locally, every problem listed and tied to its field.
 */
export function PreProjectCheck({ shareUrl, onOpenSimilar, ...options }: PreProjectCheckProps) {
  const form = useCheckForm(options);
  const { t, tp, values, errors, errorCount, failure, similar, box } = form;
  const addRef = useRef<HTMLButtonElement>(null);

  const field = (
    name: CheckFormField,
    control: ReactNode,
    { hint, optional = false }: { hint?: string; optional?: boolean } = {},
  ) => (
    <div className="communs-idea-box-field">
      <label htmlFor={form.fieldId(name)}>
        {t(name)}
        {optional && (
          <>
            {" "}
            <span className="communs-idea-box-muted">{t("optional")}</span>
          </>
        )}
      </label>
      {hint && (
        <p className="communs-idea-box-hint" id={`${form.fieldId(name)}-hint`}>
          {hint}
        </p>
      )}
      {control}
      {errors[name] && (
        <p className="communs-idea-box-error" id={`${form.fieldId(name)}-error`}>
          {errors[name]}
        </p>
      )}
    </div>
  );

  if (form.opened) {
    const link = shareUrl?.(form.opened.id);
    return (
      <section className="communs-idea-box-notice" aria-labelledby={form.headingId}>
        <h2 id={form.headingId} className="communs-idea-box-heading">
          {t("checkTitle")}
        </h2>
        <div ref={form.openedRef} tabIndex={-1}>
          <p>{t("opened", { title: form.opened.title })}</p>
          {link && (
            <p>
              {t("shareLink")} : <a href={link}>{link}</a>
            </p>
          )}
        </div>
        <button type="button" className="communs-idea-box-button" onClick={form.reset}>
          {t("openCheckNav")}
        </button>
      </section>
    );
  }

  const services = box?.services ?? [];
  return (
    <form
      className="communs-idea-box-form communs-demineur-check-form"
      noValidate
      aria-labelledby={form.headingId}
      onSubmit={(event) => void form.submit(event)}
    >
      <h2 id={form.headingId} className="communs-idea-box-heading">
        {t("checkTitle")}
      </h2>
      <p className="communs-idea-box-muted">{t("checkIntro")}</p>
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

      {field(
        "title",
        <input
          {...form.getFieldProps("title")}
          maxLength={checkLimits.title[1]}
          autoComplete="off"
        />,
        { hint: t("titleHint") },
      )}
      {field("problem", <textarea rows={5} {...form.getFieldProps("problem")} />, {
        hint: t("problemHint"),
      })}

      <section className="communs-idea-box-similar" aria-labelledby={form.fieldId("similar")}>
        <h3 id={form.fieldId("similar")}>{t("similarHeading")}</h3>
        <p aria-live="polite" aria-atomic="true">
          {similar === null
            ? ""
            : similar.length === 0
              ? t("similarNone")
              : tp("similarFound", similar.length)}
        </p>
        {similar && similar.length > 0 && (
          <ul>
            {similar.map((item) => (
              <li key={`${item.kind}:${item.id}`}>
                <span className="communs-idea-box-muted">
                  {form.texts.similarKind[item.kind]} · {t("similarIn", { box: item.boxName })}
                </span>{" "}
                {onOpenSimilar ? (
                  <button
                    type="button"
                    className="communs-idea-box-link"
                    onClick={() => onOpenSimilar(item)}
                  >
                    {item.title}
                  </button>
                ) : (
                  <span>{item.title}</span>
                )}
                <span className="communs-demineur-similar-why">
                  {t("similarWhy", { words: item.matchedTerms.join(", ") })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {field(
        "intendedSolution",
        <textarea rows={4} {...form.getFieldProps("intendedSolution")} />,
        { optional: true },
      )}
      {services.length > 0 && (
        <fieldset
          className="communs-idea-box-fieldset"
          aria-describedby={form.fieldId("services-hint")}
        >
          <legend>{t("services")}</legend>
          <p className="communs-idea-box-hint" id={form.fieldId("services-hint")}>
            {t("servicesHint")}
          </p>
          {services.map((service) => (
            <label key={service.slug} className="communs-idea-box-radio">
              <input {...form.getServiceProps(service.slug)} /> {service.label}
            </label>
          ))}
        </fieldset>
      )}
      {field("concerned", <input {...form.getFieldProps("concerned")} />, {
        hint: t("concernedHint"),
        optional: true,
      })}
      {field(
        "decisionDate",
        <input type="date" min={form.minDate} {...form.getFieldProps("decisionDate")} />,
        {
          hint: t("decisionDateHint"),
        },
      )}

      <fieldset className="communs-idea-box-fieldset">
        <legend>
          {t("questions")} <span className="communs-idea-box-muted">{t("optional")}</span>
        </legend>
        <p className="communs-idea-box-hint">{t("questionsHint")}</p>
        {values.questions.map((_, index) => (
          <div className="communs-demineur-question" key={index}>
            <div className="communs-idea-box-field">
              <label htmlFor={form.fieldId(`question-${index}`)}>
                {t("question", { number: index + 1 })}
              </label>
              <input {...form.getQuestionProps(index)} maxLength={checkLimits.question[1]} />
              {errors[`question-${index}`] && (
                <p
                  className="communs-idea-box-error"
                  id={`${form.fieldId(`question-${index}`)}-error`}
                >
                  {errors[`question-${index}`]}
                </p>
              )}
            </div>
            <button
              type="button"
              className="communs-idea-box-button"
              onClick={() => {
                form.removeQuestion(index);
                addRef.current?.focus();
              }}
            >
              {t("removeQuestion", { number: index + 1 })}
            </button>
          </div>
        ))}
        {values.questions.length < checkLimits.questions[1] && (
          <button
            ref={addRef}
            type="button"
            className="communs-idea-box-button"
            onClick={() => {
              form.addQuestion();
              const next = values.questions.length;
              requestAnimationFrame?.(() =>
                (addRef.current?.getRootNode() as Document | ShadowRoot | undefined)
                  ?.getElementById?.(form.fieldId(`question-${next}`))
                  ?.focus(),
              );
            }}
          >
            {t("addQuestion")}
          </button>
        )}
      </fieldset>

      <button
        type="submit"
        className="communs-idea-box-button communs-idea-box-button--primary"
        aria-disabled={form.sending || undefined}
      >
        {form.sending ? t("opening") : t("openCheck")}
      </button>
    </form>
  );
}
