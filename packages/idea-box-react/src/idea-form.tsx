import { ideaLimits } from "@communs/idea-box/client";
import type { ReactNode } from "react";
import type { IdeaPageT } from "@communs/idea-box/store";
import { useIdeaBox } from "./context";
import { ProblemMessage } from "./problem-message";
import { StatusBadge } from "./status-badge";
import { useIdeaForm, type IdeaFormField } from "./use-idea-form";

export type { IdeaFormValues } from "./use-idea-form";

export interface IdeaFormProps {
  /** Called with the idea the server accepted. */
  onPosted?: (idea: IdeaPageT) => void;
  /** Called when the person opens a similar idea. */
  onOpenIdea?: (id: string) => void;
  /** Draft slot (default "new-idea"): two forms on a page need two slots. */
  draftKey?: string;
  /** Delay before asking for similar ideas, in ms (default 350). */
  similarDelayMs?: number;
}

const modeLabel = {
  named: "authorshipNamed",
  team: "authorshipTeam",
  anonymous: "authorshipAnonymous",
} as const;

/** Post an idea: every field labelled, similar ideas as the title is typed, a draft kept locally. */
export function IdeaForm({ onPosted, onOpenIdea, draftKey, similarDelayMs }: IdeaFormProps) {
  const { t, tp } = useIdeaBox();
  const form = useIdeaForm({ onPosted, draftKey, similarDelayMs });
  const { values, errors, errorCount, failure, similar, box } = form;
  /** A labelled field; the hook's prop getters tie its hint and its error to the control. */
  const field = (
    name: IdeaFormField,
    control: ReactNode,
    { hint, optional = false }: { hint?: string; optional?: boolean } = {},
  ) => (
    <div className="communs-idea-box-field">
      <label {...form.getLabelProps(name)}>
        {t(name)}
        {optional && (
          <>
            {" "}
            <span className="communs-idea-box-muted">{t("optional")}</span>
          </>
        )}
      </label>
      {hint && (
        <p className="communs-idea-box-hint" {...form.getHintProps(name)}>
          {hint}
        </p>
      )}
      {control}
      {errors[name] && (
        <p className="communs-idea-box-error" {...form.getErrorProps(name)}>
          {errors[name]}
        </p>
      )}
    </div>
  );

  return (
    <form className="communs-idea-box-form" {...form.getFormProps()}>
      <h2 id={form.headingId} className="communs-idea-box-heading">
        {t("formTitle")}
      </h2>
      {form.restored && <p className="communs-idea-box-muted">{t("draftRestored")}</p>}
      {!form.draftsPersistent && (
        <p className="communs-idea-box-muted">{t("draftNotPersistent")}</p>
      )}
      <div
        ref={form.summaryRef}
        tabIndex={-1}
        className={errorCount > 0 || failure ? "communs-idea-box-summary" : undefined}
      >
        {errorCount > 0 && !failure && (
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
        {failure && <ProblemMessage problem={failure} draftKept />}
      </div>

      {field(
        "title",
        <input
          {...form.getFieldProps("title")}
          maxLength={ideaLimits.title[1]}
          autoComplete="off"
        />,
        { hint: t("titleHint") },
      )}
      {similar && similar.length > 0 && (
        <section className="communs-idea-box-similar" aria-labelledby={form.fieldId("similar")}>
          <h3 id={form.fieldId("similar")}>{t("similarHeading")}</h3>
          <ul>
            {similar.map((idea) => (
              <li key={idea.id}>
                <StatusBadge
                  status={idea.status}
                  label={box?.statuses.find((s) => s.key === idea.status)?.label}
                />{" "}
                {onOpenIdea ? (
                  <button
                    type="button"
                    className="communs-idea-box-link"
                    onClick={() => onOpenIdea(idea.id)}
                  >
                    {t("similarOpen", { title: idea.title })}
                  </button>
                ) : (
                  <span>{idea.title}</span>
                )}{" "}
                <button
                  type="button"
                  className="communs-idea-box-button"
                  onClick={() => void form.supportSimilar(idea.id)}
                >
                  {t("similarSupport", { title: idea.title })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {field("problem", <textarea rows={5} {...form.getFieldProps("problem")} />, {
        hint: t("problemHint"),
      })}
      {field("solution", <textarea rows={4} {...form.getFieldProps("solution")} />, {
        optional: true,
      })}
      {field("concerned", <input {...form.getFieldProps("concerned")} />, {
        hint: t("concernedHint"),
        optional: true,
      })}
      <div className="communs-idea-box-row">
        {field(
          "scope",
          <select {...form.getFieldProps("scope")}>
            {(box?.scopes ?? []).map((scope) => (
              <option key={scope.slug} value={scope.slug}>
                {scope.label}
              </option>
            ))}
            {!box && values.scope && <option value={values.scope}>{values.scope}</option>}
          </select>,
        )}
        {field(
          "theme",
          <select {...form.getFieldProps("theme")}>
            <option value="">{t("noTheme")}</option>
            {(box?.themes ?? []).map((theme) => (
              <option key={theme.slug} value={theme.slug}>
                {theme.label}
              </option>
            ))}
          </select>,
        )}
      </div>
      <fieldset className="communs-idea-box-fieldset">
        <legend>{t("authorship")}</legend>
        {(["named", "team", "anonymous"] as const).map((mode) => (
          <label key={mode} className="communs-idea-box-radio">
            <input {...form.getModeProps(mode)} /> {t(modeLabel[mode])}
          </label>
        ))}
        {values.mode === "team" && field("teamName", <input {...form.getFieldProps("teamName")} />)}
      </fieldset>
      <button
        className="communs-idea-box-button communs-idea-box-button--primary"
        {...form.getSubmitProps()}
      >
        {form.sending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
