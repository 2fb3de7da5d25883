import { formatMessage } from "@communs/i18n";
import { csvMediaType } from "@communs/i18n/csv";
import {
  buildPath,
  createShareLink,
  describeReason,
  formatHours,
  pathCredits,
  pathToCsv,
  pathToJson,
  pathToMarkdown,
  textIn,
  type NuanceKind,
  type PathConstraints,
  type Sector,
  type TrainingFormat,
  type TrainingPath,
} from "@communs/nuancier";
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type DragEvent,
  type FocusEvent,
} from "react";
import type { NuancierCommonProps } from "./common";
import { downloadText } from "./download";
import { resolveMessages } from "./i18n/format";
import type { NuancierMessages } from "./i18n/messages.fr";

export interface UsePathBuilderOptions extends NuancierCommonProps {
  /** The chosen nuance ids, in order (controlled). */
  selection: readonly string[];
  onSelectionChange: (selection: string[]) => void;
  /** Starting constraints; the person can change order, budget and audience. */
  defaultConstraints?: PathConstraints;
  onConstraintsChange?: (constraints: PathConstraints) => void;
  /** Page the share link opens; the current page by default. */
  shareBaseUrl?: string;
}

export type PathExportFormat = "md" | "csv" | "json";

/** One chosen nuance, as the list of the selection shows it. */
export interface PathBuilderItem {
  nuanceId: string;
  index: number;
  name: string;
  sector?: Sector;
  isFirst: boolean;
  isLast: boolean;
}

/** One step of the built path, with its texts in the reader's language. */
export interface PathBuilderStep {
  nuanceId: string;
  position: number;
  name: string;
  sector?: Sector;
  sectorName: string;
  kind: NuanceKind;
  kindLabel: string;
  format?: TrainingFormat;
  /** "Formation-action sur un cas réel, 14 à 21 h". */
  formatText: string;
  /** How the format's hours spread, when it says: "sur cinq à six mois". */
  span?: string;
  reasons: { code: string; text: string }[];
}

type ButtonProps = {
  type: "button";
  "aria-label"?: string;
  "aria-disabled"?: "true";
  "data-action": string;
  onClick: () => void;
};

/**
 * The path builder's behaviour without its markup: state (the built path, constraints,
 * announcements, share link), actions, and prop getters that wire any markup to them, so an
 * integrator with their own design system (DSFR, GOV.UK…) reuses the behaviour and writes the
 * markup. `PathBuilder` is the shipped view over it.
 */
export interface PathBuilderApi {
  text: NuancierMessages;
  path: TrainingPath;
  constraints: PathConstraints;
  items: PathBuilderItem[];
  steps: PathBuilderStep[];
  /** The path's problems as sentences ("Aucun format ne convient…"). */
  issues: { pointer: string; code: string; text: string }[];
  /** "Durée totale : 20 à 33 h". */
  totalText: string;
  /**
   * Who wrote the texts shown and under which licence: the palette's licence, then each
   * overlay whose texts the path shows (its authors, not the palette's, are credited).
   */
  credits: string[];
  /** The latest thing to announce politely (move, removal, download, link copy). */
  announcement: string;
  /** The share link once made, "" before. */
  shareLink: string;
  draggedIndex: number | null;

  move(from: number, to: number): void;
  remove(index: number): void;
  updateConstraints(patch: Partial<PathConstraints>): void;
  /** The export as a file: name, content and media type. */
  exportFile(format: PathExportFormat): { fileName: string; content: string; type: string };
  download(format: PathExportFormat): void;
  print(): void;
  share(): Promise<void>;

  /** On the element around the builder: focus moves within it after a removal. */
  getSectionProps(): { ref: (element: HTMLElement | null) => void; "aria-labelledby": string };
  getTitleProps(): { id: string; tabIndex: -1; "data-path-title": "" };
  getStatusProps(): { role: "status" };
  getChosenHeadingProps(): { id: string };
  getHelpProps(): { id: string };
  getChosenListProps(): { "aria-labelledby": string; "aria-describedby": string };
  getItemProps(index: number): {
    draggable: true;
    "data-dragging"?: "true";
    onDragStart(event: DragEvent): void;
    onDragOver(event: DragEvent): void;
    onDrop(event: DragEvent): void;
    onDragEnd(): void;
  };
  getMoveUpButtonProps(index: number): ButtonProps;
  getMoveDownButtonProps(index: number): ButtonProps;
  getRemoveButtonProps(index: number): ButtonProps;
  getOrderLabelProps(): { htmlFor: string };
  getOrderSelectProps(): {
    id: string;
    value: NonNullable<PathConstraints["order"]>;
    onChange(event: ChangeEvent<HTMLSelectElement>): void;
  };
  getMaxHoursLabelProps(): { htmlFor: string };
  getMaxHoursInputProps(): {
    id: string;
    type: "number";
    min: 0;
    inputMode: "numeric";
    value: number | "";
    onChange(event: ChangeEvent<HTMLInputElement>): void;
  };
  getAudienceLabelProps(): { htmlFor: string };
  getAudienceSelectProps(): {
    id: string;
    value: string;
    onChange(event: ChangeEvent<HTMLSelectElement>): void;
  };
  /** The audiences to offer, "" first for "any". */
  audienceOptions: { value: string; label: string }[];
  getExportButtonProps(format: PathExportFormat): ButtonProps;
  getPrintButtonProps(): ButtonProps;
  getShareButtonProps(): ButtonProps;
  getShareLabelProps(): { htmlFor: string };
  getShareInputProps(): {
    id: string;
    type: "url";
    readOnly: true;
    value: string;
    onFocus(event: FocusEvent<HTMLInputElement>): void;
  };
}

