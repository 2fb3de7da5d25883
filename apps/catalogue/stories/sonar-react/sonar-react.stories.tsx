import type { Meta, StoryObj } from "@storybook/react-vite";
import { SonarReact } from "@communs/sonar-react";

const meta = {
  title: "SonarReact/SonarReact",
  component: SonarReact,
  render: (args, context) => <SonarReact {...args} locale={context.globals.locale ?? "fr"} />,
} satisfies Meta<typeof SonarReact>;

export default meta;

export const Default: StoryObj<typeof meta> = {};
