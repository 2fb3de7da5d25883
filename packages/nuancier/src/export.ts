import { fill as fillIn, type ParamValue } from "@communs/i18n";
import { toCsv } from "@communs/i18n/csv";
import { exportMessagesEn } from "./i18n/messages.en";
import { exportMessagesFr, type ExportMessages } from "./i18n/messages.fr";
import {
  messageLocale,
  textIn,
  type ContentLocale,
  type Contribution,
  type LocalizedText,
  type NuanceKind,
  type NuancierData,
} from "./model";
import type { PathReason, PathStep, TrainingPath } from "./path";

const catalogues = { fr: exportMessagesFr, en: exportMessagesEn } as const;

/**
 * The export sentences for a reader of `locale`: French or English, the first along its
 * fallbacks, with numbers and lists written as that language writes them.
 */
function sentences(locale: ContentLocale, data?: Pick<NuancierData, "languages">) {
  const language = messageLocale(locale, data);
  const text: ExportMessages = catalogues[language];
  const fill = (template: string, params: Record<string, ParamValue>) =>
    fillIn(template, params, language);
  return { language, text, fill };
}

/** "7 h", "14 à 21 h": contact hours in the locale's number format. */
export function formatHours(hours: { min: number; max: number }, locale: ContentLocale): string {
  const { text, fill } = sentences(locale);
  return hours.min === hours.max
    ? fill(text.hours, { min: hours.min })
    : fill(text.hoursRange, { min: hours.min, max: hours.max });
}

export const kindLabel = (kind: NuanceKind, locale: ContentLocale) =>
  sentences(locale).text.kinds[kind];

type Collection = Contribution["texts"][number]["collection"];

/** The name of an entry for a reader of `locale`, or its id when the palette lacks it. */
function nameIn(data: NuancierData, collection: Collection, id: string, locale: ContentLocale) {
  const entries: readonly { id: string; name: LocalizedText }[] = data[collection];
  const entry = entries.find((candidate) => candidate.id === id);
  return entry ? textIn(entry.name, locale, data) : id;
}

/** One sentence per reason code, for exports; UIs may use their own messages instead. */
export function describeReason(
  reason: PathReason,
  data: NuancierData,
  locale: ContentLocale,
): string {
  const { text, fill } = sentences(locale, data);
  const params: Record<string, ParamValue> = { ...reason.params };
  if ("formatId" in reason.params) {
    params.format = nameIn(data, "formats", reason.params.formatId, locale);
  }
  if ("audience" in reason.params) {
    params.audience = nameIn(data, "audiences", reason.params.audience, locale);
  }
  if ("kind" in reason.params) params.kind = text.kinds[reason.params.kind];
  return fill(text.reason[reason.code], params);
}

/** Who wrote the texts an export shows: the palette's authors, then each overlay's. */
export interface PathCredits {
  /** The palette's own credit line: title, licence and attribution. */
  palette: { title: string; licence: string; attribution: string; text: string };
  /** Overlays whose texts appear in the export, each with the names of those texts. */
  contributions: {
    name?: string;
    url?: string;
    licence?: string;
    attribution: string;
    /** Names of the shown entries the overlay added or renamed. */
    texts: string[];
    text: string;
  }[];
}

type Shown = { collection: Collection; id: string };

/** The contributions whose texts an entry shows: the ones that added or renamed it. */
const creditedFor = (data: NuancierData, shown: Shown) =>
  (data.contributions ?? []).filter((contribution) =>
    contribution.texts.some(
      (text) =>
        text.collection === shown.collection &&
        text.id === shown.id &&
        (!text.fields || text.fields.includes("name")),
    ),
  );

const shownIn = (step: PathStep): Shown[] => [
  { collection: "nuances", id: step.nuanceId },
  { collection: "sectors", id: step.sectorId },
  { collection: "formats", id: step.formatId },
];

/**
 * The credits an export of `path` owes: the palette's, and each overlay whose texts it shows,
 * so that an overlay's texts are credited to their authors under their licence.
 */
export function pathCredits(
  path: TrainingPath,
  data: NuancierData,
  locale: ContentLocale = "fr",
): PathCredits {
  const { text, fill } = sentences(locale, data);
  const title = textIn(data.title, locale, data);
  const attribution = textIn(data.attribution, locale, data);
  const texts = new Map<Contribution, Set<string>>();
  for (const step of path.steps) {
    for (const shown of shownIn(step)) {
      for (const contribution of creditedFor(data, shown)) {
        const names = texts.get(contribution) ?? new Set<string>();
        names.add(nameIn(data, shown.collection, shown.id, locale));
        texts.set(contribution, names);
      }
    }
  }
  return {
    palette: {
      title,
      licence: data.licence,
      attribution,
      text: fill(text.paletteCredit, { title, licence: data.licence, attribution }),
    },
    contributions: (data.contributions ?? [])
      .filter((contribution) => texts.has(contribution))
      .map((contribution) => {
        const names = [...texts.get(contribution)!];
        const said = contribution.attribution
          ? textIn(contribution.attribution, locale, data)
          : contribution.name
            ? fill(text.contributionBy, { name: contribution.name })
            : text.contributionAnonymous;
        const params = {
          texts: names,
          attribution: said,
          licence: contribution.licence ?? "",
        };
        return {
          ...(contribution.name === undefined ? {} : { name: contribution.name }),
          ...(contribution.url === undefined ? {} : { url: contribution.url }),
          ...(contribution.licence === undefined ? {} : { licence: contribution.licence }),
          attribution: said,
          texts: names,
          text: fill(
            contribution.licence ? text.contributionCredit : text.contributionCreditNoLicence,
            params,
          ),
        };
      }),
  };
}

