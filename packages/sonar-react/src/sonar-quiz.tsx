import { localize } from "@communs/sonar";
import { QuestionField } from "./question-field";
import { SonarResult } from "./sonar-result";
import { useSonarQuiz, type UseSonarQuizOptions } from "./use-sonar-quiz";

export interface SonarQuizProps extends UseSonarQuizOptions {
  /** Builds share links (see SonarResult). */
  shareUrl?: (code: string) => string;
}

/**
 * The Sonar quiz: keyboard-first native controls, progress, back and skip, resume, then the
 * result. A view over `useSonarQuiz`, which holds the behaviour for other markups.
 */
export function SonarQuiz(props: SonarQuizProps) {
  const { definition, locale = "fr", messages, mode = "step", shareUrl } = props;
  const quiz = useSonarQuiz(props);
  const { state, text, current, progress, shareCodeNotice } = quiz;

  const notice = shareCodeNotice && (
    <p
      role={shareCodeNotice.kind === "refused" ? "alert" : "status"}
      className={`communs-sonar-notice${shareCodeNotice.kind === "refused" ? " communs-sonar-notice--error" : ""}`}
    >
      {shareCodeNotice.message}
    </p>
  );

  if (state.complete) {
    return (
      <div className="communs-sonar" lang={locale}>
        {notice}
        <SonarResult
          definition={definition}
          answers={state.answers}
          locale={locale}
          messages={messages}
          onRestart={quiz.restart}
          shareUrl={shareUrl}
          autoFocus={quiz.moved}
        />
      </div>
    );
  }

  const error = (id: string) => {
    const message = quiz.errorOf(id);
    const question = definition.questions.find((candidate) => candidate.id === id);
    return (
      message &&
      question && (
        <p {...quiz.getErrorProps(question)} className="communs-sonar-error">
          <span className="communs-sonar-error__prefix">{text.t("errorPrefix")}</span> {message}
        </p>
      )
    );
  };
  const submit = quiz.getSubmitButtonProps();

  if (mode === "all") {
    return (
      <div className="communs-sonar" lang={locale}>
        {notice}
        <form className="communs-sonar-quiz" {...quiz.getFormProps()}>
          <h2 className="communs-sonar-quiz__title">
            {localize(definition.edition.title, locale)}
          </h2>
          <p>{localize(definition.edition.intro, locale)}</p>
          {quiz.visibleQuestions.map((question) => (
            <div key={question.id} {...quiz.getFieldContainerProps(question)}>
              <QuestionField
                {...quiz.getQuestionProps(question)}
                locale={locale}
                text={text.messages}
                headingLevel={3}
              />
              {error(question.id)}
            </div>
          ))}
          <div className="communs-sonar-actions">
            <button {...submit} className="communs-sonar-button communs-sonar-button--primary" />
          </div>
        </form>
      </div>
    );
  }

  return (
    <div className="communs-sonar" lang={locale}>
      {notice}
      {quiz.resumed && (
        <p role="status" className="communs-sonar-notice">
          {text.t("resumed")}
        </p>
      )}
      <form className="communs-sonar-quiz" {...quiz.getFormProps()}>
        <p className="communs-sonar-quiz__edition">{localize(definition.edition.title, locale)}</p>
        <div className="communs-sonar-quiz__progress">
          <span {...quiz.getProgressLabelProps()}>{progress.label}</span>
          <progress {...quiz.getProgressProps()} />
        </div>
        {current && (
          <QuestionField
            key={current.id}
            {...quiz.getQuestionProps()}
            locale={locale}
            text={text.messages}
          />
        )}
        {current && error(current.id)}
        <div className="communs-sonar-actions">
          <button {...quiz.getBackButtonProps()} className="communs-sonar-button">
            {text.t("back")}
          </button>
          <button
            {...quiz.getSkipButtonProps()}
            className="communs-sonar-button communs-sonar-button--secondary"
          >
            {text.t("skip")}
          </button>
          <button {...submit} className="communs-sonar-button communs-sonar-button--primary" />
        </div>
      </form>
    </div>
  );
}
