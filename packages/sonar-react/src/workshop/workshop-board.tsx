import type { SonarLocale } from "@communs/sonar";
import { useId } from "react";
import type { SonarMessages } from "../i18n/messages";
import { workshopTranslator, type WorkshopMessages } from "../i18n/workshop-messages";
import { ProblemAlert } from "./problem-alert";
import { SonarTeam } from "../sonar-team";
import { useWorkshopBoard, type UseWorkshopBoardOptions } from "./use-workshop-board";
import { useWorkshopDelete } from "./use-workshop-delete";
import { WorkshopCompare } from "./workshop-compare";
import { WorkshopDelete } from "./workshop-delete";

export interface WorkshopBoardProps extends UseWorkshopBoardOptions {
  locale?: SonarLocale;
  messages?: Partial<WorkshopMessages>;
  /** Overrides of the team view's texts. */
  sonarMessages?: Partial<SonarMessages>;
  /** Hides close/reopen, the exports, compare and delete (a board shown to the room only). */
  readOnly?: boolean;
  /** Called once the facilitator deleted the workshop from the board. */
  onDeleted?: () => void;
}

/**
 * The facilitator's live board, made to be projected: respondents so far, where the team
 * disagrees most, each axis's mean and spread, the spread of styles and stages (the team view),
 * live over Server-Sent Events with a badge that says when the board shown is behind.
 */
export function WorkshopBoard(props: WorkshopBoardProps) {
  const { locale = "fr", messages, sonarMessages, readOnly = false, onDeleted } = props;
  const text = workshopTranslator(locale, messages);
  const board = useWorkshopBoard(props);
  const deletion = useWorkshopDelete({
    client: props.client,
    workshopId: props.workshopId,
    onDeleted,
  });
  const deleted = board.deleted || deletion.deleted;
  const id = useId();
  const time = board.receivedAt
    ? new Intl.DateTimeFormat(locale, { timeStyle: "medium" }).format(board.receivedAt)
    : "—";
  const connectionText = deleted
    ? text.t("deleted")
    : {
        connecting: text.t("connecting"),
        live: text.t("live"),
        behind: text.t("behind", { time }),
        reconnecting: text.t("reconnecting", { time }),
        closed: text.t("closedStream"),
      }[board.connection];
  const current = board.board;
  const title = current?.title ?? board.workshop?.title ?? "";
  const status = current?.status ?? board.workshop?.status ?? null;
  const joinUrl = board.workshop?.joinUrl;
  const code = current?.code ?? board.workshop?.code;

  return (
    <section
      className="communs-sonar communs-sonar-board"
      lang={locale}
      aria-labelledby={`${id}-title`}
      data-connection={deleted ? "deleted" : board.connection}
      data-state={status ?? undefined}
    >
      <header className="communs-sonar-board__header">
        <h2 id={`${id}-title`}>{text.t("boardTitle", { title })}</h2>
        {code && (
          <p className="communs-sonar-board__join">
            {joinUrl ? `${text.t("boardJoin", { link: joinUrl })} ` : null}
            <span className="communs-sonar-workshop-code" aria-hidden="true">
              {code}
            </span>
            <span className="communs-sonar-visually-hidden">
              {text.t("codeSpelled", { code, letters: code.split("").join(" ") })}
            </span>
          </p>
        )}
        <p
          className="communs-sonar-board__connection"
          role="status"
          data-stale={board.stale || undefined}
        >
          {connectionText}
        </p>
      </header>
      {/* Once deleted, the stream's own "not found" says nothing more. */}
      {!deleted && <ProblemAlert error={board.error} text={text} />}
      {current && !deleted && (
        <>
          <p className="communs-sonar-board__figures">
            <strong className="communs-sonar-board__respondents">
              {text.t("respondentsSoFar", { count: current.respondents })}
            </strong>{" "}
            <span>({text.t("participantsSoFar", { count: current.participants })})</span>
          </p>
          <p className="communs-sonar-board__status">
            {status === "closed" ? text.t("statusClosed") : text.t("statusOpen")}
          </p>
          {current.erasedAt && <p className="communs-sonar-notice">{text.t("erased")}</p>}
          {board.definition && current.summary.respondents > 0 && (
            <SonarTeam
              definition={board.definition}
              summary={current.summary}
              locale={locale}
              messages={sonarMessages}
            />
          )}
          <section className="communs-sonar-board__nicknames" aria-labelledby={`${id}-who`}>
            <h3 id={`${id}-who`}>{text.t("nicknamesTitle")}</h3>
            {current.nicknames.length > 0 ? (
              <ul>
                {current.nicknames.map((nickname) => (
                  <li key={nickname}>{nickname}</li>
                ))}
              </ul>
            ) : (
              <p>{text.t("nicknamesNone")}</p>
            )}
          </section>
        </>
      )}
      {!readOnly && (
        <footer className="communs-sonar-board__actions">
          {!deleted && (
            <>
              <div className="communs-sonar-actions">
                {status === "closed" ? (
                  <button
                    type="button"
                    className="communs-sonar-button"
                    disabled={board.pending}
                    onClick={() => void board.reopen()}
                  >
                    {text.t("reopenWorkshop")}
                  </button>
                ) : (
                  <button
                    type="button"
                    className="communs-sonar-button"
                    disabled={board.pending || status === null}
                    onClick={() => void board.close()}
                  >
                    {text.t("closeWorkshop")}
                  </button>
                )}
              </div>
              <nav aria-labelledby={`${id}-exports`}>
                <h3 id={`${id}-exports`}>{text.t("exportsTitle")}</h3>
                <ul className="communs-sonar-board__exports">
                  <li>
                    <a href={board.exports.json} download>
                      {text.t("exportJson")}
                    </a>
                  </li>
                  <li>
                    <a href={board.exports.responsesCsv} download>
                      {text.t("exportResponsesCsv")}
                    </a>
                  </li>
                  <li>
                    <a href={board.exports.summaryCsv} download>
                      {text.t("exportSummaryCsv")}
                    </a>
                  </li>
                </ul>
              </nav>
            </>
          )}
          {/* Deleted elsewhere (another tab): the status says so, nothing is left to delete. */}
          {status !== null && (!board.deleted || deletion.deleted || deletion.pending) && (
            <WorkshopDelete
              deletion={deletion}
              title={title}
              respondents={current?.respondents ?? board.workshop?.respondents ?? 0}
              locale={locale}
              messages={messages}
            />
          )}
        </footer>
      )}
      {!readOnly && !deleted && status !== null && (
        <WorkshopCompare
          client={props.client}
          workshopId={props.workshopId}
          definition={board.definition}
          locale={locale}
          messages={messages}
          sonarMessages={sonarMessages}
        />
      )}
    </section>
  );
}
