import { formatMessage } from "@communs/i18n";
import { decodeSelection, type PathConstraints, textIn } from "@communs/nuancier";
import { useCallback, useMemo, useState } from "react";
import type { NuancierCommonProps } from "./common";
import { resolveMessages } from "./i18n/format";
import { NuanceSearch } from "./nuance-search";
import { Palette } from "./palette";
import { PathBuilder } from "./path-builder";
import { SectorPage } from "./sector-page";

export interface NuancierExplorerProps extends NuancierCommonProps {
  /** Nuance ids already chosen. */
  initialSelection?: readonly string[];
  /** A share code or link to open (e.g. the current URL); it wins over `initialSelection`. */
  shareLink?: string;
  initialSectorId?: string;
  initialSearchText?: string;
  shareBaseUrl?: string;
  onSelectionChange?: (selection: string[]) => void;
}

/** Everything together: palette, sector page, search and the path builder, sharing one selection. */
export function NuancierExplorer({
  data,
  locale = "fr",
  messages,
  initialSelection = [],
  shareLink,
  initialSectorId,
  initialSearchText,
  shareBaseUrl,
  onSelectionChange,
}: NuancierExplorerProps) {
  const text = resolveMessages(locale, messages, data);
  const shared = useMemo(
    () => (shareLink ? decodeSelection(shareLink, data) : undefined),
    [shareLink, data],
  );
  const [selection, setSelectionState] = useState<string[]>(
    shared?.selection ?? [...initialSelection],
  );
  const [constraints] = useState<PathConstraints>(shared?.constraints ?? {});
  const [sectorId, setSectorId] = useState<string | undefined>(initialSectorId);
  const [announcement, setAnnouncement] = useState("");

  const setSelection = useCallback(
    (next: string[]) => {
      setSelectionState(next);
      onSelectionChange?.(next);
    },
    [onSelectionChange],
  );
  const toggle = (nuanceId: string) => {
    const nuance = data.nuances.find((entry) => entry.id === nuanceId);
    const name = nuance ? textIn(nuance.name, locale, data) : nuanceId;
    if (selection.includes(nuanceId)) {
      setSelection(selection.filter((id) => id !== nuanceId));
      setAnnouncement(formatMessage(text.removed, { name }, locale));
    } else {
      const next = [...selection, nuanceId];
      setSelection(next);
      setAnnouncement(formatMessage(text.added, { name, count: next.length }, locale));
    }
  };

  // What every part of the explorer reads: the palette, the language and the text overrides.
  const common = { data, locale, messages };
  return (
    <div className="communs-nuancier" lang={locale}>
      <p role="status" className="communs-visually-hidden">
        {announcement}
      </p>
      <div className="communs-nuancier__no-print">
        <Palette {...common} selectedSectorId={sectorId} onSelectSector={setSectorId} />
        {sectorId && (
          <SectorPage
            {...common}
            sectorId={sectorId}
            selectedNuanceIds={selection}
            onToggleNuance={toggle}
          />
        )}
        <NuanceSearch
          {...common}
          initialQuery={initialSearchText ? { text: initialSearchText } : undefined}
          selectedNuanceIds={selection}
          onToggleNuance={toggle}
        />
      </div>
      <PathBuilder
        {...common}
        selection={selection}
        onSelectionChange={setSelection}
        defaultConstraints={constraints}
        shareBaseUrl={shareBaseUrl}
      />
    </div>
  );
}
