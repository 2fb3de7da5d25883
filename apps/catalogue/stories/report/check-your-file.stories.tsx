import type { Meta, StoryObj } from "@storybook/react-vite";
import { ReportChecker } from "@communs/report-react/checker";
import "@communs/report-react/styles.css";

const meta = {
  title: "Report/Check your file",
  component: ReportChecker,
  render: (args, context) => <ReportChecker {...args} locale={context.globals.locale ?? "fr"} />,
  parameters: {
    docs: {
      description: {
        component:
          "Drop a report as JSON or XLSX (for example one made by `communs-report to-sheets`): it is checked in the browser and every issue is listed with where it is and how to fix it.",
      },
    },
  },
} satisfies Meta<typeof ReportChecker>;

export default meta;
export const Default: StoryObj<typeof meta> = {};
export const WithoutPreview: StoryObj<typeof meta> = {
  name: "Without preview",
  args: { preview: false },
};
