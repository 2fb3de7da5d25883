import {
  localize,
  type AnswerValue,
  type LocalizedText,
  type Question,
  type SonarLocale,
} from "@communs/sonar";
import { useState } from "react";
import { formatMessage } from "@communs/i18n";
import type { SonarMessages } from "./i18n/messages";

export interface QuestionFieldProps {
  question: Question;
  value: AnswerValue | null | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  locale: SonarLocale;
  text: SonarMessages;
  /** Id of the error message, when the question is invalid. */
  errorId?: string;
  /** Renders the legend as a heading that receives focus when the question appears. */
  headingRef?: (element: HTMLElement | null) => void;
  headingLevel?: 2 | 3;
}

/** One question as native form controls inside a fieldset. */
export function QuestionField({
  question,
  value,
  onChange,
  locale,
  text,
  errorId,
  headingRef,
  headingLevel = 2,
}: QuestionFieldProps) {
  const name = `communs-sonar-${question.id}`;
  const helpId = `${name}-help`;
  const hasHelp = Boolean(question.help) || question.kind !== "single";
  const describedBy =
    [hasHelp ? helpId : null, errorId ?? null].filter(Boolean).join(" ") || undefined;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const [announcement, setAnnouncement] = useState("");

  let help = question.help ? localize(question.help, locale) : "";
  let controls: React.ReactNode;
  /** Radio buttons or checkboxes, one per option, each inside its label. */
  const choices = (
    options: readonly { id: string; label: LocalizedText }[],
    type: "radio" | "checkbox",
    isChecked: (id: string) => boolean,
    toggle: (id: string, checked: boolean) => void,
  ) =>
    options.map((option) => (
      <label key={option.id} className="communs-sonar-question__choice">
        <input
          type={type}
          name={name}
          value={option.id}
          checked={isChecked(option.id)}
          onChange={(event) => toggle(option.id, event.target.checked)}
        />
        <span>{localize(option.label, locale)}</span>
      </label>
    ));
  if (question.kind === "single") {
    controls = choices(
      question.options,
      "radio",
      (id) => value === id,
      (id) => onChange(id),
    );
  } else if (question.kind === "multiple") {
    const chosen = Array.isArray(value) ? value : [];
    help = [
      help,
      formatMessage(text.chooseAtMost, { max: question.max }, locale),
      formatMessage(text.chosenCount, { count: chosen.length, max: question.max }, locale),
    ]
      .filter(Boolean)
      .join(" ");
    controls = choices(
      question.options,
      "checkbox",
      (id) => chosen.includes(id),
      (id, checked) => {
        const next = checked ? [...chosen, id] : chosen.filter((other) => other !== id);
        onChange(next.length > 0 ? next : undefined);
      },
    );
  } else if (question.kind === "scale") {
    const minLabel = localize(question.minLabel, locale);
    const maxLabel = localize(question.maxLabel, locale);
    help = [
      help,
      formatMessage(
        text.scaleHint,
        { min: question.min, max: question.max, minLabel, maxLabel },
        locale,
      ),
    ]
      .filter(Boolean)
      .join(" ");
    const values = Array.from(
      { length: question.max - question.min + 1 },
      (_, index) => question.min + index,
    );
    controls = (
      <div className="communs-sonar-question__scale">
        <span className="communs-sonar-question__scale-end" aria-hidden="true">
          {minLabel}
        </span>
        {values.map((step) => (
          <label key={step} className="communs-sonar-question__step">
            <input
              type="radio"
              name={name}
              value={step}
              checked={value === step}
              onChange={() => onChange(step)}
            />
            <span>
              {step}
              <span className="communs-sonar-visually-hidden">
                {step === question.min
                  ? ` (${minLabel})`
                  : step === question.max
                    ? ` (${maxLabel})`
                    : ""}
              </span>
            </span>
          </label>
        ))}
        <span className="communs-sonar-question__scale-end" aria-hidden="true">
          {maxLabel}
        </span>
      </div>
    );
  } else {
    const order =
      Array.isArray(value) && value.length === question.options.length
        ? value
        : question.options.map((option) => option.id);
    help = [help, text.rankingHint].filter(Boolean).join(" ");
    const move = (from: number, to: number) => {
      const next = [...order];
      const [item] = next.splice(from, 1);
      next.splice(to, 0, item!);
      onChange(next);
      const option = question.options.find((candidate) => candidate.id === item)!;
      setAnnouncement(
        formatMessage(
          text.moved,
          { item: localize(option.label, locale), position: to + 1 },
          locale,
        ),
      );
    };
    controls = (
      <>
        <ol className="communs-sonar-question__ranking">
          {order.map((id, index) => {
            const option = question.options.find((candidate) => candidate.id === id)!;
            const label = localize(option.label, locale);
            return (
              <li key={id} className="communs-sonar-question__rank">
                <span className="communs-sonar-question__rank-label">{label}</span>
                <button
                  type="button"
                  className="communs-sonar-button communs-sonar-button--small"
                  disabled={index === 0}
                  onClick={() => move(index, index - 1)}
                >
                  <span aria-hidden="true">↑</span>
                  <span className="communs-sonar-visually-hidden">
                    {formatMessage(text.moveUp, { item: label }, locale)}
                  </span>
                </button>
                <button
                  type="button"
                  className="communs-sonar-button communs-sonar-button--small"
                  disabled={index === order.length - 1}
                  onClick={() => move(index, index + 1)}
                >
                  <span aria-hidden="true">↓</span>
                  <span className="communs-sonar-visually-hidden">
                    {formatMessage(text.moveDown, { item: label }, locale)}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
        <p className="communs-sonar-visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </>
    );
  }

  return (
    <fieldset
      className="communs-sonar-question"
      data-kind={question.kind}
      aria-describedby={describedBy}
      aria-invalid={errorId ? true : undefined}
    >
      <legend className="communs-sonar-question__legend">
        <Heading
          className="communs-sonar-question__prompt"
          tabIndex={headingRef ? -1 : undefined}
          ref={headingRef}
        >
          {localize(question.prompt, locale)}
        </Heading>
      </legend>
      {help && (
        <p id={helpId} className="communs-sonar-question__help">
          {help}
        </p>
      )}
      <div className="communs-sonar-question__controls">{controls}</div>
    </fieldset>
  );
}
