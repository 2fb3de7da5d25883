import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import {
  exampleCrossBorderOverlay,
  exampleOverlay,
  exampleOverlayWithMistake,
  nuancierContent,
} from "@communs/nuancier/content";
import { extendNuancier } from "@communs/nuancier/validation";
import { ExtensionReport, Palette, PathBuilder, SectorPage } from "@communs/nuancier-react";
import "@communs/nuancier-react/styles.css";

function ExtensionDemo({
  overlay,
  locale,
  sectorId,
  path = [],
}: {
  overlay: unknown;
  locale: "fr" | "en";
  /** The sector page to open once merged. */
  sectorId: string;
  /** Nuances of a path built on the merged palette, to show whose texts it credits. */
  path?: string[];
}) {
  const result = extendNuancier(nuancierContent, overlay);
  const [selection, setSelection] = useState(path);
  return (
    <div style={{ display: "grid", gap: "2rem" }}>
      <ExtensionReport result={result} locale={locale} />
      {result.ok && (
        <>
          <Palette data={result.data} locale={locale} headingLevel={2} />
          <SectorPage data={result.data} sectorId={sectorId} locale={locale} />
          {selection.length > 0 && (
            <PathBuilder
              data={result.data}
              locale={locale}
              selection={selection}
              onSelectionChange={setSelection}
              shareBaseUrl="https://example.org/nuancier"
            />
          )}
        </>
      )}
    </div>
  );
}

const meta = {
  title: "Nuancier/Extension",
  component: ExtensionDemo,
  parameters: {
    docs: {
      description: {
        component:
          "Une administration ou un centre de formation étend la palette en JSON : ajouter, retirer, modifier une liste, réécrire un texte dans une seule langue, ajouter une langue, avec sa propre licence ; le résultat dit ce qui a changé, ou pourquoi l'extension est refusée, et les exports créditent ses textes à leurs auteurs. / An administration or a training centre extends the palette in JSON: add, remove, edit a list, rewrite a text in one language, add a language, under its own licence; the result says what changed, or why it was refused, and exports credit its texts to their authors.",
      },
    },
  },
  args: { overlay: exampleOverlay, locale: "fr", sectorId: "frugal-digital" },
  argTypes: { locale: { control: false } },
  render: (args, context) => <ExtensionDemo {...args} locale={context.globals.locale ?? "fr"} />,
} satisfies Meta<typeof ExtensionDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Adds a local "Frugal digital" sector with two nuances and a format, and rewrites a text. */
export const LocalSectorAdded: Story = {};

/**
 * A cross-border training centre removes the webinar format (pruned from the nuances that
 * offered it), adds its own format and appends it to a nuance, renames that nuance in English
 * only, adds German texts, and states its licence: the path below credits its texts to it.
 */
export const CrossBorderCentre: Story = {
  args: {
    overlay: exampleCrossBorderOverlay,
    sectorId: "opening-possibilities",
    path: ["learning-elsewhere", "generating-ideas"],
  },
};

/** Error state: a nuance points to a sector that does not exist; the overlay is refused. */
export const RejectedOverlay: Story = { args: { overlay: exampleOverlayWithMistake } };

/**
 * Error state: a new sector with an existing sector's number and pattern would differ by colour
 * alone, and a removal would leave a nuance without any format.
 */
export const RejectedColourAloneAndEmptyList: Story = {
  args: {
    overlay: {
      schemaVersion: 1,
      remove: { formats: ["study-trip"] },
      add: {
        sectors: [{ ...exampleOverlay.add.sectors[0], code: "1", pattern: "stripes" }],
      },
    },
  },
};
