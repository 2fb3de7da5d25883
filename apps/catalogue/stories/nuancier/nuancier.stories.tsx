import type { Meta, StoryObj } from "@storybook/react-vite";
import { createNuancier } from "@communs/nuancier";

function NuancierDemo({ label }: { label: string }) {
  return <p>{createNuancier({ label }).getState().label}</p>;
}

const meta = {
  title: "Nuancier/Engine",
  component: NuancierDemo,
  args: { label: "Nuancier" },
} satisfies Meta<typeof NuancierDemo>;

export default meta;

export const Default: StoryObj<typeof meta> = {};
