// The Démineur (issue 16) on the mock API: a project lead opens a pre-project check (similar
// ideas and checks shown while typing), agents answer (named, as a team or anonymously), and
// the demining report fills in; a moderator records the verdict. Real widgets, real client,
// an in-memory server that implements the contract (`createMockDemineurStore`).
import { useMemo, type ReactNode } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import {
  CheckAnswerForm,
  CheckAnswers,
  Demineur,
  DeminingReport,
  IdeaBoxProvider,
  PreProjectCheck,
} from "@communs/idea-box-react";
import {
  createMockDemineurStore,
  makeMockChecks,
  type MockDemineurRole,
} from "@communs/idea-box-react/testing";
import "@communs/idea-box-react/styles.css";

type Args = Record<string, never>;
const meta = {
  title: "Démineur/Offline (mock API)",
  id: "demineur-offline",
  parameters: { layout: "padded" },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

const localeOf = (globals: Record<string, unknown>) => (globals.locale === "en" ? "en" : "fr");
const [open, decided] = makeMockChecks().checks as [
  ReturnType<typeof makeMockChecks>["checks"][number],
  ReturnType<typeof makeMockChecks>["checks"][number],
];

function Mocked({
  locale,
  role,
  children,
}: {
  locale: "fr" | "en";
  role: MockDemineurRole;
  children: ReactNode;
}) {
  const { store } = useMemo(() => createMockDemineurStore({ role }), [role]);
  return (
    <IdeaBoxProvider box="demo" store={store} locale={locale}>
      {children}
    </IdeaBoxProvider>
  );
}

const story = (role: MockDemineurRole, render: () => ReactNode): Story => ({
  render: (_args, { globals }) => (
    <Mocked locale={localeOf(globals)} role={role}>
      {render()}
    </Mocked>
  ),
});

/** The whole mode as a moderator: the checks, then a check's page (answer, answers, report). */
export const WholeMode = story("moderator", () => <Demineur />);
/** A check's page as an agent: the answering form, colleagues' answers and the report. */
export const CheckPageAsAgent = story("agent", () => (
  <Demineur initialView={{ name: "check", id: open.id }} />
));
/** A project lead opens a check: type "rendez-vous état civil" to see what looks alike. */
export const OpenACheck = story("lead", () => <PreProjectCheck />);
/** The four structured questions, the team's own, and the authorship of ideas. */
export const AnswerForm = story("agent", () => <CheckAnswerForm checkId={open.id} />);
/** A decided check takes no more answers, and says so. */
export const AnswerFormClosed = story("agent", () => <CheckAnswerForm checkId={decided.id} />);
/** Answers with the authorship their authors chose (named, team, anonymous); support, comment. */
export const Answers = story("agent", () => <CheckAnswers checkId={open.id} />);
/** The report under way, with the decision form of a moderator. */
export const ReportUnderWay = story("moderator", () => <DeminingReport checkId={open.id} />);
/** A decided check's report: the verdict (merge) and its reason, as every agent reads it. */
export const ReportDecided = story("agent", () => <DeminingReport checkId={decided.id} />);
