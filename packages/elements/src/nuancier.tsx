import { useEffect, useState } from "react";
import { textIn, type NuancierData } from "@communs/nuancier";
import { nuancierContent } from "@communs/nuancier/content";
import type { ExtendResult } from "@communs/nuancier/overlay";
import { ExtensionReport, NuancierExplorer } from "@communs/nuancier-react";
import componentCss from "@communs/nuancier-react/styles.css";
import tokenCss from "@communs/theme/tokens.css";
import { httpUrl, type Locale } from "./base/attributes";
import { CommunsElement, defineElement, type RenderContext } from "./base/element";
import { describeFetchProblem, fetchJson } from "./base/fetch-json";
import { importSibling } from "./base/sibling";
import type * as OverlayChunk from "./chunks/nuancier-overlay";
import { composeElementCss } from "./base/styles";

type Overlay = typeof OverlayChunk;

const text = (fr: string, en: string) => ({
  fallback: null as string | null,
  expected: { fr, en },
  parse: (raw: string) => ({ ok: true as const, value: raw.trim() || null }),
});

const specs = {
  "overlay-url": httpUrl("https://intranet.example.fr/nuancier/extension.json"),
  sector: text("l’identifiant d’un secteur", "a sector id"),
  search: text("un texte à chercher", "a text to search"),
  selection: text(
    "des identifiants de nuances séparés par des espaces",
    "nuance ids separated by spaces",
  ),
};

/** What `communs-path-change` carries. */
export interface PathChangeEventDetail {
  /** The chosen nuance ids, in the path's order. */
  selection: string[];
  /** The same nuances with their names in the element's language. */
  nuances: { id: string; name: string }[];
}

type Loaded =
  | { status: "loading" }
  | { status: "ready"; data: NuancierData; extension?: ExtendResult }
  | { status: "failed"; error: unknown; url: string };

function Explorer(props: {
  overlayUrl: string | null;
  locale: Locale;
  sector: string | null;
  search: string | null;
  selection: string[];
  onChange: (data: NuancierData, selection: string[]) => void;
}) {
  const [loaded, setLoaded] = useState<Loaded>(
    props.overlayUrl ? { status: "loading" } : { status: "ready", data: nuancierContent },
  );
  useEffect(() => {
    if (!props.overlayUrl) {
      setLoaded({ status: "ready", data: nuancierContent });
      return;
    }
    const url = props.overlayUrl;
    const controller = new AbortController();
    setLoaded({ status: "loading" });
    Promise.all([
      fetchJson(url, controller.signal),
      importSibling<Overlay>("communs-nuancier-overlay.js"),
    ]).then(
      ([overlay, { extendNuancier }]) => {
        if (controller.signal.aborted) return;
        const extension = extendNuancier(nuancierContent, overlay);
        setLoaded({ status: "ready", data: extension.data, extension });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setLoaded({ status: "failed", error, url });
      },
    );
    return () => controller.abort();
  }, [props.overlayUrl]);

  if (loaded.status === "loading")
    return (
      <p role="status" className="communs-element__status">
        {props.locale === "en"
          ? "Loading the local extension…"
          : "Chargement de l’extension locale…"}
      </p>
    );
  const { data } = loaded.status === "ready" ? loaded : { data: nuancierContent };
  return (
    <>
      {loaded.status === "failed" ? (
        <p role="alert" className="communs-element__problems">
          {describeFetchProblem(loaded.error, loaded.url, props.locale)}{" "}
          {props.locale === "en"
            ? "The shared palette is shown without it."
            : "La palette commune est affichée sans elle."}
        </p>
      ) : null}
      {loaded.status === "ready" && loaded.extension && !loaded.extension.ok ? (
        <div className="communs-element__problems">
          <ExtensionReport result={loaded.extension} locale={props.locale} headingLevel={2} />
        </div>
      ) : null}
      <NuancierExplorer
        key={props.overlayUrl ?? ""}
        data={data}
        locale={props.locale}
        initialSelection={props.selection}
        initialSectorId={props.sector ?? undefined}
        initialSearchText={props.search ?? undefined}
        onSelectionChange={(selection) => props.onChange(data, selection)}
      />
    </>
  );
}

/**
 * `<communs-nuancier overlay-url="…" sector="…" search="…" selection="id id">`: the palette,
 * search and the training-path builder with its exports. Emits `communs-path-change`.
 */
export class CommunsNuancierElement extends CommunsElement<typeof specs> {
  static observedAttributes = ["lang", "theme", ...Object.keys(specs)];
  protected readonly tag = "communs-nuancier";
  protected readonly specs = specs;
  protected readonly css = composeElementCss(tokenCss, componentCss);

  protected view({ values, locale }: RenderContext<typeof specs>) {
    return (
      <Explorer
        overlayUrl={values["overlay-url"]}
        locale={locale}
        sector={values.sector}
        search={values.search}
        selection={values.selection?.split(/\s+/).filter(Boolean) ?? []}
        onChange={(data, selection) =>
          this.emit<PathChangeEventDetail>("communs-path-change", {
            selection,
            nuances: selection.map((id) => {
              const nuance = data.nuances.find((entry) => entry.id === id);
              return { id, name: nuance ? textIn(nuance.name, locale, data) : id };
            }),
          })
        }
      />
    );
  }
}

defineElement("communs-nuancier", CommunsNuancierElement);
