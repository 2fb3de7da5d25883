import type { IdeaT } from "@communs/idea-box/client";
import { useIdeaBox } from "./context";
import { StatusBadge } from "./status-badge";
import { SupportButton } from "./support-button";
import type { Translator } from "./i18n/format";

export function authorLine(idea: Pick<IdeaT, "author">, t: Translator["t"]): string {
  const { author } = idea;
  if (author.mode === "anonymous") return t("byAnonymous");
  if (author.mode === "team" && author.teamName) return t("byTeam", { name: author.teamName });
  return author.displayName ? t("byNamed", { name: author.displayName }) : t("byErased");
}

export interface IdeaCardProps {
  idea: IdeaT;
  /** The box's label of the idea's status. */
  statusLabel?: string;
  /** Called when the person opens the idea (title button). */
  onOpen?: (id: string) => void;
  /** Heading level of the title (default 3). */
  headingLevel?: 2 | 3 | 4;
}

/** An idea in a list: title (opens it), status, author, excerpt, supports and comments. */
export function IdeaCard({ idea, statusLabel, onOpen, headingLevel = 3 }: IdeaCardProps) {
  const { t, tp, date } = useIdeaBox();
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="communs-idea-box-card" aria-labelledby={`communs-idea-box-card-${idea.id}`}>
      <Heading className="communs-idea-box-card__title" id={`communs-idea-box-card-${idea.id}`}>
        {onOpen ? (
          <button type="button" className="communs-idea-box-link" onClick={() => onOpen(idea.id)}>
            {idea.title}
          </button>
        ) : (
          idea.title
        )}
      </Heading>
      <p className="communs-idea-box-card__meta">
        <StatusBadge status={idea.status} label={statusLabel} /> <span>{authorLine(idea, t)}</span>{" "}
        · <span>{t("postedOn", { date: date(idea.createdAt) })}</span>
      </p>
      <p className="communs-idea-box-card__excerpt">
        {idea.problem.length > 220 ? `${idea.problem.slice(0, 220)}…` : idea.problem}
      </p>
      <div className="communs-idea-box-card__actions">
        <SupportButton idea={idea} />
        <span className="communs-idea-box-count">{tp("comments", idea.commentCount)}</span>
      </div>
    </article>
  );
}
