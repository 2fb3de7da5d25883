import type { Meta, StoryObj } from "@storybook/react-vite";
import { createReportSchema } from "@communs/report-schema";

function ReportSchemaDemo({ label }: { label: string }) {
  return <p>{createReportSchema({ label }).getState().label}</p>;
}

const meta = {
  title: "ReportSchema/Engine",
  component: ReportSchemaDemo,
  args: { label: "ReportSchema" },
} satisfies Meta<typeof ReportSchemaDemo>;

export default meta;

export const Default: StoryObj<typeof meta> = {};
