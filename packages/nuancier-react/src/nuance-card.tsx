import { formatHours, type Nuance, textIn } from "@communs/nuancier";
import { useId } from "react";
import type { NuancierCommonProps } from "./common";
import { resolveMessages } from "./i18n/format";
import { SectorSwatch } from "./sector-swatch";

export interface NuanceCardProps extends NuancierCommonProps {
  nuance: Nuance;
  /** Whether the nuance is in the person's path. */
  selected?: boolean;
  /** Without it, the card has no add/remove button. */
  onToggle?: (nuanceId: string) => void;
  headingLevel?: 3 | 4 | 5;
}

/** One nuance: its sector, kind, description, audiences and suitable formats. */
export function NuanceCard({
  data,
  nuance,
  locale = "fr",
  messages,
  selected = false,
  onToggle,
  headingLevel = 3,
}: NuanceCardProps) {
  const text = resolveMessages(locale, messages, data);
  const sector = data.sectors.find((entry) => entry.id === nuance.sectorId);
  const Heading = `h${headingLevel}` as const;
  // useId, not the nuance id: the same nuance may show twice (sector page and search results).
  const titleId = useId();
  return (
    <article
      className="communs-nuancier-card"
      aria-labelledby={titleId}
      data-kind={nuance.kind}
      data-selected={selected ? "true" : undefined}
    >
      <p className="communs-nuancier-card__sector">
        {sector && <SectorSwatch sector={sector} size="small" />}
        <span>{sector ? textIn(sector.name, locale, data) : nuance.sectorId}</span>
      </p>
      <Heading id={titleId} className="communs-nuancier-card__title">
        {textIn(nuance.name, locale, data)}
      </Heading>
      <p className="communs-nuancier-card__kind">{text.kind[nuance.kind]}</p>
      <p>{textIn(nuance.description, locale, data)}</p>
      <dl className="communs-nuancier-card__facts">
        <dt>{text.audiences}</dt>
        <dd>
          {nuance.audiences
            .map((id) => {
              const audience = data.audiences.find((entry) => entry.id === id);
              return audience ? textIn(audience.name, locale, data) : id;
            })
            .join(", ")}
        </dd>
        <dt>{text.formats}</dt>
        <dd>
          <ul className="communs-nuancier-card__formats">
            {nuance.formats.map((id) => {
              const format = data.formats.find((entry) => entry.id === id);
              return (
                <li key={id}>
                  {format
                    ? `${textIn(format.name, locale, data)} (${formatHours(format.hours, locale)})`
                    : id}
                </li>
              );
            })}
          </ul>
        </dd>
      </dl>
      {onToggle && (
        <button
          type="button"
          className="communs-nuancier-button"
          data-variant={selected ? "secondary" : "primary"}
          aria-label={`${selected ? text.removeFromPath : text.addToPath}${text.nameSeparator}${textIn(nuance.name, locale, data)}`}
          onClick={() => onToggle(nuance.id)}
        >
          {selected ? text.removeFromPath : text.addToPath}
        </button>
      )}
    </article>
  );
}
