import type { Meta, StoryObj } from "@storybook/react-vite";
import { nuancierContent } from "@communs/nuancier/content";
import { SectorPage } from "@communs/nuancier-react";
import "@communs/nuancier-react/styles.css";

const meta = {
  title: "Nuancier/Sector",
  component: SectorPage,
  args: { data: nuancierContent, sectorId: "geopolitics", onToggleNuance: () => {} },
  argTypes: { data: { control: false }, locale: { control: false } },
  render: (args, context) => <SectorPage {...args} locale={context.globals.locale ?? "fr"} />,
} satisfies Meta<typeof SectorPage>;

export default meta;
type Story = StoryObj<typeof meta>;

const sector = (sectorId: string, selectedNuanceIds: string[] = []): Story => ({
  args: { sectorId, selectedNuanceIds },
});

export const Geopolitics: Story = sector("geopolitics");
export const OpeningPossibilities: Story = sector("opening-possibilities");
export const DoingTogether: Story = sector("doing-together", ["facilitating-workshops"]);
export const UnderstandingUses: Story = sector("understanding-uses");
export const DesigningPrototyping: Story = sector("designing-prototyping", ["rapid-prototyping"]);
export const ExperimentingEvaluating: Story = sector("experimenting-evaluating");
export const ReframingSteering: Story = sector("reframing-steering");
export const TellingSharing: Story = sector("telling-sharing");