function describeStep(step: PathStep, data: NuancierData, locale: ContentLocale) {
  return {
    nuance: nameIn(data, "nuances", step.nuanceId, locale),
    sector: nameIn(data, "sectors", step.sectorId, locale),
    format: nameIn(data, "formats", step.formatId, locale),
    kind: kindLabel(step.kind, messageLocale(locale, data)),
    duration: formatHours(step.hours, messageLocale(locale, data)),
    reasons: step.reasons.map((reason) => describeReason(reason, data, locale)),
  };
}

/**
 * The path as a Markdown document: title, total duration, one numbered item per step, and the
 * credits: the palette's, then each overlay whose texts it shows.
 */
export function pathToMarkdown(
  path: TrainingPath,
  data: NuancierData,
  locale: ContentLocale = "fr",
  title?: string,
): string {
  const { text, fill, language } = sentences(locale, data);
  const lines = [
    `# ${title ?? text.title}`,
    "",
    fill(text.total, { duration: formatHours(path.totalHours, language) }),
    "",
  ];
  for (const step of path.steps) {
    const described = describeStep(step, data, locale);
    lines.push(
      fill(text.stepLine, { position: step.position, ...described, reasons: "" }),
      ...described.reasons.map((reason) => `   - ${fill(text.why, { reason })}`),
    );
  }
  const credits = pathCredits(path, data, locale);
  lines.push("", `_${credits.palette.text}_`);
  for (const contribution of credits.contributions) {
    const by = contribution.url ? ` <${contribution.url}>` : "";
    lines.push("", `_${contribution.text}_${by}`);
  }
  lines.push("");
  return lines.join("\n");
}

/**
 * The path as CSV (UTF-8 with a byte-order mark so that Excel keeps accents, comma-separated,
 * CRLF line ends, header row; a text starting like a formula is neutralised), one row per step;
 * the last column credits the authors of the row's texts and their licence.
 */
export function pathToCsv(
  path: TrainingPath,
  data: NuancierData,
  locale: ContentLocale = "fr",
): string {
  const { text, fill } = sentences(locale, data);
  const column = text.column;
  const palette = fill(text.shortCredit, {
    name: textIn(data.attribution, locale, data).replace(/\.$/, ""),
    licence: data.licence,
  });
  const header = [
    column.step,
    column.sector,
    column.nuance,
    column.kind,
    column.format,
    column.minHours,
    column.maxHours,
    column.why,
    column.credit,
  ];
  const rows: (string | number)[][] = [];
  for (const step of path.steps) {
    const described = describeStep(step, data, locale);
    const credits = new Set<string>();
    for (const shown of shownIn(step)) {
      const by = creditedFor(data, shown);
      if (by.length === 0) credits.add(palette);
      for (const contribution of by) {
        const name = contribution.name ?? text.contributionAnonymous;
        credits.add(
          contribution.licence
            ? fill(text.shortCredit, { name, licence: contribution.licence })
            : fill(text.shortCreditNoLicence, { name }),
        );
      }
    }
    rows.push([
      step.position,
      described.sector,
      described.nuance,
      described.kind,
      described.format,
      step.hours.min,
      step.hours.max,
      described.reasons.join(" "),
      [...credits].join(" ; "),
    ]);
  }
  return toCsv(rows, { header });
}

/** The path as a JSON document: steps with ids and texts, issues, and credits. */
export function pathToJson(
  path: TrainingPath,
  data: NuancierData,
  locale: ContentLocale = "fr",
): string {
  const { text, language } = sentences(locale, data);
  const document = {
    title: text.title,
    locale,
    totalHours: path.totalHours,
    totalDuration: formatHours(path.totalHours, language),
    constraints: path.constraints,
    steps: path.steps.map((step) => {
      const described = describeStep(step, data, locale);
      return {
        position: step.position,
        nuance: { id: step.nuanceId, name: described.nuance },
        sector: {
          id: step.sectorId,
          code: data.sectors.find((sector) => sector.id === step.sectorId)?.code,
          name: described.sector,
        },
        kind: { id: step.kind, label: described.kind },
        format: { id: step.formatId, name: described.format },
        hours: step.hours,
        duration: described.duration,
        reasons: step.reasons.map((reason, index) => ({
          ...reason,
          text: described.reasons[index],
        })),
      };
    }),
    issues: path.issues,
    credits: pathCredits(path, data, locale),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
