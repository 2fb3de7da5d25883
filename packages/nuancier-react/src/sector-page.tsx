import { nuanceKinds, textIn } from "@communs/nuancier";
import { useId } from "react";
import type { NuancierCommonProps } from "./common";
import { resolveMessages } from "./i18n/format";
import { NuanceCard } from "./nuance-card";
import { SectorSwatch } from "./sector-swatch";

export interface SectorPageProps extends NuancierCommonProps {
  sectorId: string;
  selectedNuanceIds?: readonly string[];
  onToggleNuance?: (nuanceId: string) => void;
  headingLevel?: 2 | 3;
}

/** One sector: its values, objectives, recommendations, then its nuances grouped by kind. */
export function SectorPage({
  data,
  sectorId,
  locale = "fr",
  messages,
  selectedNuanceIds = [],
  onToggleNuance,
  headingLevel = 2,
}: SectorPageProps) {
  const text = resolveMessages(locale, messages, data);
  const titleId = useId();
  const sector = data.sectors.find((entry) => entry.id === sectorId);
  if (!sector) return null;
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${headingLevel + 1}` as "h3" | "h4";
  const lists = [
    ["values", text.values, sector.values],
    ["objectives", text.objectives, sector.objectives],
    ["recommendations", text.recommendations, sector.recommendations],
  ] as const;
  return (
    <section className="communs-nuancier-sector" aria-labelledby={titleId}>
      <header className="communs-nuancier-sector__header">
        <SectorSwatch sector={sector} />
        <div>
          <p className="communs-nuancier-palette__code">
            {text.sectorCode.replace("{code}", sector.code)}
          </p>
          <Heading id={titleId} className="communs-nuancier__title">
            {textIn(sector.name, locale, data)}
          </Heading>
          {sector.nameStatus === "proposed" && (
            <p className="communs-nuancier-sector__note">
              <span className="communs-nuancier-badge">{text.proposedName}</span>{" "}
              {sector.nameNote ? textIn(sector.nameNote, locale, data) : text.proposedNameHelp}
            </p>
          )}
        </div>
      </header>
      <p className="communs-nuancier__intro">{textIn(sector.summary, locale, data)}</p>
      <div className="communs-nuancier-sector__lists">
        {lists.map(([key, title, entries]) => (
          <div key={key}>
            <SubHeading>{title}</SubHeading>
            <ul>
              {entries.map((entry) => (
                <li key={entry.fr}>{textIn(entry, locale, data)}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      {nuanceKinds.map((kind) => {
        const own = data.nuances.filter(
          (nuance) => nuance.sectorId === sector.id && nuance.kind === kind,
        );
        if (own.length === 0) return null;
        return (
          <div key={kind} className="communs-nuancier-sector__kind">
            <SubHeading>{text.nuancesOfKind[kind]}</SubHeading>
            <div className="communs-nuancier-cards">
              {own.map((nuance) => (
                <NuanceCard
                  key={nuance.id}
                  data={data}
                  nuance={nuance}
                  locale={locale}
                  messages={messages}
                  selected={selectedNuanceIds.includes(nuance.id)}
                  onToggle={onToggleNuance}
                  headingLevel={(headingLevel + 2) as 4 | 5}
                />
              ))}
            </div>
          </div>
        );
      })}
    </section>
  );
}
