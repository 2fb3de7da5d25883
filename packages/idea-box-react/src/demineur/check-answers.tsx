import { Fragment, useId, useState, type FormEvent } from "react";
import { formatProblem } from "@communs/idea-box/client";
import {
  answerCommentsKey,
  answersKey,
  boxKey,
  checkKey,
  type AnswerCommentT,
  type AnswerListT,
  type AnswerT,
  type BoxDetailsT,
  type CheckT,
} from "@communs/idea-box/store";
import { useStoreSelector } from "../context";
import { ProblemMessage } from "../problem-message";
import { useQuery } from "../use-query";
import { authorLabel } from "./author";
import { useDemineur } from "./context";

export interface CheckAnswersProps {
  checkId: string;
}

function AnswerComments({ answer }: { answer: AnswerT }) {
  const { demineur, t, announce, locale, date } = useDemineur();
  const id = useId();
  const comments = useQuery<{ items: AnswerCommentT[] }>(answerCommentsKey(answer.id), (force) =>
    demineur.fetchAnswerComments(answer.id, force),
  );
  const sending = useStoreSelector((state) =>
    Boolean(state.pending[`answer-comment:${answer.id}`]),
  );
  const [body, setBody] = useState("");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim() || sending) return;
    const outcome = await demineur.commentAnswer(answer, body.trim());
    if (outcome.ok) {
      setBody("");
      announce(t("commentPosted"));
    } else announce(formatProblem(outcome.problem, locale).summary, true);
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t("commentsOf")}</h4>
      {comments.data && comments.data.items.length === 0 && (
        <p className="communs-idea-box-muted">{t("noComments")}</p>
      )}
      {comments.data && comments.data.items.length > 0 && (
        <ul className="communs-idea-box-comment-list">
          {comments.data.items.map((comment) => (
            <li key={comment.id} className="communs-idea-box-comment">
              <p className="communs-idea-box-card__meta">
                <strong>{comment.author.displayName ?? t("someone")}</strong> ·{" "}
                <time dateTime={comment.createdAt}>{date(comment.createdAt)}</time>
              </p>
              <p className="communs-idea-box-text">{comment.body}</p>
            </li>
          ))}
        </ul>
      )}
      <form noValidate className="communs-idea-box-comment-form" onSubmit={(e) => void submit(e)}>
        <div className="communs-idea-box-field">
          <label htmlFor={`${id}-body`}>{t("yourComment")}</label>
          <textarea
            id={`${id}-body`}
            rows={2}
            value={body}
            aria-required="true"
            onChange={(event) => setBody(event.target.value)}
          />
        </div>
        <button
          type="submit"
          className="communs-idea-box-button"
          aria-disabled={sending || undefined}
        >
          {t("send")}
        </button>
      </form>
    </section>
  );
}

function AnswerItem({
  answer,
  check,
  serviceLabel,
}: {
  answer: AnswerT;
  check: CheckT;
  serviceLabel: (slug: string) => string;
}) {
  const { demineur, t, tp, texts, announce, locale } = useDemineur();
  const [commenting, setCommenting] = useState(false);
  const busy = useStoreSelector((state) => Boolean(state.pending[`answer-support:${answer.id}`]));
  const toggle = async () => {
    const outcome = await demineur.toggleAnswerSupport(answer);
    if (outcome.ok)
      announce(outcome.value.supportedByMe ? t("supportDone") : t("supportWithdrawn"));
    else announce(formatProblem(outcome.problem, locale).summary, true);
  };
  return (
    <li>
      <article className="communs-idea-box-card">
        <h3 className="communs-idea-box-card__meta">{authorLabel(answer, t, serviceLabel)}</h3>
        <dl>
          <dt>{t("existsAlready")}</dt>
          <dd>
            {texts.existsAnswer[answer.existsAlready.answer]}
            {answer.existsAlready.where ? ` : ${answer.existsAlready.where}` : ""}
          </dd>
          {answer.groundToday && (
            <>
              <dt>{t("groundToday")}</dt>
              <dd className="communs-idea-box-text">{answer.groundToday}</dd>
            </>
          )}
          {answer.failureRisks.length > 0 && (
            <>
              <dt>{t("failureRisks")}</dt>
              {answer.failureRisks.map((risk, index) => (
                <dd key={index}>
                  {texts.risk[risk.category]} : {risk.text}
                </dd>
              ))}
            </>
          )}
          <dt>{t("wouldUse")}</dt>
          <dd>
            {texts.wouldUseAnswer[answer.wouldUse.answer]}
            {answer.wouldUse.frequency
              ? ` (${texts.frequencyAnswer[answer.wouldUse.frequency]})`
              : ""}
          </dd>
          {answer.questions.map((entry) => (
            <Fragment key={entry.questionId}>
              <dt>{check.questions.find((q) => q.id === entry.questionId)?.text}</dt>
              <dd className="communs-idea-box-text">{entry.answer}</dd>
            </Fragment>
          ))}
        </dl>
        <div className="communs-idea-box-card__actions">
          {!answer.mine && (
            <button
              type="button"
              className="communs-idea-box-button"
              aria-pressed={answer.supportedByMe}
              aria-busy={busy || undefined}
              onClick={() => void toggle()}
            >
              {answer.supportedByMe ? t("supported") : t("support")}
              <span className="communs-idea-box-count">
                {" "}
                · {tp("supports", answer.supportCount)}
              </span>
            </button>
          )}
          <button
            type="button"
            className="communs-idea-box-button"
            aria-expanded={commenting}
            onClick={() => setCommenting((open) => !open)}
          >
            {t("comment")} · {tp("comments", answer.commentCount)}
          </button>
        </div>
        {commenting && <AnswerComments answer={answer} />}
      </article>
    </li>
  );
}

/** The answers given so far, each with its authorship as chosen; support and comment them. */
export function CheckAnswers({ checkId }: CheckAnswersProps) {
  const { store, demineur, t } = useDemineur();
  const id = useId();
  const box = useQuery<BoxDetailsT>(boxKey, (force) => store.fetchBox(force));
  const check = useQuery<CheckT>(checkKey(checkId), (force) => demineur.fetchCheck(checkId, force));
  const answers = useQuery<AnswerListT>(answersKey(checkId), (force) =>
    demineur.fetchAnswers(checkId, force),
  );
  const serviceLabel = (slug: string) =>
    box.data?.services?.find((service) => service.slug === slug)?.label ?? slug;
  return (
    <section className="communs-demineur-answers" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="communs-idea-box-heading">
        {t("otherAnswers")}
      </h2>
      {answers.error && <ProblemMessage problem={answers.error} onRetry={answers.refetch} />}
      {answers.status === "loading" && <p className="communs-idea-box-muted">{t("loading")}</p>}
      {answers.data && answers.data.items.length === 0 && (
        <p className="communs-idea-box-muted">{t("noAnswers")}</p>
      )}
      {answers.data && check.data && answers.data.items.length > 0 && (
        <ul className="communs-idea-box-items">
          {answers.data.items.map((answer) => (
            <AnswerItem
              key={answer.id}
              answer={answer}
              check={check.data!}
              serviceLabel={serviceLabel}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
