import { formatMessage } from "@communs/i18n";
import {
  createNuancierSearch,
  formatHours,
  nuanceKinds,
  type NuanceKind,
  type NuanceQuery,
  textIn,
} from "@communs/nuancier";
import { useId, useMemo, useState } from "react";
import type { NuancierCommonProps } from "./common";
import { resolveMessages } from "./i18n/format";
import { NuanceCard } from "./nuance-card";

export interface NuanceSearchProps extends NuancierCommonProps {
  /** Starting query and filters. */
  initialQuery?: NuanceQuery;
  selectedNuanceIds?: readonly string[];
  onToggleNuance?: (nuanceId: string) => void;
  headingLevel?: 2 | 3;
}

const durationChoices = [2, 7, 21, 35];

/** Full-text search (accents and case ignored) with filters; the result count is announced. */
export function NuanceSearch({
  data,
  locale = "fr",
  messages,
  initialQuery = {},
  selectedNuanceIds = [],
  onToggleNuance,
  headingLevel = 2,
}: NuanceSearchProps) {
  const text = resolveMessages(locale, messages, data);
  const id = useId();
  const engine = useMemo(() => createNuancierSearch(data), [data]);
  const [query, setQuery] = useState<NuanceQuery>(initialQuery);
  const hits = useMemo(() => engine.search(query, locale), [engine, query, locale]);
  const Heading = `h${headingLevel}` as const;
  const set = (patch: Partial<NuanceQuery>) => setQuery((current) => ({ ...current, ...patch }));
  const one = (value: string) => (value ? [value] : undefined);

  const select = (
    key: "sectors" | "kinds" | "audiences" | "formats",
    label: string,
    options: { value: string; label: string }[],
  ) => (
    <div className="communs-nuancier-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        value={query[key]?.[0] ?? ""}
        onChange={(event) => set({ [key]: one(event.target.value) } as Partial<NuanceQuery>)}
      >
        <option value="">{text.any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section className="communs-nuancier-search" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="communs-nuancier__title">
        {text.searchTitle}
      </Heading>
      <form
        className="communs-nuancier-search__form communs-nuancier__no-print"
        role="search"
        aria-labelledby={`${id}-title`}
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="communs-nuancier-field communs-nuancier-field--wide">
          <label htmlFor={`${id}-text`}>{text.searchLabel}</label>
          <input
            id={`${id}-text`}
            type="search"
            value={query.text ?? ""}
            aria-describedby={`${id}-help`}
            onChange={(event) => set({ text: event.target.value })}
          />
          <p id={`${id}-help`} className="communs-nuancier__help">
            {text.searchHelp}
          </p>
        </div>
        {select(
          "sectors",
          text.filterSector,
          data.sectors.map((sector) => ({
            value: sector.id,
            label: `${sector.code}. ${textIn(sector.name, locale, data)}`,
          })),
        )}
        {select(
          "kinds",
          text.filterKind,
          nuanceKinds.map((kind: NuanceKind) => ({ value: kind, label: text.kind[kind] })),
        )}
        {select(
          "audiences",
          text.filterAudience,
          data.audiences.map((audience) => ({
            value: audience.id,
            label: textIn(audience.name, locale, data),
          })),
        )}
        {select(
          "formats",
          text.filterFormat,
          data.formats.map((format) => ({
            value: format.id,
            label: textIn(format.name, locale, data),
          })),
        )}
        <div className="communs-nuancier-field">
          <label htmlFor={`${id}-duration`}>{text.filterDuration}</label>
          <select
            id={`${id}-duration`}
            value={query.maxHours ?? ""}
            onChange={(event) =>
              set({ maxHours: event.target.value ? Number(event.target.value) : undefined })
            }
          >
            <option value="">{text.anyDuration}</option>
            {durationChoices.map((hours) => (
              <option key={hours} value={hours}>
                {formatMessage(
                  text.upToHours,
                  { hours: formatHours({ min: hours, max: hours }, locale) },
                  locale,
                )}
              </option>
            ))}
          </select>
        </div>
      </form>
      <p role="status" className="communs-nuancier-search__count">
        {formatMessage(text.resultCount, { count: hits.length }, locale)}
      </p>
      <div className="communs-nuancier-cards">
        {hits.map((hit) => (
          <NuanceCard
            key={hit.nuance.id}
            data={data}
            nuance={hit.nuance}
            locale={locale}
            messages={messages}
            selected={selectedNuanceIds.includes(hit.nuance.id)}
            onToggle={onToggleNuance}
            headingLevel={(headingLevel + 1) as 3 | 4}
          />
        ))}
      </div>
    </section>
  );
}
