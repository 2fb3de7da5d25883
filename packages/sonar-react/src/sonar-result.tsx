import {
  encodeShareCode,
  localize,
  scoreAnswers,
  type Answers,
  type SonarDefinition,
  type SonarLocale,
  type SonarResult as SonarResultData,
} from "@communs/sonar";
import { SHARE_PARAMETER } from "./share-parameter";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { sonarTranslator, type SonarMessages } from "./i18n/messages";
import { SonarRadar } from "./sonar-radar";
import { SonarTrajectory } from "./sonar-trajectory";

export interface SonarResultProps {
  definition: SonarDefinition;
  /** The answers behind the result: they feed the share link and the export. */
  answers: Answers;
  /** A result already computed; scored from `answers` when left out. */
  result?: SonarResultData;
  locale?: SonarLocale;
  messages?: Partial<SonarMessages>;
  /** Builds the share link from a share code; by default the current page with `?sonar=<code>`. */
  shareUrl?: (code: string) => string;
  /** Shows a "Start again" button. */
  onRestart?: () => void;
  /** Moves focus to the result heading when it appears (after a quiz). */
  autoFocus?: boolean;
}

export { SHARE_PARAMETER };

function defaultShareUrl(code: string): string {
  if (typeof location === "undefined") return `?${SHARE_PARAMETER}=${code}`;
  const url = new URL(location.href);
  url.searchParams.delete(SHARE_PARAMETER);
  const hash = url.hash;
  url.hash = "";
  // Share codes are URL-safe: appended as is, since URLSearchParams would escape "~".
  return `${url.toString()}${url.search ? "&" : "?"}${SHARE_PARAMETER}=${code}${hash}`;
}

