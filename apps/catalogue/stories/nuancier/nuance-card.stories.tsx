import type { Meta, StoryObj } from "@storybook/react-vite";
import { nuancierContent } from "@communs/nuancier/content";
import { NuanceCard } from "@communs/nuancier-react";
import "@communs/nuancier-react/styles.css";

const prototyping = nuancierContent.nuances.find((nuance) => nuance.id === "rapid-prototyping")!;

const meta = {
  title: "Nuancier/Nuance card",
  component: NuanceCard,
  args: { data: nuancierContent, nuance: prototyping, onToggle: () => {} },
  argTypes: { data: { control: false }, locale: { control: false } },
  decorators: [(Story) => <div style={{ maxWidth: "26rem" }}>{Story()}</div>],
  render: (args, context) => <NuanceCard {...args} locale={context.globals.locale ?? "fr"} />,
} satisfies Meta<typeof NuanceCard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const InThePath: Story = { args: { selected: true } };
export const WithoutButton: Story = { args: { onToggle: undefined } };

/** Long French text: the card grows and wraps, nothing is cut. */
export const LongFrenchText: Story = {
  args: {
    nuance: {
      ...prototyping,
      name: {
        fr: "Concevoir, prototyper et tester avec les usagers et les agents d'accueil un parcours administratif entièrement repensé",
        en: "Designing, prototyping and testing with users and reception staff an entirely rethought administrative journey",
      },
      description: {
        fr: "Une nuance au texte volontairement long, pour vérifier que la carte reste lisible : les intitulés administratifs français dépassent souvent de beaucoup leurs équivalents anglais, et les mots composés comme « co-construction », « expérimentation » ou « intercommunalité » doivent pouvoir revenir à la ligne sans casser la mise en page.",
        en: "A deliberately long nuance, to check the card stays readable: French administrative titles are often much longer than their English counterparts.",
      },
    },
  },
};
