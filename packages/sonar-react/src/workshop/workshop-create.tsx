import { localize, type SonarLocale } from "@communs/sonar";
import type { Workshop } from "@communs/sonar/workshop";
import { useId, useState } from "react";
import { workshopTranslator, type WorkshopMessages } from "../i18n/workshop-messages";
import { ProblemAlert } from "./problem-alert";
import { DefinitionIssues } from "./definition-issues";
import { WorkshopField, WorkshopForm } from "./workshop-field";
import { useWorkshopCreate, type UseWorkshopCreateOptions } from "./use-workshop-create";

export interface WorkshopCreateProps extends UseWorkshopCreateOptions {
  locale?: SonarLocale;
  messages?: Partial<WorkshopMessages>;
  /** Shows an "Open the board" button after creation. */
  onOpenBoard?: (workshop: Workshop) => void;
}

/**
 * The facilitator's form: a title, a shipped edition or an uploaded definition (checked here,
 * every problem listed), then the join code, link and QR code returned by the server.
 */
export function WorkshopCreate(props: WorkshopCreateProps) {
  const { locale = "fr", messages, onOpenBoard } = props;
  const text = workshopTranslator(locale, messages);
  const create = useWorkshopCreate({ ...props, locale: props.locale });
  const { state } = create;
  const id = useId();
  const [copyStatus, setCopyStatus] = useState("");

  if (state.status === "created" && state.workshop) {
    const workshop = state.workshop;
    const copy = async () => {
      try {
        await navigator.clipboard.writeText(workshop.joinUrl);
        setCopyStatus(text.t("copied"));
      } catch {
        setCopyStatus(text.t("copyFailed"));
      }
    };
    return (
      <section className="communs-sonar communs-sonar-workshop-created" lang={locale}>
        <h2 tabIndex={-1} ref={(element) => element?.focus()}>
          {text.t("created", { title: workshop.title })}
        </h2>
        <dl className="communs-sonar-workshop-created__join">
          <dt>{text.t("joinCode")}</dt>
          <dd className="communs-sonar-workshop-code">{workshop.code}</dd>
          <dt>
            <label htmlFor={`${id}-link`}>{text.t("joinLink")}</label>
          </dt>
          <dd>
            <input
              id={`${id}-link`}
              className="communs-sonar-result__link"
              type="url"
              readOnly
              value={workshop.joinUrl}
              onFocus={(event) => event.target.select()}
            />
          </dd>
        </dl>
        {state.qrSvg && (
          <img
            className="communs-sonar-workshop-qr"
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(state.qrSvg)}`}
            alt={text.t("qrAlt", { link: workshop.joinUrl })}
          />
        )}
        <div className="communs-sonar-actions">
          <button type="button" className="communs-sonar-button" onClick={copy}>
            {text.t("copyLink")}
          </button>
          {onOpenBoard && (
            <button
              type="button"
              className="communs-sonar-button"
              onClick={() => onOpenBoard(workshop)}
            >
              {text.t("openBoard")}
            </button>
          )}
          <button
            type="button"
            className="communs-sonar-button communs-sonar-button--secondary"
            onClick={create.reset}
          >
            {text.t("createAnother")}
          </button>
        </div>
        <p role="status">{copyStatus}</p>
      </section>
    );
  }

  const file = state.file;
  const titleMissing = state.missing.includes("title");
  const fileMissing = state.missing.includes("file") && !file;
  return (
    <WorkshopForm
      className="communs-sonar-workshop-create"
      locale={locale}
      title={text.t("createTitle")}
      onSubmit={() => void create.create()}
    >
      <WorkshopField
        id={`${id}-name`}
        label={text.t("workshopTitle")}
        hint={text.t("workshopTitleHint")}
        error={titleMissing ? text.t("titleMissing") : null}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            required
            maxLength={120}
            value={state.title}
            onChange={(event) => create.setTitle(event.target.value)}
          />
        )}
      </WorkshopField>
      <fieldset className="communs-sonar-field">
        <legend>{text.t("sourceLegend")}</legend>
        {(
          [
            ["edition", text.t("sourceEdition")],
            ["upload", text.t("sourceUpload")],
          ] as const
        ).map(([source, label]) => (
          <label key={source}>
            <input
              type="radio"
              name={`${id}-source`}
              checked={state.source === source}
              onChange={() => create.setSource(source)}
            />{" "}
            {label}
          </label>
        ))}
      </fieldset>
      {state.source === "edition" ? (
        <WorkshopField id={`${id}-edition`} label={text.t("editionLabel")}>
          {(control) =>
            state.editions ? (
              <select
                {...control}
                value={state.edition}
                onChange={(event) => create.setEdition(event.target.value)}
              >
                {state.editions.map((edition) => (
                  <option key={edition.id} value={edition.id}>
                    {`${localize(edition.title, locale)} (${edition.version})`}
                  </option>
                ))}
              </select>
            ) : (
              <p role="status">{text.t("editionsLoading")}</p>
            )
          }
        </WorkshopField>
      ) : (
        <WorkshopField
          id={`${id}-file`}
          label={text.t("fileLabel")}
          hint={text.t("fileHint")}
          error={fileMissing ? text.t("fileMissing") : null}
        >
          {(control) => (
            <>
              <input
                {...control}
                type="file"
                accept="application/json,.json"
                onChange={(event) => void create.chooseFile(event.target.files?.[0] ?? null)}
              />
              {file && file.definition && (
                <p role="status" className="communs-sonar-notice">
                  {text.t("fileValid", {
                    file: file.name,
                    edition: file.definition.edition.id,
                    version: file.definition.edition.version,
                  })}
                </p>
              )}
              {file && file.issues.length > 0 && (
                <DefinitionIssues
                  issues={file.issues}
                  heading={text.t("issuesTitle", { count: file.issues.length, file: file.name })}
                  text={text}
                  locale={locale}
                />
              )}
            </>
          )}
        </WorkshopField>
      )}
      {create.serverIssues.length > 0 ? (
        <DefinitionIssues
          issues={create.serverIssues}
          heading={text.t("serverIssuesTitle", { count: create.serverIssues.length })}
          text={text}
          locale={locale}
        />
      ) : (
        <ProblemAlert error={state.error} text={text} />
      )}
      <div className="communs-sonar-actions">
        <button
          type="submit"
          className="communs-sonar-button"
          aria-disabled={!create.canCreate || undefined}
        >
          {state.status === "creating" ? text.t("creating") : text.t("create")}
        </button>
      </div>
    </WorkshopForm>
  );
}
