import type { Meta, StoryObj } from "@storybook/react-vite";
import { IssueList } from "@communs/report-react";
import "@communs/report-react/styles.css";
import { validateReport, validateReportJson } from "@communs/report-schema";
import invalid from "@communs/report-schema/fixtures/invalid-report.json";
import { la27eRegion2018 } from "./report-data";

const broken = validateReport(invalid);
const malformed = validateReportJson(
  '{\n  "schemaVersion": "1.0.0",\n  "language": "fr"\n  "license": "CC-BY-SA-4.0"\n}',
);

const meta = {
  title: "Report/Invalid file",
  component: IssueList,
  args: { issues: broken.issues, warnings: broken.warnings },
  render: (args, context) => <IssueList {...args} locale={context.globals.locale ?? "fr"} />,
  parameters: {
    docs: {
      description: {
        component:
          "Every issue of `fixtures/invalid-report.json`, grouped and counted, in French or English.",
      },
    },
  },
} satisfies Meta<typeof IssueList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const BrokenReport: Story = { name: "Broken report" };
export const MalformedJson: Story = {
  name: "Malformed JSON",
  args: { issues: malformed.issues, warnings: [] },
};
export const Valid: Story = {
  name: "Valid file",
  args: { issues: [], warnings: validateReport(la27eRegion2018).warnings },
};
