import type { Meta, StoryObj } from "@storybook/react-vite";
import { nuancierContent } from "@communs/nuancier/content";
import { Palette } from "@communs/nuancier-react";
import "@communs/nuancier-react/styles.css";

const meta = {
  title: "Nuancier/Palette",
  component: Palette,
  parameters: {
    docs: {
      description: {
        component:
          "Le nuancier en couleurs : chaque secteur a sa couleur, son motif et son numéro, pour ne jamais dépendre de la seule couleur. / The colour chart: each sector has a colour, a pattern and a number, so colour is never the only cue.",
      },
    },
  },
  args: { data: nuancierContent },
  argTypes: { data: { control: false }, locale: { control: false } },
  render: (args, context) => <Palette {...args} locale={context.globals.locale ?? "fr"} />,
} satisfies Meta<typeof Palette>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The eight sectors, as buttons that open a sector. */
export const WholePalette: Story = { args: { onSelectSector: () => {} } };

/** Read-only chart, without buttons, one sector marked as current. */
export const ReadOnly: Story = {};

/** A palette with no sector yet (an administration starting its own). */
export const Empty: Story = {
  args: { data: { ...nuancierContent, sectors: [], nuances: [] } },
};
