import type { Meta, StoryObj } from "@storybook/react-vite";
import { NuancierReact } from "@communs/nuancier-react";

const meta = {
  title: "NuancierReact/NuancierReact",
  component: NuancierReact,
  render: (args, context) => <NuancierReact {...args} locale={context.globals.locale ?? "fr"} />,
} satisfies Meta<typeof NuancierReact>;

export default meta;

export const Default: StoryObj<typeof meta> = {};
