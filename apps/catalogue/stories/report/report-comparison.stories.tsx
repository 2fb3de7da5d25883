import type { Meta, StoryObj } from "@storybook/react-vite";
import { ReportComparison } from "@communs/report-react";
import "@communs/report-react/styles.css";
import {
  exampleInEuros,
  exampleInThousands,
  la27eRegion2017,
  la27eRegion2018,
  mindlab,
} from "./report-data";

const meta = {
  title: "Report/Report comparison",
  component: ReportComparison,
  args: { reports: [la27eRegion2017, la27eRegion2018, mindlab] },
  render: (args, context) => <ReportComparison {...args} locale={context.globals.locale ?? "fr"} />,
  parameters: {
    docs: {
      description: {
        component:
          "Several activity reports side by side (`compareReports` from `@communs/report-schema/compare`): key figures lined up by their `indicator` code, activities by type, budgets by year. Every chart has its data table; what does not compare (different units, values or years missing, reports that disagree) is said in words. Data: `la-27e-region-2017.json`, `la-27e-region-2018.json` and `mindlab-2014.json`, written from public sources.",
      },
    },
  },
} satisfies Meta<typeof ReportComparison>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ThreeReports: Story = {
  name: "La 27e Région 2017 and 2018, MindLab 2014",
};

export const DifferentUnits: Story = {
  name: "Different units (fictitious example)",
  args: { reports: [exampleInEuros, exampleInThousands] },
};
