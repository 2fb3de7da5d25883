// The admin console (issue 17) on the mock API: figures with their data tables, the ideas'
// follow-up (a status changed here moves the charts), themes, scopes and statuses, members,
// blocked people (one of them the hidden author of an anonymous idea), webhooks and exports.
import { useMemo } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import {
  AdminConsole,
  BarChart,
  BoxFigures,
  IdeaBoxProvider,
  type AdminSection,
} from "@communs/idea-box-react";
import { createAdminMockStore } from "@communs/idea-box-react/testing";
import "@communs/idea-box-react/styles.css";

type Args = Record<string, never>;
const meta = {
  title: "Admin console/Offline (mock API)",
  parameters: { layout: "padded" },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

const localeOf = (globals: Record<string, unknown>) => (globals.locale === "en" ? "en" : "fr");

function Mocked({ locale, children }: { locale: "fr" | "en"; children: React.ReactNode }) {
  const { store } = useMemo(() => createAdminMockStore(), []);
  return (
    <IdeaBoxProvider box="demo" store={store} locale={locale}>
      {children}
    </IdeaBoxProvider>
  );
}

const section = (name: AdminSection): Story => ({
  render: (_args, { globals }) => (
    <Mocked locale={localeOf(globals)}>
      <AdminConsole initialSection={name} />
    </Mocked>
  ),
});

/** Figures (status, month, first answer, share answered) and the follow-up of each idea. */
export const Figures = section("figures");
export const BoxSettings = section("box");
export const ThemesScopesStatuses = section("taxonomy");
export const MembersAndRoles = section("members");
export const BlockedPeople = section("blocked");
export const Webhooks = section("webhooks");
export const Exports = section("exports");
export const Boxes = section("boxes");

/** The figures alone, as a page of a report would show them. */
export const FiguresAlone: Story = {
  render: (_args, { globals }) => (
    <Mocked locale={localeOf(globals)}>
      <BoxFigures />
    </Mocked>
  ),
};

/** One bar chart with long labels and a zero: the value is written on every bar. */
export const BarChartAlone: Story = {
  render: (_args, { globals }) => (
    <div className="communs-idea-box">
      <BarChart
        title="Idées par direction"
        description="Nombre d’idées déposées par chaque direction."
        data={[
          { label: "Direction des ressources humaines et de la formation", value: 42 },
          { label: "Direction du numérique", value: 17 },
          { label: "Secrétariat général", value: 0 },
        ]}
        labelHeader="Direction"
        valueHeader="Nombre d’idées"
        caption="Données du graphique « Idées par direction »"
        locale={localeOf(globals)}
      />
    </div>
  ),
};
