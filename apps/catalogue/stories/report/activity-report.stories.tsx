import type { Meta, StoryObj } from "@storybook/react-vite";
import { ActivityReport } from "@communs/report-react";
import "@communs/report-react/styles.css";
import { emptyReport, la27eRegion2018, longTextReport, minimalReport } from "./report-data";

const meta = {
  title: "Report/Activity report",
  component: ActivityReport,
  args: { report: la27eRegion2018 },
  render: (args, context) => <ActivityReport {...args} locale={context.globals.locale ?? "fr"} />,
  parameters: {
    docs: {
      description: {
        component:
          "The whole 2018 activity report of La 27e Région, rendered from `@communs/report-schema/data/la-27e-region-2018.json` (CC BY-SA 4.0). Print the story (Ctrl+P) for an A4 document.",
      },
    },
  },
} satisfies Meta<typeof ActivityReport>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Report2018: Story = { name: "2018 report of La 27e Région" };
export const Minimal: Story = { args: { report: minimalReport } };
export const Empty: Story = { args: { report: emptyReport } };
export const LongFrenchText: Story = { name: "Long French text", args: { report: longTextReport } };
