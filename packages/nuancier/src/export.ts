import type { Locale, NuanceKind, NuancierData } from "./model";
import type { PathReason, PathStep, TrainingPath } from "./path";

const words = {
  fr: {
    title: "Parcours de formation",
    total: "Durée totale",
    step: "Étape",
    sector: "Secteur",
    nuance: "Nuance",
    kind: "Nature",
    format: "Format",
    minHours: "Heures (min.)",
    maxHours: "Heures (max.)",
    why: "Pourquoi",
    licence: "Contenu sous licence",
    kinds: { being: "être", doing: "faire", acting: "agir" },
    hours: (min: string, max: string) => (min === max ? `${min} h` : `${min} à ${max} h`),
  },
  en: {
    title: "Training path",
    total: "Total duration",
    step: "Step",
    sector: "Sector",
    nuance: "Nuance",
    kind: "Kind",
    format: "Format",
    minHours: "Hours (min)",
    maxHours: "Hours (max)",
    why: "Why",
    licence: "Content licensed under",
    kinds: { being: "being", doing: "doing", acting: "acting" },
    hours: (min: string, max: string) => (min === max ? `${min} h` : `${min} to ${max} h`),
  },
} as const;

/** "7 h", "14 à 21 h": contact hours in the locale's number format. */
const numberFormats = new Map<Locale, Intl.NumberFormat>();

export function formatHours(hours: { min: number; max: number }, locale: Locale): string {
  let number = numberFormats.get(locale);
  if (!number) {
    number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    numberFormats.set(locale, number);
  }
  return words[locale].hours(number.format(hours.min), number.format(hours.max));
}

export const kindLabel = (kind: NuanceKind, locale: Locale) => words[locale].kinds[kind];

/** One sentence per reason code, for exports; UIs may use their own messages instead. */
export function describeReason(reason: PathReason, data: NuancierData, locale: Locale): string {
  const fr = locale === "fr";
  const format = (id: string) => data.formats.find((entry) => entry.id === id)?.name[locale] ?? id;
  const audience = (id: string) =>
    data.audiences.find((entry) => entry.id === id)?.name[locale] ?? id;
  switch (reason.code) {
    case "order-as-selected":
      return fr
        ? `À la place choisie (n° ${reason.params.position}).`
        : `In the chosen place (no. ${reason.params.position}).`;
    case "order-progressive":
      return fr
        ? `Progression être → faire → agir : une nuance pour ${words.fr.kinds[reason.params.kind]}.`
        : `Being → doing → acting progression: a nuance of ${words.en.kinds[reason.params.kind]}.`;
    case "format-preferred":
      return fr
        ? `${format(reason.params.formatId)} : un format que vous préférez.`
        : `${format(reason.params.formatId)}: a format you prefer.`;
    case "format-fits-budget":
      return fr
        ? `${format(reason.params.formatId)} tient dans les ${reason.params.remainingHours} h restantes.`
        : `${format(reason.params.formatId)} fits in the ${reason.params.remainingHours} h left.`;
    case "format-fits-group":
      return fr
        ? `${format(reason.params.formatId)} convient à un groupe de ${reason.params.groupSize}.`
        : `${format(reason.params.formatId)} suits a group of ${reason.params.groupSize}.`;
    case "format-varies":
      return fr
        ? `${format(reason.params.formatId)} varie les façons d'apprendre.`
        : `${format(reason.params.formatId)} varies the ways of learning.`;
    case "format-shortest":
      return fr
        ? `${format(reason.params.formatId)} : le format adapté le plus court.`
        : `${format(reason.params.formatId)}: the shortest suitable format.`;
    case "audience-outside":
      return fr
        ? `Attention : pas d'abord pensée pour ${audience(reason.params.audience)}.`
        : `Note: not primarily meant for ${audience(reason.params.audience)}.`;
  }
}

function describeStep(step: PathStep, data: NuancierData, locale: Locale) {
  const nuance = data.nuances.find((entry) => entry.id === step.nuanceId);
  const sector = data.sectors.find((entry) => entry.id === step.sectorId);
  const format = data.formats.find((entry) => entry.id === step.formatId);
  return {
    nuance: nuance?.name[locale] ?? step.nuanceId,
    sector: sector?.name[locale] ?? step.sectorId,
    format: format?.name[locale] ?? step.formatId,
    kind: kindLabel(step.kind, locale),
    reasons: step.reasons.map((reason) => describeReason(reason, data, locale)),
  };
}

/** The path as a Markdown document: title, total duration, one numbered item per step. */
export function pathToMarkdown(
  path: TrainingPath,
  data: NuancierData,
  locale: Locale = "fr",
  title: string = words[locale].title,
): string {
  const w = words[locale];
  const lines = [
    `# ${title}`,
    "",
    `${w.total}${locale === "fr" ? " :" : ":"} ${formatHours(path.totalHours, locale)}`,
    "",
  ];
  for (const step of path.steps) {
    const text = describeStep(step, data, locale);
    lines.push(
      `${step.position}. **${text.nuance}** (${text.sector}, ${text.kind}) — ${text.format}, ${formatHours(step.hours, locale)}`,
      ...text.reasons.map((reason) => `   - ${w.why}${locale === "fr" ? " :" : ":"} ${reason}`),
    );
  }
  lines.push(
    "",
    `_${data.title[locale]}. ${w.licence} ${data.licence}. ${data.attribution[locale]}_`,
    "",
  );
  return lines.join("\n");
}

/** A CSV field, quoted when it holds a separator, a quote or a line break (RFC 4180). */
export const csvField = (value: string | number): string => {
  const text = String(value);
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The path as CSV (comma-separated, CRLF line ends, header row), one row per step. */
export function pathToCsv(path: TrainingPath, data: NuancierData, locale: Locale = "fr"): string {
  const w = words[locale];
  const rows: (string | number)[][] = [
    [w.step, w.sector, w.nuance, w.kind, w.format, w.minHours, w.maxHours, w.why],
  ];
  for (const step of path.steps) {
    const text = describeStep(step, data, locale);
    rows.push([
      step.position,
      text.sector,
      text.nuance,
      text.kind,
      text.format,
      step.hours.min,
      step.hours.max,
      text.reasons.join(" "),
    ]);
  }
  return `${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}
