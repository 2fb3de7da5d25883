import { textColourOn, type Sector } from "@communs/nuancier";
import type { CSSProperties } from "react";

export interface SectorSwatchProps {
  sector: Sector;
  size?: "small" | "large";
}

/**
 * A sector's colour with its pattern and its number drawn on top, so that the sector can be
 * told apart without seeing colours. Decorative: the sector's name is always written beside it.
 */
export function SectorSwatch({ sector, size = "large" }: SectorSwatchProps) {
  const style = {
    "--communs-nuancier-swatch": sector.colour,
    "--communs-nuancier-ink": textColourOn(sector.colour),
  } as CSSProperties;
  return (
    <span
      className="communs-nuancier-swatch"
      data-pattern={sector.pattern}
      data-size={size}
      style={style}
      aria-hidden="true"
    >
      <span className="communs-nuancier-swatch__code">{sector.code}</span>
    </span>
  );
}
