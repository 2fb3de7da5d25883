import type { Meta, StoryObj } from "@storybook/react-vite";
import { IssueList } from "@communs/report-react";
import "@communs/report-react/styles.css";
import { validateReport, validateReportJson } from "@communs/report-schema";
import invalid from "@communs/report-schema/fixtures/invalid-report.json";
import { XlsxReadError } from "@communs/report-schema/xlsx";
import { la27eRegion2018 } from "./report-data";

const broken = validateReport(invalid);
const malformed = validateReportJson(
  '{\n  "schemaVersion": "1.0.0",\n  "language": "fr"\n  "license": "CC-BY-SA-4.0"\n}',
);

// What `xlsxToSheets` rejects with when a cell of a workbook cannot be read.
const unreadable = new XlsxReadError(
  "not-number",
  '"douze" is not a number',
  { value: "douze" },
  { sheet: "programmes", cell: "D4" },
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
          "Every issue of `fixtures/invalid-report.json`, grouped and counted, in French or English; a malformed JSON file; an XLSX file that cannot be read (the `issue` of an `XlsxReadError`).",
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
export const UnreadableXlsx: Story = {
  name: "Unreadable XLSX file",
  args: { issues: [unreadable.issue], warnings: [] },
};
