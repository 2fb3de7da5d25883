import type { Meta, StoryObj } from "@storybook/react-vite";
import {
  Activities,
  Finances,
  KeyFigures,
  Links,
  Members,
  Notes,
  Partners,
  Planned,
  Programmes,
  ReportHeader,
  Team,
  Timeline,
} from "@communs/report-react";
import "@communs/report-react/styles.css";
import { emptyReport, la27eRegion2018 } from "./report-data";

const sections = {
  ReportHeader,
  KeyFigures,
  Programmes,
  Activities,
  Members,
  Partners,
  Team,
  Finances,
  Timeline,
  Planned,
  Links,
  Notes,
};
type SectionName = keyof typeof sections;

function Section({
  section,
  report,
  locale,
}: {
  section: SectionName;
  report: typeof la27eRegion2018;
  locale: "fr" | "en";
}) {
  const Component = sections[section];
  return (
    <div className="communs-report">
      <Component report={report} locale={locale} />
    </div>
  );
}

const meta = {
  title: "Report/Sections",
  component: Section,
  args: { section: "KeyFigures", report: la27eRegion2018, locale: "fr" },
  argTypes: {
    section: { control: "select", options: Object.keys(sections) },
    report: { control: false },
    locale: { control: false },
  },
  render: (args, context) => <Section {...args} locale={context.globals.locale ?? "fr"} />,
} satisfies Meta<typeof Section>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Header: Story = { args: { section: "ReportHeader" } };
export const KeyFigureTiles: Story = { name: "Key figures", args: { section: "KeyFigures" } };
export const ProgrammeCards: Story = {
  name: "Programmes and sites",
  args: { section: "Programmes" },
};
export const ActivityCounts: Story = { name: "Activities", args: { section: "Activities" } };
export const MembersByCategory: Story = {
  name: "Members by category",
  args: { section: "Members" },
};
export const PartnersAndGovernance: Story = {
  name: "Partners and governance",
  args: { section: "Partners" },
};
export const TeamSection: Story = { name: "Team", args: { section: "Team" } };
export const BudgetAndResources: Story = {
  name: "Budget and resources",
  args: { section: "Finances" },
};
export const TimelineOfPeriods: Story = { name: "Timeline", args: { section: "Timeline" } };
export const PlannedItems: Story = { name: "Planned for 2019", args: { section: "Planned" } };
export const FurtherReading: Story = { name: "Further reading", args: { section: "Links" } };
export const SourceNotes: Story = { name: "Notes on the source", args: { section: "Notes" } };
export const EmptyKeyFigures: Story = {
  name: "Empty key figures",
  args: { section: "KeyFigures", report: emptyReport },
};
export const EmptyFinances: Story = {
  name: "Empty finances",
  args: { section: "Finances", report: emptyReport },
};
