import type { SonarLocale } from "@communs/sonar";
import { useId } from "react";
import type { SonarMessages } from "../i18n/messages";
import {
  describeWorkshopProblem,
  workshopTranslator,
  type WorkshopMessages,
} from "../i18n/workshop-messages";
import { SonarQuiz } from "../sonar-quiz";
import {
  useWorkshopParticipant,
  type UseWorkshopParticipantOptions,
  type UseWorkshopParticipantResult,
} from "./use-workshop-participant";
import { WorkshopField, WorkshopForm } from "./workshop-field";

interface TextProps {
  locale?: SonarLocale;
  messages?: Partial<WorkshopMessages>;
}

export interface WorkshopJoinProps extends TextProps {
  /** The participant's state and actions, from `useWorkshopParticipant`. */
  participant: UseWorkshopParticipantResult;
}

/** The join form: the workshop's code and an optional nickname. No account. */
export function WorkshopJoin({ participant, locale = "fr", messages }: WorkshopJoinProps) {
  const text = workshopTranslator(locale, messages);
  const id = useId();
  const error = participant.error ? describeWorkshopProblem(participant.error, text) : null;
  return (
    <WorkshopForm
      className="communs-sonar-workshop-join"
      locale={locale}
      title={text.t("joinTitle")}
      onSubmit={() => void participant.join()}
    >
      <WorkshopField
        id={`${id}-code`}
        label={text.t("codeLabel")}
        hint={text.t("codeHint")}
        error={error}
      >
        {(control) => (
          <input
            {...control}
            className="communs-sonar-workshop-code-input"
            type="text"
            required
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={9}
            value={participant.code}
            onChange={(event) => participant.setCode(event.target.value)}
          />
        )}
      </WorkshopField>
      <WorkshopField
        id={`${id}-nickname`}
        label={text.t("nicknameLabel")}
        hint={text.t("nicknameHint")}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="nickname"
            maxLength={40}
            value={participant.nickname}
            onChange={(event) => participant.setNickname(event.target.value)}
          />
        )}
      </WorkshopField>
      <div className="communs-sonar-actions">
        <button type="submit" className="communs-sonar-button">
          {participant.step === "joining" ? text.t("joining") : text.t("join")}
        </button>
      </div>
    </WorkshopForm>
  );
}

export interface WorkshopQuizProps extends TextProps {
  participant: UseWorkshopParticipantResult;
  sonarMessages?: Partial<SonarMessages>;
  /** Builds share links (see SonarResult). */
  shareUrl?: (code: string) => string;
}

/**
 * The quiz in workshop mode: `SonarQuiz` whose answers are sent to the workshop when the
 * participant sees their result (kept here too, with its share link and print).
 */
export function WorkshopQuiz({
  participant,
  locale = "fr",
  messages,
  sonarMessages,
  shareUrl,
}: WorkshopQuizProps) {
  const text = workshopTranslator(locale, messages);
  const info = participant.info;
  if (!info) return null;
  const initialAnswers = participant.response?.answers ?? participant.participation?.answers;
  const notice = participant.closed
    ? { alert: true, message: text.t("closedForAnswers") }
    : participant.sending
      ? { alert: false, message: text.t("sending") }
      : participant.error
        ? {
            alert: true,
            message: text.t("sendFailed", {
              reason: describeWorkshopProblem(participant.error, text),
            }),
          }
        : participant.response?.updatedAt
          ? { alert: false, message: text.t("sent") }
          : null;
  return (
    <div className="communs-sonar communs-sonar-workshop-quiz" lang={locale}>
      <p className="communs-sonar-note">{text.t("joined", { title: info.title })}</p>
      {participant.participation?.resumed && (
        <p className="communs-sonar-note">{text.t("resumed")}</p>
      )}
      <div role="status" aria-live="polite">
        {notice && !notice.alert && <p className="communs-sonar-notice">{notice.message}</p>}
      </div>
      {notice?.alert && (
        <div role="alert" className="communs-sonar-notice communs-sonar-notice--error">
          <p>{notice.message}</p>
          {participant.unsent && !participant.closed && (
            <button
              type="button"
              className="communs-sonar-button"
              onClick={() => void participant.retry()}
            >
              {text.t("retry")}
            </button>
          )}
        </div>
      )}
      <SonarQuiz
        definition={info.definition}
        locale={locale}
        messages={sonarMessages}
        initialAnswers={
          initialAnswers && Object.keys(initialAnswers).length > 0 ? initialAnswers : undefined
        }
        storageKey={`communs-sonar-workshop-answers:${info.code}`}
        shareUrl={shareUrl}
        onComplete={(_, answers) => {
          if (!participant.closed) void participant.submit(answers);
        }}
      />
    </div>
  );
}

export interface WorkshopParticipantProps extends TextProps, UseWorkshopParticipantOptions {
  sonarMessages?: Partial<SonarMessages>;
  shareUrl?: (code: string) => string;
}

/** A participant's whole way: join with the code, then the quiz whose answers count in the workshop. */
export function WorkshopParticipant(props: WorkshopParticipantProps) {
  const participant = useWorkshopParticipant(props);
  return participant.step === "quiz" ? (
    <WorkshopQuiz participant={participant} {...props} />
  ) : (
    <WorkshopJoin participant={participant} {...props} />
  );
}
