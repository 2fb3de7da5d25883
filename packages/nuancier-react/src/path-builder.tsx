import {
  buildPath,
  createShareLink,
  describeReason,
  formatHours,
  pathToCsv,
  pathToMarkdown,
  type PathConstraints,
} from "@communs/nuancier";
import { useEffect, useId, useMemo, useRef, useState, type DragEvent } from "react";
import type { NuancierCommonProps } from "./common";
import { downloadText } from "./download";
import { fill, resolveMessages } from "./i18n/format";
import { SectorSwatch } from "./sector-swatch";

export interface PathBuilderProps extends NuancierCommonProps {
  /** The chosen nuance ids, in order (controlled). */
  selection: readonly string[];
  onSelectionChange: (selection: string[]) => void;
  /** Starting constraints; the person can change order, budget and audience. */
  defaultConstraints?: PathConstraints;
  onConstraintsChange?: (constraints: PathConstraints) => void;
  /** Page the share link opens; the current page by default. */
  shareBaseUrl?: string;
  headingLevel?: 2 | 3;
}

const move = <T,>(list: readonly T[], from: number, to: number): T[] => {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
};

/**
 * The path builder: the chosen nuances (reorder with buttons or drag and drop, remove),
 * constraints, the resulting path with formats, durations and reasons, and its exports.
 */
