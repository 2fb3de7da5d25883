import { useId } from "react";
import { formatProblem } from "@communs/idea-box/client";
import { useIdeaBox, useStoreSelector } from "./context";
import { CommentThread } from "./comment-thread";
import { authorLine } from "./idea-card";
import { MergeForm, StatusChangeForm } from "./moderation";
import { ProblemMessage } from "./problem-message";
import { StatusBadge } from "./status-badge";
import { SupportButton } from "./support-button";
import { useQuery } from "./use-query";
import { boxKey, ideaKey, type BoxDetailsT, type IdeaPageT } from "@communs/idea-box/store";

export interface IdeaDetailProps {
  id: string;
  onBack?: () => void;
  onOpen?: (id: string) => void;
}

/** An idea's page: texts, status and its history, official response, support, follow, comments. */
export function IdeaDetail({ id, onBack, onOpen }: IdeaDetailProps) {
  const { store, t, tp, date, announce, locale } = useIdeaBox();
  const followPending = useStoreSelector((state) => Boolean(state.pending[`follow:${id}`]));
  const headingId = useId();
  const idea = useQuery<IdeaPageT>(ideaKey(id), (force) => store.fetchIdea(id, force));
  const box = useQuery<BoxDetailsT>(boxKey, (force) => store.fetchBox(force));
  const label = (key: string) =>
    box.data?.statuses.find((status) => status.key === key)?.label ?? key;

  if (idea.status === "loading" || (idea.status === "idle" && !idea.data))
    return <p className="communs-idea-box-muted">{t("loading")}</p>;
  if (!idea.data)
    return idea.error ? <ProblemMessage problem={idea.error} onRetry={idea.refetch} /> : null;
  const page = idea.data;
  const latestResponse = [...page.history].reverse().find((entry) => entry.response.trim() !== "");
  const canModerate = box.data?.myRole === "moderator" || box.data?.myRole === "admin";
  const following = page.followedByMe;

  const toggleFollow = async () => {
    const outcome = await store.toggleFollow(id);
    if (outcome.ok) announce(outcome.value.followedByMe ? t("followDone") : t("unfollowDone"));
    else announce(formatProblem(outcome.problem, locale).summary, true);
  };

  return (
    <article className="communs-idea-box-detail" aria-labelledby={headingId}>
      {onBack && (
        <button type="button" className="communs-idea-box-link" onClick={onBack}>
          <span aria-hidden="true">←</span> {t("back")}
        </button>
      )}
      <h2 id={headingId} className="communs-idea-box-heading">
        {page.title}
      </h2>
      <p className="communs-idea-box-card__meta">
        <StatusBadge status={page.status} label={label(page.status)} />{" "}
        <span>{authorLine(page, t)}</span> ·{" "}
        <span>{t("postedOn", { date: date(page.createdAt) })}</span>
      </p>
      {page.hidden && <p className="communs-idea-box-notice">{t("hiddenNotice")}</p>}
      {page.mergedInto && (
        <p className="communs-idea-box-notice">
          {t("mergedInto")}{" "}
          {onOpen && (
            <button
              type="button"
              className="communs-idea-box-link"
              onClick={() => onOpen(page.mergedInto!)}
            >
              {t("open")}
            </button>
          )}
        </p>
      )}
      <h3>{t("problem")}</h3>
      <p className="communs-idea-box-text">{page.problem}</p>
      {page.solution && (
        <>
          <h3>{t("solution")}</h3>
          <p className="communs-idea-box-text">{page.solution}</p>
        </>
      )}
      {page.concerned && (
        <>
          <h3>{t("concerned")}</h3>
          <p className="communs-idea-box-text">{page.concerned}</p>
        </>
      )}
      <div className="communs-idea-box-card__actions">
        <SupportButton idea={page} />
        <button
          type="button"
          className="communs-idea-box-button"
          aria-pressed={following}
          aria-busy={followPending || undefined}
          onClick={() => void toggleFollow()}
        >
          {following ? t("unfollow") : t("follow")}
        </button>
        <span className="communs-idea-box-count">{tp("followers", page.followerCount)}</span>
      </div>
      {latestResponse && (
        <section className="communs-idea-box-response" aria-label={t("officialResponse")}>
          <h3>{t("officialResponse")}</h3>
          <p className="communs-idea-box-text">{latestResponse.response}</p>
          <p className="communs-idea-box-muted">
            {t("historyEntry", {
              status: label(latestResponse.status),
              date: date(latestResponse.at),
            })}
          </p>
        </section>
      )}
      <h3>{t("history")}</h3>
      <ol className="communs-idea-box-history">
        {page.history.map((entry, index) => (
          <li key={`${entry.at}-${index}`}>
            <StatusBadge status={entry.status} label={label(entry.status)} />{" "}
            <time dateTime={entry.at}>{date(entry.at)}</time>
            {entry.changedBy ? ` · ${entry.changedBy}` : ""}
          </li>
        ))}
      </ol>
      {canModerate && box.data && (
        <>
          <StatusChangeForm idea={page} statuses={box.data.statuses} />
          <MergeForm idea={page} />
        </>
      )}
      <CommentThread ideaId={id} />
    </article>
  );
}