/** Style, scores, stage, next steps, pitfalls and glossary, with share link, JSON export and a poster print view. */
export function SonarResult({
  definition,
  answers,
  result: given,
  locale = "fr",
  messages,
  shareUrl = defaultShareUrl,
  onRestart,
  autoFocus = false,
}: SonarResultProps) {
  const i18n = sonarTranslator(locale, messages);
  const text = i18n.messages;
  const result = useMemo(
    () => given ?? scoreAnswers(definition, answers),
    [given, definition, answers],
  );
  const code = useMemo(() => encodeShareCode(definition, answers), [definition, answers]);
  const link = shareUrl(code);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copyStatus, setCopyStatus] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const linkId = useId();
  const find = <T extends { id: string }>(list: T[], id: string | null) =>
    list.find((entry) => entry.id === id);
  const style = find(definition.styles, result.style.style);
  const nearest = find(definition.styles, result.style.nearest);
  const runnerUp = find(definition.styles, result.style.runnerUp);
  const stage = find(definition.stages, result.stage.stage);
  const styleName = style ? localize(style.label, locale) : text.none;
  const stageName = stage ? localize(stage.label, locale) : text.none;

  // A model without stages has no trajectory: the announcement says nothing of one.
  const resultAnnouncement =
    definition.stages.length > 0
      ? i18n.t("resultAnnouncement", { style: styleName, stage: stageName })
      : i18n.t("resultAnnouncementNoStage", { style: styleName });
  useEffect(() => {
    if (autoFocus) headingRef.current?.focus();
    // Filled after mounting so that screen readers announce it as a change.
    setAnnouncement(resultAnnouncement);
  }, [autoFocus, resultAnnouncement]);

  const verdict = {
    clear: i18n.t("verdictClear", { confidence: i18n.percent(result.style.confidence) }),
    "close-call": i18n.t("verdictClose", {
      nearest: nearest ? localize(nearest.label, locale) : "",
      runnerUp: runnerUp ? localize(runnerUp.label, locale) : "",
    }),
    balanced: text.verdictBalanced,
    tie: i18n.t("verdictTie", {
      styles: i18n.list(
        result.style.tied.map((id) => localize(find(definition.styles, id)?.label, locale)),
      ),
    }),
    "not-enough-answers": text.verdictNone,
  }[result.style.verdict];

  const exportHref = `data:application/json;charset=utf-8,${encodeURIComponent(
    JSON.stringify(
      {
        edition: definition.edition.id,
        version: definition.edition.version,
        code,
        answers,
        result,
      },
      null,
      2,
    ),
  )}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopyStatus(text.copied);
    } catch {
      const input = document.getElementById(linkId) as HTMLInputElement | null;
      input?.select();
      setCopyStatus(text.copyFailed);
    }
  };

  const stageText = (kind: "remedy" | "signal", stageId: string, index: number) => {
    const source = find(definition.stages, stageId);
    const list = kind === "remedy" ? source?.remedies : source?.signals;
    return localize(list?.[index], locale);
  };
  const families = definition.conceptFamilies;

  return (
    <article className="communs-sonar-result" data-verdict={result.style.verdict}>
      <header className="communs-sonar-result__header">
        <h2 ref={headingRef} tabIndex={-1}>
          {text.resultTitle}
        </h2>
        <p className="communs-sonar-result__edition">
          {localize(definition.edition.title, locale)}
        </p>
        <p className="communs-sonar-note">{text.resultIntro}</p>
        <p className="communs-sonar-visually-hidden" role="status">
          {announcement}
        </p>
      </header>

      <section className="communs-sonar-result__style" aria-labelledby={`${linkId}-style`}>
        <h3 id={`${linkId}-style`}>{text.styleTitle}</h3>
        <p className="communs-sonar-result__style-name">{styleName}</p>
        <p>{verdict}</p>
        {style && (
          <>
            <p>{localize(style.summary, locale)}</p>
            <dl className="communs-sonar-result__traits">
              <dt>{text.strength}</dt>
              <dd>{localize(style.strength, locale)}</dd>
              <dt>{text.weakSpot}</dt>
              <dd>{localize(style.weakSpot, locale)}</dd>
            </dl>
          </>
        )}
      </section>

      <section className="communs-sonar-result__axes" aria-labelledby={`${linkId}-axes`}>
        <h3 id={`${linkId}-axes`}>{text.axesTitle}</h3>
        <SonarRadar
          definition={definition}
          series={{
            values: Object.fromEntries(result.axes.map((axis) => [axis.axis, axis.score])),
          }}
          locale={locale}
          messages={messages}
        />
      </section>

      <SonarTrajectory
        definition={definition}
        placement={result.stage}
        locale={locale}
        messages={messages}
      />

      {result.nextSteps.length > 0 && (
        <section className="communs-sonar-result__next" aria-labelledby={`${linkId}-next`}>
          <h3 id={`${linkId}-next`}>{text.nextStepsTitle}</h3>
          <ul>
            {result.nextSteps.map((step) => (
              <li key={`${step.stage}-${step.kind}-${step.index}`}>
                {stageText(step.kind, step.stage, step.index)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {result.pitfalls.length > 0 && (
        <section className="communs-sonar-result__pitfalls" aria-labelledby={`${linkId}-pitfalls`}>
          <h3 id={`${linkId}-pitfalls`}>{text.pitfallsTitle}</h3>
          <ul>
            {result.pitfalls.map((pitfall) => (
              <li key={`${pitfall.stage}-${pitfall.index}`}>
                {localize(find(definition.stages, pitfall.stage)?.pitfalls[pitfall.index], locale)}
              </li>
            ))}
          </ul>
        </section>
      )}

      {definition.concepts.length > 0 && (
        <details className="communs-sonar-result__glossary">
          <summary>{text.glossaryTitle}</summary>
          {families.map((family) => (
            <section key={family.id}>
              <h4>{localize(family.label, locale)}</h4>
              <dl>
                {definition.concepts
                  .filter((concept) => concept.family === family.id)
                  .map((concept) => (
                    <div key={concept.id}>
                      <dt>{localize(concept.label, locale)}</dt>
                      <dd>{localize(concept.text, locale)}</dd>
                    </div>
                  ))}
              </dl>
            </section>
          ))}
          {definition.policyCycle.length > 0 && (
            <section>
              <h4>{text.policyCycleTitle}</h4>
              <ol>
                {[...definition.policyCycle]
                  .sort((a, b) => a.order - b.order)
                  .map((step) => (
                    <li key={step.id}>
                      <strong>{localize(step.label, locale)}</strong> (
                      {step.position === "upstream" ? text.upstream : text.downstream}) :{" "}
                      {localize(step.text, locale)}
                    </li>
                  ))}
              </ol>
            </section>
          )}
        </details>
      )}

      <section className="communs-sonar-result__share" aria-labelledby={`${linkId}-share`}>
        <h3 id={`${linkId}-share`}>{text.shareTitle}</h3>
        <label htmlFor={linkId}>{text.shareLinkLabel}</label>
        <input
          id={linkId}
          className="communs-sonar-result__link"
          type="url"
          readOnly
          value={link}
          onFocus={(event) => event.target.select()}
        />
        <div className="communs-sonar-actions">
          <button type="button" className="communs-sonar-button" onClick={copy}>
            {text.copyLink}
          </button>
          <a
            className="communs-sonar-button"
            href={exportHref}
            download={`sonar-${definition.edition.id}.json`}
          >
            {text.exportJson}
          </a>
          <button type="button" className="communs-sonar-button" onClick={() => window.print()}>
            {text.print}
          </button>
          {onRestart && (
            <button
              type="button"
              className="communs-sonar-button communs-sonar-button--secondary"
              onClick={onRestart}
            >
              {text.startAgain}
            </button>
          )}
        </div>
        <p role="status" className="communs-sonar-result__copy-status">
          {copyStatus}
        </p>
      </section>
      <footer className="communs-sonar-result__print-footer">
        {i18n.t("printedBy", {
          edition: localize(definition.edition.title, locale),
          version: definition.edition.version,
        })}
      </footer>
    </article>
  );
}
