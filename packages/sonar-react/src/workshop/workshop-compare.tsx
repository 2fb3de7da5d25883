import { localize, type SonarDefinition, type SonarLocale } from "@communs/sonar";
import type { WorkshopComparison } from "@communs/sonar/workshop";
import { useId } from "react";
import { sonarTranslator, type SonarMessages } from "../i18n/messages";
import {
  workshopTranslator,
  type WorkshopMessages,
  type WorkshopTranslator,
} from "../i18n/workshop-messages";
import { ProblemAlert } from "./problem-alert";
import { useWorkshopCompare, type UseWorkshopCompareOptions } from "./use-workshop-compare";

export interface WorkshopCompareProps extends UseWorkshopCompareOptions {
  /** The edition's definition, for the names of axes, styles and stages (ids without it). */
  definition?: SonarDefinition | null;
  locale?: SonarLocale;
  messages?: Partial<WorkshopMessages>;
  /** Overrides of the texts shared with the team view ("Sans style", "Sans étape"). */
  sonarMessages?: Partial<SonarMessages>;
  /** The level of the section's heading (3 by default, as on the board). */
  headingLevel?: 2 | 3;
}

/**
 * Compares a workshop with another of the facilitator's workshops on the same edition: the
 * team's mean per axis, the share of each style and stage, before and after, with the change.
 */
export function WorkshopCompare(props: WorkshopCompareProps) {
  const {
    definition = null,
    enabled = true,
    locale = "fr",
    messages,
    sonarMessages,
    headingLevel = 3,
  } = props;
  const text = workshopTranslator(locale, messages);
  const compare = useWorkshopCompare(props);
  const id = useId();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const Subheading = headingLevel === 2 ? "h3" : "h4";
  const { candidates, comparison } = compare;
  const date = (iso: string) => text.date(iso, { dateStyle: "medium" });

  return (
    <section
      className="communs-sonar communs-sonar-compare"
      lang={locale}
      aria-labelledby={`${id}-title`}
    >
      <Heading id={`${id}-title`}>{text.t("compareTitle")}</Heading>
      <p id={`${id}-hint`} className="communs-sonar-note">
        {text.t("compareHint")}
      </p>
      {candidates === null ? (
        enabled && !compare.error && <p role="status">{text.t("compareLoading")}</p>
      ) : candidates.length === 0 ? (
        <p>{text.t("compareNone")}</p>
      ) : (
        <form
          className="communs-sonar-compare__form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void compare.compare();
          }}
        >
          <div className="communs-sonar-field">
            <label htmlFor={`${id}-other`}>{text.t("compareLabel")}</label>
            <select
              id={`${id}-other`}
              aria-describedby={`${id}-hint`}
              value={compare.other}
              onChange={(event) => compare.setOther(event.target.value)}
            >
              {candidates.map((workshop) => (
                <option key={workshop.id} value={workshop.id}>
                  {text.t("compareOption", {
                    title: workshop.title,
                    date: date(workshop.createdAt),
                  })}
                </option>
              ))}
            </select>
          </div>
          <div className="communs-sonar-actions">
            <button
              type="submit"
              className="communs-sonar-button"
              aria-disabled={compare.pending || undefined}
            >
              {compare.pending ? text.t("comparing") : text.t("compareSubmit")}
            </button>
          </div>
        </form>
      )}
      <ProblemAlert error={compare.error} text={text} />
      {comparison && (
        <div className="communs-sonar-compare__result">
          <Subheading {...compare.getResultProps()}>
            {text.t("comparisonTitle", {
              before: comparison.before.title,
              beforeDate: date(comparison.before.createdAt),
              after: comparison.after.title,
              afterDate: date(comparison.after.createdAt),
            })}
          </Subheading>
          <ComparisonTables
            comparison={comparison}
            definition={definition}
            locale={locale}
            text={text}
            sonarMessages={sonarMessages}
          />
        </div>
      )}
    </section>
  );
}

interface Row {
  key: string;
  label: string;
  before: number;
  after: number;
  change: number;
}

function ComparisonTables({
  comparison: { before, after, comparison },
  definition,
  locale,
  text,
  sonarMessages,
}: {
  comparison: WorkshopComparison;
  definition: SonarDefinition | null;
  locale: SonarLocale;
  text: WorkshopTranslator;
  sonarMessages?: Partial<SonarMessages>;
}) {
  const sonarText = sonarTranslator(locale, sonarMessages).messages;
  const label = (
    list: readonly { id: string; label: Record<string, string> }[] | undefined,
    key: string,
    none: string,
  ) => {
    if (key === "none") return none;
    const entry = list?.find((candidate) => candidate.id === key);
    return entry ? localize(entry.label, locale) : key;
  };
  const axes = comparison.axes.map((row) => ({
    ...row,
    key: row.axis,
    label: label(definition?.axes, row.axis, row.axis),
  }));
  const styles = comparison.styles.map((row) => ({
    ...row,
    key: row.style,
    label: label(definition?.styles, row.style, sonarText.noneStyle),
  }));
  const stages = comparison.stages.map((row) => ({
    ...row,
    key: row.stage,
    label: label(definition?.stages, row.stage, sonarText.noneStage),
  }));
  const largest = comparison.largestChange;
  // Against a workshop without responses every mean would "fall" to 0: say so instead.
  const empty = [before, after].find((side) => side.summary.respondents === 0);
  if (empty) return <p>{text.t("comparisonEmpty", { title: empty.title })}</p>;
  return (
    <>
      <p>
        {text.t("comparisonRespondents", {
          before: before.summary.respondents,
          after: after.summary.respondents,
        })}{" "}
        {largest
          ? text.t("comparisonLargest", { axis: label(definition?.axes, largest, largest) })
          : text.t("comparisonNoChange")}
      </p>
      <div className="communs-sonar-compare__tables">
        {[
          { caption: text.t("comparisonAxes"), rows: axes },
          { caption: text.t("comparisonStyles"), rows: styles },
          { caption: text.t("comparisonStages"), rows: stages },
        ]
          .filter((table) => table.rows.length > 0)
          .map((table) => (
            <ComparisonTable key={table.caption} {...table} text={text} />
          ))}
      </div>
    </>
  );
}

function ComparisonTable({
  caption,
  rows,
  text,
}: {
  caption: string;
  rows: Row[];
  text: WorkshopTranslator;
}) {
  const points = (change: number) => {
    const value = Math.round(change * 100);
    return text.t("changePoints", {
      count: Math.abs(value),
      signed: text.number(value, { signDisplay: "exceptZero" }),
    });
  };
  return (
    <table className="communs-sonar-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{text.t("comparisonItem")}</th>
          <th scope="col">{text.t("comparisonBefore")}</th>
          <th scope="col">{text.t("comparisonAfter")}</th>
          <th scope="col">{text.t("comparisonChange")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.key}
            data-change={row.change > 0 ? "up" : row.change < 0 ? "down" : undefined}
          >
            <th scope="row">{row.label}</th>
            <td>{text.percent(row.before)}</td>
            <td>{text.percent(row.after)}</td>
            <td>{points(row.change)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
