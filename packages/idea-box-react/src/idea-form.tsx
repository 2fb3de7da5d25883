import { ideaLimits } from "@communs/idea-box/client";
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
  const errorOf = (name: IdeaFormField) =>
    errors[name] ? (
      <p className="communs-idea-box-error" {...form.getErrorProps(name)}>
        {errors[name]}
      </p>
    ) : null;
  const hint = (name: IdeaFormField, text: string) => (
    <p className="communs-idea-box-hint" {...form.getHintProps(name)}>
      {text}
    </p>
  );
  const optional = <span className="communs-idea-box-muted">{t("optional")}</span>;

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

      <div className="communs-idea-box-field">
        <label {...form.getLabelProps("title")}>{t("title")}</label>
        {hint("title", t("titleHint"))}
        <input
          {...form.getFieldProps("title")}
          maxLength={ideaLimits.title[1]}
          autoComplete="off"
        />
        {errorOf("title")}
      </div>
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
      <div className="communs-idea-box-field">
        <label {...form.getLabelProps("problem")}>{t("problem")}</label>
        {hint("problem", t("problemHint"))}
        <textarea rows={5} {...form.getFieldProps("problem")} />
        {errorOf("problem")}
      </div>
      <div className="communs-idea-box-field">
        <label {...form.getLabelProps("solution")}>
          {t("solution")} {optional}
        </label>
        <textarea rows={4} {...form.getFieldProps("solution")} />
        {errorOf("solution")}
      </div>
      <div className="communs-idea-box-field">
        <label {...form.getLabelProps("concerned")}>
          {t("concerned")} {optional}
        </label>
        {hint("concerned", t("concernedHint"))}
        <input {...form.getFieldProps("concerned")} />
        {errorOf("concerned")}
      </div>
      <div className="communs-idea-box-row">
        <div className="communs-idea-box-field">
          <label {...form.getLabelProps("scope")}>{t("scope")}</label>
          <select {...form.getFieldProps("scope")}>
            {(box?.scopes ?? []).map((scope) => (
              <option key={scope.slug} value={scope.slug}>
                {scope.label}
              </option>
            ))}
            {!box && values.scope && <option value={values.scope}>{values.scope}</option>}
          </select>
          {errorOf("scope")}
        </div>
        <div className="communs-idea-box-field">
          <label {...form.getLabelProps("theme")}>{t("theme")}</label>
          <select {...form.getFieldProps("theme")}>
            <option value="">{t("noTheme")}</option>
            {(box?.themes ?? []).map((theme) => (
              <option key={theme.slug} value={theme.slug}>
                {theme.label}
              </option>
            ))}
          </select>
          {errorOf("theme")}
        </div>
      </div>
      <fieldset className="communs-idea-box-fieldset">
        <legend>{t("authorship")}</legend>
        {(["named", "team", "anonymous"] as const).map((mode) => (
          <label key={mode} className="communs-idea-box-radio">
            <input {...form.getModeProps(mode)} /> {t(modeLabel[mode])}
          </label>
        ))}
        {values.mode === "team" && (
          <div className="communs-idea-box-field">
            <label {...form.getLabelProps("teamName")}>{t("teamName")}</label>
            <input {...form.getFieldProps("teamName")} />
            {errorOf("teamName")}
          </div>
        )}
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