const moveItem = <T>(list: readonly T[], from: number, to: number): T[] => {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
};

const mediaTypes: Record<PathExportFormat, string> = {
  md: "text/markdown;charset=utf-8",
  csv: csvMediaType,
  json: "application/json",
};

/** The path builder's state, actions and prop getters; see `PathBuilderApi`. */
export function usePathBuilder({
  data,
  locale = "fr",
  messages,
  selection,
  onSelectionChange,
  defaultConstraints = {},
  onConstraintsChange,
  shareBaseUrl,
}: UsePathBuilderOptions): PathBuilderApi {
  const text = resolveMessages(locale, messages, data);
  const id = useId();
  const sectionRef = useRef<HTMLElement | null>(null);
  const setSection = useCallback((element: HTMLElement | null) => {
    sectionRef.current = element;
  }, []);
  const [constraints, setConstraints] = useState<PathConstraints>(defaultConstraints);
  const [announcement, setAnnouncement] = useState("");
  const [shareLink, setShareLink] = useState("");
  const [draggedIndex, setDraggedIndex] = useState<number | null>(null);
  // After a removal the removed button is gone: focus goes to the next item's Remove button,
  // or to the title when the list is empty, never to the page's body.
  const [focusAfterRemove, setFocusAfterRemove] = useState<number | null>(null);
  useEffect(() => {
    if (focusAfterRemove === null) return;
    const section = sectionRef.current;
    const removes = section?.querySelectorAll<HTMLElement>("[data-action='remove']");
    const target =
      removes?.[Math.min(focusAfterRemove, (removes?.length ?? 1) - 1)] ??
      section?.querySelector<HTMLElement>("[data-path-title]");
    target?.focus();
    setFocusAfterRemove(null);
  }, [focusAfterRemove, selection]);

  const path = useMemo(
    () => buildPath(data, selection, constraints),
    [data, selection, constraints],
  );
  const say = (message: string, params: Record<string, string | number> = {}) =>
    formatMessage(message, params, locale);
  const nameOf = (nuanceId: string) => {
    const nuance = data.nuances.find((entry) => entry.id === nuanceId);
    return nuance ? textIn(nuance.name, locale, data) : nuanceId;
  };

  const move = (from: number, to: number) => {
    if (to < 0 || to >= selection.length || from === to) return;
    onSelectionChange(moveItem(selection, from, to));
    setAnnouncement(
      say(text.moved, {
        name: nameOf(selection[from]!),
        position: to + 1,
        count: selection.length,
      }),
    );
  };
  const remove = (index: number) => {
    const nuanceId = selection[index];
    if (nuanceId === undefined) return;
    onSelectionChange(selection.filter((_, position) => position !== index));
    setFocusAfterRemove(index);
    setAnnouncement(say(text.removed, { name: nameOf(nuanceId) }));
  };
  const updateConstraints = (patch: Partial<PathConstraints>) => {
    const next = { ...constraints, ...patch };
    setConstraints(next);
    onConstraintsChange?.(next);
  };
  const exportFile = (format: PathExportFormat) => ({
    fileName: `${text.fileName}.${format}`,
    content:
      format === "md"
        ? pathToMarkdown(path, data, locale, text.pathTitle)
        : format === "csv"
          ? pathToCsv(path, data, locale)
          : pathToJson(path, data, locale),
    type: mediaTypes[format],
  });
  const download = (format: PathExportFormat) => {
    const file = exportFile(format);
    downloadText(file.fileName, file.content, file.type);
    setAnnouncement(say(text.downloaded, { name: file.fileName }));
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

  const items = selection.map((nuanceId, index): PathBuilderItem => {
    const nuance = data.nuances.find((entry) => entry.id === nuanceId);
    const sector = data.sectors.find((entry) => entry.id === nuance?.sectorId);
    return {
      nuanceId,
      index,
      name: nameOf(nuanceId),
      ...(sector ? { sector } : {}),
      isFirst: index === 0,
      isLast: index === selection.length - 1,
    };
  });
  const steps = path.steps.map((step): PathBuilderStep => {
    const sector = data.sectors.find((entry) => entry.id === step.sectorId);
    const format = data.formats.find((entry) => entry.id === step.formatId);
    return {
      nuanceId: step.nuanceId,
      position: step.position,
      name: nameOf(step.nuanceId),
      ...(sector ? { sector } : {}),
      sectorName: sector ? textIn(sector.name, locale, data) : step.sectorId,
      kind: step.kind,
      kindLabel: text.kind[step.kind],
      ...(format ? { format } : {}),
      formatText: say(text.stepFormat, {
        format: format ? textIn(format.name, locale, data) : step.formatId,
        duration: formatHours(step.hours, locale),
      }),
      ...(format?.span ? { span: textIn(format.span, locale, data) } : {}),
      reasons: step.reasons.map((reason) => ({
        code: reason.code,
        text: describeReason(reason, data, locale),
      })),
    };
  });
  const issues = path.issues.map((issue) => ({
    pointer: issue.pointer,
    code: issue.code,
    text: formatMessage(
      (text.pathIssue as Record<string, string>)[issue.code] ?? issue.code,
      issue.params ?? {},
      locale,
    ),
  }));

  // A button made unusable keeps its focus and its name: aria-disabled, not disabled.
  const button = (
    action: string,
    onClick: () => void,
    label?: string,
    disabled = false,
  ): ButtonProps => ({
    type: "button",
    ...(label === undefined ? {} : { "aria-label": label }),
    ...(disabled ? { "aria-disabled": "true" as const } : {}),
    "data-action": action,
    onClick,
  });
  // The visible label first, then the nuance's name: "Monter : Prototypage rapide".
  const labelFor = (action: string, index: number) =>
    `${action}${text.nameSeparator}${nameOf(selection[index] ?? "")}`;

  return {
    text,
    path,
    constraints,
    items,
    steps,
    issues,
    totalText: say(text.totalDuration, { duration: formatHours(path.totalHours, locale) }),
    credits: [
      say(text.licence, { licence: data.licence }),
      ...pathCredits(path, data, locale).contributions.map((credit) => credit.text),
    ],
    announcement,
    shareLink,
    draggedIndex,
    move,
    remove,
    updateConstraints,
    exportFile,
    download,
    print: () => window.print(),
    share,
    getSectionProps: () => ({ ref: setSection, "aria-labelledby": `${id}-title` }),
    getTitleProps: () => ({ id: `${id}-title`, tabIndex: -1, "data-path-title": "" }),
    getStatusProps: () => ({ role: "status" }),
    getChosenHeadingProps: () => ({ id: `${id}-chosen` }),
    getHelpProps: () => ({ id: `${id}-help` }),
    getChosenListProps: () => ({
      "aria-labelledby": `${id}-chosen`,
      "aria-describedby": `${id}-help`,
    }),
    getItemProps: (index) => ({
      draggable: true,
      ...(draggedIndex === index ? { "data-dragging": "true" as const } : {}),
      onDragStart(event) {
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", selection[index] ?? "");
        setDraggedIndex(index);
      },
      onDragOver: (event) => event.preventDefault(),
      onDrop(event) {
        event.preventDefault();
        if (draggedIndex !== null) move(draggedIndex, index);
        setDraggedIndex(null);
      },
      onDragEnd: () => setDraggedIndex(null),
    }),
    getMoveUpButtonProps: (index) =>
      button("move-up", () => move(index, index - 1), labelFor(text.moveUp, index), index === 0),
    getMoveDownButtonProps: (index) =>
      button(
        "move-down",
        () => move(index, index + 1),
        labelFor(text.moveDown, index),
        index === selection.length - 1,
      ),
    getRemoveButtonProps: (index) =>
      button("remove", () => remove(index), labelFor(text.remove, index)),
    getOrderLabelProps: () => ({ htmlFor: `${id}-order` }),
    getOrderSelectProps: () => ({
      id: `${id}-order`,
      value: constraints.order ?? "as-selected",
      onChange: (event) =>
        updateConstraints({ order: event.target.value as PathConstraints["order"] }),
    }),
    getMaxHoursLabelProps: () => ({ htmlFor: `${id}-hours` }),
    getMaxHoursInputProps: () => ({
      id: `${id}-hours`,
      type: "number",
      min: 0,
      inputMode: "numeric",
      value: constraints.maxHours ?? "",
      onChange: (event) =>
        updateConstraints({
          maxHours: event.target.value === "" ? undefined : Number(event.target.value),
        }),
    }),
    getAudienceLabelProps: () => ({ htmlFor: `${id}-audience` }),
    getAudienceSelectProps: () => ({
      id: `${id}-audience`,
      value: constraints.audience ?? "",
      onChange: (event) => updateConstraints({ audience: event.target.value || undefined }),
    }),
    audienceOptions: [
      { value: "", label: text.any },
      ...data.audiences.map((audience) => ({
        value: audience.id,
        label: textIn(audience.name, locale, data),
      })),
    ],
    getExportButtonProps: (format) => button(`export-${format}`, () => download(format)),
    getPrintButtonProps: () => button("print", () => window.print()),
    getShareButtonProps: () => button("share", () => void share()),
    getShareLabelProps: () => ({ htmlFor: `${id}-share` }),
    getShareInputProps: () => ({
      id: `${id}-share`,
      type: "url",
      readOnly: true,
      value: shareLink,
      onFocus: (event) => event.target.select(),
    }),
  };
}
