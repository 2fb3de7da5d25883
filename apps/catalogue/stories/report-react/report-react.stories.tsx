import type { Meta, StoryObj } from "@storybook/react-vite";
import { ReportReact } from "@communs/report-react";

const meta = {
  title: "ReportReact/ReportReact",
  component: ReportReact,
  render: (args, context) => <ReportReact {...args} locale={context.globals.locale ?? "fr"} />,
} satisfies Meta<typeof ReportReact>;

export default meta;

export const Default: StoryObj<typeof meta> = {};
