import { useId, useState, type FormEvent } from "react";
import { formatProblem, type ProblemDetails } from "@communs/idea-box/client";
import { useIdeaBox, useStoreSelector } from "./context";
import { ProblemMessage } from "./problem-message";
import { useQuery } from "./use-query";
import { commentsKey, type CommentItemT } from "@communs/idea-box/store";

function CommentForm(props: {
  ideaId: string;
  parentId?: string;
  label: string;
  onDone?: () => void;
  onCancel?: () => void;
}) {
  const { ideaId, parentId, label, onDone, onCancel } = props;
  const { store, t, announce, locale } = useIdeaBox();
  const sending = useStoreSelector((state) => Boolean(state.pending[`comment:${ideaId}`]));
  const id = useId();
  const slot = `comment:${ideaId}:${parentId ?? "root"}`;
  const [body, setBody] = useState(() => store.drafts.load<string>(slot) ?? "");
  const [failure, setFailure] = useState<ProblemDetails | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim() || sending) return;
    const outcome = await store.createComment(ideaId, body.trim(), parentId);
    if (outcome.ok) {
      setBody("");
      setFailure(null);
      announce(t("commentPosted"));
      onDone?.();
    } else {
      setFailure(outcome.problem);
      announce(
        formatProblem(outcome.problem, locale).summary +
          (outcome.offline ? ` ${t("offline")}` : ""),
        true,
      );
    }
  };
  return (
    <form
      noValidate
      className="communs-idea-box-comment-form"
      onSubmit={(event) => void submit(event)}
    >
      <div className="communs-idea-box-field">
        <label htmlFor={`${id}-body`}>{label}</label>
        <textarea
          id={`${id}-body`}
          rows={3}
          value={body}
          aria-required="true"
          onChange={(event) => {
            setBody(event.target.value);
            store.drafts.save(slot, event.target.value);
          }}
        />
      </div>
      {failure && <ProblemMessage problem={failure} draftKept />}
      <div className="communs-idea-box-card__actions">
        <button
          type="submit"
          className="communs-idea-box-button communs-idea-box-button--primary"
          aria-disabled={sending || undefined}
        >
          {t("send")}
        </button>
        {onCancel && (
          <button type="button" className="communs-idea-box-button" onClick={onCancel}>
            {t("cancel")}
          </button>
        )}
      </div>
    </form>
  );
}

function CommentItem({
  comment,
  replies,
  ideaId,
}: {
  comment: CommentItemT;
  replies: CommentItemT[];
  ideaId: string;
}) {
  const { t, date } = useIdeaBox();
  const [replying, setReplying] = useState(false);
  const name = comment.author.displayName ?? t("someone");
  return (
    <li className="communs-idea-box-comment">
      <article>
        <p className="communs-idea-box-card__meta">
          <strong>{name}</strong> ·{" "}
          <time dateTime={comment.createdAt}>{date(comment.createdAt)}</time>
        </p>
        {comment.hidden ? (
          <p className="communs-idea-box-muted">{t("commentHidden")}</p>
        ) : (
          <p className="communs-idea-box-text">{comment.body}</p>
        )}
        {!comment.parentId && !replying && (
          <button type="button" className="communs-idea-box-link" onClick={() => setReplying(true)}>
            {t("reply")}
          </button>
        )}
        {replying && (
          <CommentForm
            ideaId={ideaId}
            parentId={comment.id}
            label={t("replyTo", { name })}
            onDone={() => setReplying(false)}
            onCancel={() => setReplying(false)}
          />
        )}
      </article>
      {replies.length > 0 && (
        <ul className="communs-idea-box-replies">
          {replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} replies={[]} ideaId={ideaId} />
          ))}
        </ul>
      )}
    </li>
  );
}

export interface CommentThreadProps {
  ideaId: string;
  /** Heading level (default 3). */
  headingLevel?: 2 | 3 | 4;
}

/** Comments of an idea, two levels, with a form to comment and to answer; drafts kept. */
export function CommentThread({ ideaId, headingLevel = 3 }: CommentThreadProps) {
  const { store, t, tp } = useIdeaBox();
  const id = useId();
  const comments = useQuery<{ items: CommentItemT[] }>(commentsKey(ideaId), (force) =>
    store.fetchComments(ideaId, force),
  );
  const items = comments.data?.items ?? [];
  const roots = items.filter((comment) => !comment.parentId);
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="communs-idea-box-comments" aria-labelledby={`${id}-h`}>
      <Heading id={`${id}-h`}>
        {t("commentsTitle")}{" "}
        <span className="communs-idea-box-count">({tp("comments", items.length)})</span>
      </Heading>
      {comments.status === "loading" && <p className="communs-idea-box-muted">{t("loading")}</p>}
      {comments.error && <ProblemMessage problem={comments.error} onRetry={comments.refetch} />}
      {comments.status === "success" && items.length === 0 && (
        <p className="communs-idea-box-muted">{t("noComments")}</p>
      )}
      {roots.length > 0 && (
        <ul className="communs-idea-box-comment-list">
          {roots.map((comment) => (
            <CommentItem
              key={comment.id}
              comment={comment}
              ideaId={ideaId}
              replies={items.filter((reply) => reply.parentId === comment.id)}
            />
          ))}
        </ul>
      )}
      <CommentForm ideaId={ideaId} label={t("comment")} />
    </section>
  );
}
