import type { Meta, StoryObj } from "@storybook/react-vite";
import {
  exampleOverlay,
  exampleOverlayWithMistake,
  nuancierContent,
} from "@communs/nuancier/content";
import { extendNuancier } from "@communs/nuancier/validation";
import { ExtensionReport, Palette, SectorPage } from "@communs/nuancier-react";
import "@communs/nuancier-react/styles.css";

function ExtensionDemo({ overlay, locale }: { overlay: unknown; locale: "fr" | "en" }) {
  const result = extendNuancier(nuancierContent, overlay);
  return (
    <div style={{ display: "grid", gap: "2rem" }}>
      <ExtensionReport result={result} locale={locale} />
      {result.ok && (
        <>
          <Palette data={result.data} locale={locale} headingLevel={2} />
          <SectorPage data={result.data} sectorId="frugal-digital" locale={locale} />
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
          "Une administration ajoute son propre secteur en JSON ; le résultat dit ce qui a changé, ou pourquoi l'ajout est refusé. / An administration adds its own sector in JSON; the result says what changed, or why it was refused.",
      },
    },
  },
  args: { overlay: exampleOverlay, locale: "fr" },
  argTypes: { locale: { control: false } },
  render: (args, context) => <ExtensionDemo {...args} locale={context.globals.locale ?? "fr"} />,
} satisfies Meta<typeof ExtensionDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Adds a local "Frugal digital" sector with two nuances and a format, and rewrites a text. */
export const LocalSectorAdded: Story = {};

/** Error state: a nuance points to a sector that does not exist; the overlay is refused. */
export const RejectedOverlay: Story = { args: { overlay: exampleOverlayWithMistake } };
