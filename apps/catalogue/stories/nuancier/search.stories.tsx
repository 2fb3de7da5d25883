import type { Meta, StoryObj } from "@storybook/react-vite";
import { nuancierContent } from "@communs/nuancier/content";
import { NuanceSearch } from "@communs/nuancier-react";
import "@communs/nuancier-react/styles.css";

const meta = {
  title: "Nuancier/Search",
  component: NuanceSearch,
  parameters: {
    docs: {
      description: {
        component:
          "Recherche plein texte (accents et majuscules ignorés) et filtres ; le nombre de résultats est annoncé. / Full-text search (accents and case ignored) with filters; the result count is announced.",
      },
    },
  },
  args: { data: nuancierContent, onToggleNuance: () => {} },
  argTypes: { data: { control: false }, locale: { control: false } },
  render: (args, context) => <NuanceSearch {...args} locale={context.globals.locale ?? "fr"} />,
} satisfies Meta<typeof NuanceSearch>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Everything: Story = {};
/** "prototypage" finds "Prototypage rapide" (and "prototyping" does too). */
export const Prototypage: Story = { args: { initialQuery: { text: "prototypage" } } };
export const ForElectedOfficialsInTwoHours: Story = {
  args: { initialQuery: { audiences: ["elected-officials"], maxHours: 2 } },
};
/** Nothing matches: the empty state says so. */
export const NoResult: Story = { args: { initialQuery: { text: "téléportation" } } };
