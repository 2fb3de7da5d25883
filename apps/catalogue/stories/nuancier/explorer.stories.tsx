import type { Meta, StoryObj } from "@storybook/react-vite";
import { nuancierContent } from "@communs/nuancier/content";
import { NuancierExplorer } from "@communs/nuancier-react";
import "@communs/nuancier-react/styles.css";

const meta = {
  title: "Nuancier/Explorer",
  component: NuancierExplorer,
  parameters: {
    docs: {
      description: {
        component:
          "Le nuancier complet : palette, secteur, recherche et parcours partagent une même sélection. / The whole Nuancier: palette, sector, search and path share one selection.",
      },
    },
  },
  args: { data: nuancierContent, shareBaseUrl: "https://example.org/nuancier" },
  argTypes: { data: { control: false }, locale: { control: false } },
  render: (args, context) => <NuancierExplorer {...args} locale={context.globals.locale ?? "fr"} />,
} satisfies Meta<typeof NuancierExplorer>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const SectorOpen: Story = { args: { initialSectorId: "designing-prototyping" } };

/** Opened from a share link: the selection and the constraints come back. */
export const FromShareLink: Story = {
  args: {
    shareLink:
      "https://example.org/nuancier?nuancier=n%3Dempathy-for-users.rapid-prototyping.framing-an-experiment%26o%3Dprogressive%26h%3D40",
  },
};
