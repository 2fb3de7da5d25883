import {
  textIn,
  type ContentLocale,
  type Nuance,
  type NuanceKind,
  type NuancierData,
} from "./model";
import { foldText, queryWords } from "./normalize";

/** Every language of a text, for an index that finds a word whatever language it is in. */
const allLanguages = (value: Readonly<Record<string, string>>) => Object.values(value).join(" ");

export interface NuanceQuery {
  /** Free text; every word must appear (accents and case ignored), in any of the palette's languages. */
  text?: string;
  sectors?: readonly string[];
  kinds?: readonly NuanceKind[];
  audiences?: readonly string[];
  formats?: readonly string[];
  /** Keep nuances that have at least one format whose shortest version fits in this many hours. */
  maxHours?: number;
}

export type MatchField = "name" | "keywords" | "sector" | "description";

export interface NuanceHit {
  nuance: Nuance;
  score: number;
  /** Where the words were found, best first. */
  matchedIn: MatchField[];
}

interface IndexedNuance {
  nuance: Nuance;
  fields: Record<MatchField, string>;
  shortestHours: Map<string, number>;
}

// A word found in the name weighs more than one found in the description.
const weights: Record<MatchField, number> = { name: 8, keywords: 4, sector: 2, description: 1 };
const fieldOrder: readonly MatchField[] = ["name", "keywords", "sector", "description"];

export interface NuancierSearch {
  /** Nuances matching every given filter, best text matches first; palette order otherwise. */
  search(query?: NuanceQuery, locale?: ContentLocale): NuanceHit[];
}

/**
 * Folds every text once, so that each search only compares prepared strings. Every language
 * is searched, the reader's own first: "prototypage" and "prototyping" both work.
 */
export function createNuancierSearch(data: NuancierData): NuancierSearch {
  const sectorNames = new Map(data.sectors.map((sector) => [sector.id, allLanguages(sector.name)]));
  const formatHours = new Map(data.formats.map((format) => [format.id, format.hours.min]));
  const indexed: IndexedNuance[] = data.nuances.map((nuance) => ({
    nuance,
    fields: {
      name: foldText(allLanguages(nuance.name)),
      keywords: foldText(
        Object.values(nuance.keywords ?? {})
          .flat()
          .join(" "),
      ),
      sector: foldText(sectorNames.get(nuance.sectorId) ?? ""),
      description: foldText(allLanguages(nuance.description)),
    },
    shortestHours: new Map(
      nuance.formats.flatMap((id) => {
        const hours = formatHours.get(id);
        return hours === undefined ? [] : [[id, hours] as const];
      }),
    ),
  }));
  // The name in the reader's language, folded once per language asked for.
  const namesIn = new Map<string, Map<string, string>>();
  const nameIn = (nuance: Nuance, locale: string) => {
    let names = namesIn.get(locale);
    if (!names) {
      names = new Map(
        data.nuances.map((entry) => [entry.id, foldText(textIn(entry.name, locale, data))]),
      );
      namesIn.set(locale, names);
    }
    return names.get(nuance.id) ?? "";
  };

  return {
    search(query = {}, locale = "fr") {
      const words = queryWords(query.text ?? "");
      const hits: NuanceHit[] = [];
      for (const entry of indexed) {
        if (!passesFilters(entry, query)) continue;
        let score = 0;
        const matched = new Set<MatchField>();
        let everyWord = true;
        for (const word of words) {
          let best = 0;
          for (const field of fieldOrder) {
            if (entry.fields[field].includes(word)) {
              matched.add(field);
              best = Math.max(best, weights[field]);
            }
          }
          if (best === 0) {
            everyWord = false;
            break;
          }
          score += best;
          if (nameIn(entry.nuance, locale).includes(word)) score += 1;
        }
        if (!everyWord) continue;
        hits.push({
          nuance: entry.nuance,
          score,
          matchedIn: fieldOrder.filter((field) => matched.has(field)),
        });
      }
      // Array#sort is stable: equal scores keep the palette's order.
      return words.length > 0 ? hits.sort((a, b) => b.score - a.score) : hits;
    },
  };
}

function passesFilters(entry: IndexedNuance, query: NuanceQuery): boolean {
  const { nuance } = entry;
  const has = (list: readonly string[] | undefined, value: string) =>
    !list || list.length === 0 || list.includes(value);
  const overlaps = (list: readonly string[] | undefined, values: readonly string[]) =>
    !list || list.length === 0 || values.some((value) => list.includes(value));
  if (!has(query.sectors, nuance.sectorId)) return false;
  if (!has(query.kinds, nuance.kind)) return false;
  if (!overlaps(query.audiences, nuance.audiences)) return false;
  if (!overlaps(query.formats, nuance.formats)) return false;
  if (query.maxHours !== undefined) {
    const formats = query.formats && query.formats.length > 0 ? query.formats : nuance.formats;
    const fits = formats.some((id) => (entry.shortestHours.get(id) ?? Infinity) <= query.maxHours!);
    if (!fits) return false;
  }
  return true;
}
