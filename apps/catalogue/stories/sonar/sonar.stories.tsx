import type { Meta, StoryObj } from "@storybook/react-vite";
import { createSonar } from "@communs/sonar";

function SonarDemo({ label }: { label: string }) {
  return <p>{createSonar({ label }).getState().label}</p>;
}

const meta = {
  title: "Sonar/Engine",
  component: SonarDemo,
  args: { label: "Sonar" },
} satisfies Meta<typeof SonarDemo>;

export default meta;

export const Default: StoryObj<typeof meta> = {};