export function PathBuilder({
  data,
  locale = "fr",
  messages,
  selection,
  onSelectionChange,
  defaultConstraints = {},
  onConstraintsChange,
  shareBaseUrl,
  headingLevel = 2,
}: PathBuilderProps) {
  const text = resolveMessages(locale, messages);
  const id = useId();
  const [constraints, setConstraints] = useState<PathConstraints>(defaultConstraints);
  const [announcement, setAnnouncement] = useState("");
  const [shareLink, setShareLink] = useState("");
  const [dragged, setDragged] = useState<number | null>(null);
  // After a removal the removed button is gone: focus goes to the next item's Remove button,
  // or to the section's heading when the list is empty, never to the page's body.
  const [focusAfterRemove, setFocusAfterRemove] = useState<number | null>(null);
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusAfterRemove === null) return;
    const section = sectionRef.current;
    const removes = section?.querySelectorAll<HTMLButtonElement>("[data-action='remove']");
    const target =
      removes?.[Math.min(focusAfterRemove, (removes?.length ?? 1) - 1)] ??
      section?.querySelector<HTMLElement>(".communs-nuancier__title");
    target?.focus();
    setFocusAfterRemove(null);
  }, [focusAfterRemove, selection]);
  const path = useMemo(
    () => buildPath(data, selection, constraints),
    [data, selection, constraints],
  );
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${headingLevel + 1}` as "h3" | "h4";
  const nameOf = (nuanceId: string) =>
    data.nuances.find((nuance) => nuance.id === nuanceId)?.name[locale] ?? nuanceId;

  const updateConstraints = (patch: Partial<PathConstraints>) => {
    const next = { ...constraints, ...patch };
    setConstraints(next);
    onConstraintsChange?.(next);
  };
  const reorder = (from: number, to: number) => {
    if (to < 0 || to >= selection.length || from === to) return;
    onSelectionChange(move(selection, from, to));
    setAnnouncement(
      fill(text.moved, {
        name: nameOf(selection[from]!),
        position: to + 1,
        count: selection.length,
      }),
    );
  };
  const remove = (index: number) => {
    const nuanceId = selection[index]!;
    onSelectionChange(selection.filter((_, position) => position !== index));
    setFocusAfterRemove(index);
    setAnnouncement(fill(text.removed, { name: nameOf(nuanceId) }));
  };
  const onDrop = (index: number) => (event: DragEvent) => {
    event.preventDefault();
    if (dragged !== null) reorder(dragged, index);
    setDragged(null);
  };
  const download = (extension: "md" | "csv") => {
    const fileName = `${text.fileName}.${extension}`;
    const content =
      extension === "md"
        ? pathToMarkdown(path, data, locale, text.pathTitle)
        : pathToCsv(path, data, locale);
    downloadText(fileName, content, extension === "md" ? "text/markdown" : "text/csv");
    setAnnouncement(fill(text.downloaded, { name: fileName }));
  };
  const share = async () => {
    const link = createShareLink(shareBaseUrl ?? window.location.href, {
      selection: [...selection],
      constraints,
    });
    setShareLink(link);
    try {
      await navigator.clipboard.writeText(link);
      setAnnouncement(text.shareCopied);
    } catch {
      setAnnouncement(text.shareReady);
    }
  };

  return (
    <section ref={sectionRef} className="communs-nuancier-path" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="communs-nuancier__title" tabIndex={-1}>
        {text.pathTitle}
      </Heading>
      <p role="status" className="communs-visually-hidden">
        {announcement}
      </p>
      {selection.length === 0 ? (
        <p className="communs-nuancier__intro">{text.pathEmpty}</p>
      ) : (
        <div className="communs-nuancier__no-print">
          <SubHeading id={`${id}-chosen`}>{text.pathChosen}</SubHeading>
          <p id={`${id}-help`} className="communs-nuancier__help">
            {text.pathReorderHelp}
          </p>
          <ol
            className="communs-nuancier-path__chosen"
            aria-labelledby={`${id}-chosen`}
            aria-describedby={`${id}-help`}
          >
            {selection.map((nuanceId, index) => {
              const nuance = data.nuances.find((entry) => entry.id === nuanceId);
              const sector = data.sectors.find((entry) => entry.id === nuance?.sectorId);
              // The visible label first, then the nuance's name: "Monter : Prototypage rapide".
              const labelFor = (action: string) =>
                `${action}${text.nameSeparator}${nameOf(nuanceId)}`;
              return (
                <li
                  key={nuanceId}
                  className="communs-nuancier-path__item"
                  draggable
                  data-dragging={dragged === index ? "true" : undefined}
                  onDragStart={(event) => {
                    event.dataTransfer.effectAllowed = "move";
                    event.dataTransfer.setData("text/plain", nuanceId);
                    setDragged(index);
                  }}
                  onDragOver={(event) => event.preventDefault()}
                  onDrop={onDrop(index)}
                  onDragEnd={() => setDragged(null)}
                >
                  {sector && <SectorSwatch sector={sector} size="small" />}
                  <span className="communs-nuancier-path__name">{nameOf(nuanceId)}</span>
                  <span className="communs-nuancier-path__actions">
                    <button
                      type="button"
                      className="communs-nuancier-button"
                      data-variant="secondary"
                      aria-label={labelFor(text.moveUp)}
                      aria-disabled={index === 0 ? "true" : undefined}
                      onClick={() => reorder(index, index - 1)}
                    >
                      {text.moveUp}
                    </button>
                    <button
                      type="button"
                      className="communs-nuancier-button"
                      data-variant="secondary"
                      aria-label={labelFor(text.moveDown)}
                      aria-disabled={index === selection.length - 1 ? "true" : undefined}
                      onClick={() => reorder(index, index + 1)}
                    >
                      {text.moveDown}
                    </button>
                    <button
                      type="button"
                      className="communs-nuancier-button"
                      data-variant="secondary"
                      aria-label={labelFor(text.remove)}
                      data-action="remove"
                      onClick={() => remove(index)}
                    >
                      {text.remove}
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
          <fieldset className="communs-nuancier-path__constraints">
            <legend>{text.constraintsTitle}</legend>
            <div className="communs-nuancier-field">
              <label htmlFor={`${id}-order`}>{text.orderLabel}</label>
              <select
                id={`${id}-order`}
                value={constraints.order ?? "as-selected"}
                onChange={(event) =>
                  updateConstraints({ order: event.target.value as PathConstraints["order"] })
                }
              >
                <option value="as-selected">{text.orderAsSelected}</option>
                <option value="progressive">{text.orderProgressive}</option>
              </select>
            </div>
            <div className="communs-nuancier-field">
              <label htmlFor={`${id}-hours`}>{text.maxHoursLabel}</label>
              <input
                id={`${id}-hours`}
                type="number"
                min={0}
                inputMode="numeric"
                value={constraints.maxHours ?? ""}
                onChange={(event) =>
                  updateConstraints({
                    maxHours: event.target.value === "" ? undefined : Number(event.target.value),
                  })
                }
              />
            </div>
            <div className="communs-nuancier-field">
              <label htmlFor={`${id}-audience`}>{text.audienceLabel}</label>
              <select
                id={`${id}-audience`}
                value={constraints.audience ?? ""}
                onChange={(event) =>
                  updateConstraints({ audience: event.target.value || undefined })
                }
              >
                <option value="">{text.any}</option>
                {data.audiences.map((audience) => (
                  <option key={audience.id} value={audience.id}>
                    {audience.name[locale]}
                  </option>
                ))}
              </select>
            </div>
          </fieldset>
        </div>
      )}
      {path.steps.length > 0 && (
        <div className="communs-nuancier-path__result">
          <SubHeading>{text.resultTitle}</SubHeading>
          <p className="communs-nuancier-path__total">
            {fill(text.totalDuration, { duration: formatHours(path.totalHours, locale) })}
          </p>
          <ol className="communs-nuancier-path__steps">
            {path.steps.map((step) => {
              const sector = data.sectors.find((entry) => entry.id === step.sectorId);
              const format = data.formats.find((entry) => entry.id === step.formatId);
              return (
                <li key={step.nuanceId} className="communs-nuancier-path__step">
                  <p className="communs-nuancier-path__step-title">
                    {sector && <SectorSwatch sector={sector} size="small" />}
                    <strong>{nameOf(step.nuanceId)}</strong>
                    <span>
                      {" "}
                      ({sector?.name[locale]}, {text.kind[step.kind]})
                    </span>
                  </p>
                  <p>
                    {fill(text.stepFormat, {
                      format: format?.name[locale] ?? step.formatId,
                      duration: formatHours(step.hours, locale),
                    })}
                    {format?.span ? ` (${format.span[locale]})` : ""}
                  </p>
                  <p className="communs-nuancier-path__why">{text.why}</p>
                  <ul>
                    {step.reasons.map((reason) => (
                      <li key={reason.code}>{describeReason(reason, data, locale)}</li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ol>
          {path.issues.length > 0 && (
            <ul className="communs-nuancier-issues">
              {path.issues.map((issue) => (
                <li key={`${issue.path}-${issue.code}`}>
                  {fill(
                    (text.pathIssue as Record<string, string>)[issue.code] ?? issue.code,
                    issue.params,
                  )}
                </li>
              ))}
            </ul>
          )}
          <p className="communs-nuancier__help">{fill(text.licence, { licence: data.licence })}</p>
          <div className="communs-nuancier-path__exports communs-nuancier__no-print">
            <button
              type="button"
              className="communs-nuancier-button"
              onClick={() => download("md")}
            >
              {text.exportMarkdown}
            </button>
            <button
              type="button"
              className="communs-nuancier-button"
              onClick={() => download("csv")}
            >
              {text.exportCsv}
            </button>
            <button
              type="button"
              className="communs-nuancier-button"
              onClick={() => window.print()}
            >
              {text.print}
            </button>
            <button type="button" className="communs-nuancier-button" onClick={() => void share()}>
              {text.share}
            </button>
          </div>
          {shareLink && (
            <div className="communs-nuancier-field communs-nuancier-field--wide communs-nuancier__no-print">
              <label htmlFor={`${id}-share`}>{text.shareLabel}</label>
              <input
                id={`${id}-share`}
                type="url"
                readOnly
                value={shareLink}
                onFocus={(event) => event.target.select()}
              />
            </div>
          )}
        </div>
      )}
    </section>
  );
}
