import { textIn } from "@communs/nuancier";
import { formatMessage } from "@communs/i18n";
import { useId } from "react";
import type { NuancierCommonProps } from "./common";
import { resolveMessages } from "./i18n/format";
import { SectorSwatch } from "./sector-swatch";

export interface PaletteProps extends NuancierCommonProps {
  /** Called with a sector's id when the person opens it; without it the swatches are not buttons. */
  onSelectSector?: (sectorId: string) => void;
  selectedSectorId?: string;
  /** Heading level of the palette's title (2 by default). */
  headingLevel?: 2 | 3;
}

/** The colour chart: every sector as a swatch with its number, pattern, name and nuance count. */
export function Palette({
  data,
  locale = "fr",
  messages,
  onSelectSector,
  selectedSectorId,
  headingLevel = 2,
}: PaletteProps) {
  const text = resolveMessages(locale, messages, data);
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="communs-nuancier-palette" aria-labelledby={titleId}>
      <Heading id={titleId} className="communs-nuancier__title">
        {text.paletteTitle}
      </Heading>
      <p className="communs-nuancier__intro">{text.paletteIntro}</p>
      <ul className="communs-nuancier-palette__grid">
        {data.sectors.map((sector) => {
          const count = data.nuances.filter((nuance) => nuance.sectorId === sector.id).length;
          const body = (
            <>
              <SectorSwatch sector={sector} />
              <span className="communs-nuancier-palette__label">
                <span className="communs-nuancier-palette__code">
                  {text.sectorCode.replace("{code}", sector.code)}
                </span>
                <span className="communs-nuancier-palette__name">
                  {textIn(sector.name, locale, data)}
                </span>
                <span className="communs-nuancier-palette__count">
                  {formatMessage(text.nuanceCount, { count }, locale)}
                </span>
                {sector.nameStatus === "proposed" && (
                  <span className="communs-nuancier-badge" title={text.proposedNameHelp}>
                    {text.proposedName}
                  </span>
                )}
              </span>
            </>
          );
          return (
            <li key={sector.id} className="communs-nuancier-palette__item">
              {onSelectSector ? (
                <button
                  type="button"
                  className="communs-nuancier-palette__button"
                  aria-current={selectedSectorId === sector.id ? "true" : undefined}
                  onClick={() => onSelectSector(sector.id)}
                >
                  {body}
                </button>
              ) : (
                <div className="communs-nuancier-palette__button">{body}</div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
