import type { Meta, StoryObj } from "@storybook/react-vite";
import { scoreAnswers, type SonarLocale } from "@communs/sonar";
import { innovation } from "@communs/sonar/editions/innovation";
import { resilience } from "@communs/sonar/editions/resilience";
import {
  SonarQuiz,
  SonarRadar,
  SonarResult,
  SonarTeam,
  SonarTrajectory,
} from "@communs/sonar-react";
import "@communs/sonar-react/styles.css";
import { balancedAnswers, exampleAnswers, twoByTwo } from "@communs/sonar/examples";
import { innovationTeam, longTextEdition } from "./fixtures";

const localeOf = (context: { globals: Record<string, unknown> }) =>
  (context.globals.locale ?? "fr") as SonarLocale;

const meta = {
  title: "Sonar/Quiz",
  component: SonarQuiz,
  args: { definition: innovation },
  parameters: {
    docs: {
      description: {
        component:
          "Le questionnaire Sonar, une question à la fois, au clavier. / The Sonar quiz, one question at a time, keyboard first.",
      },
    },
  },
  render: (args, context) => <SonarQuiz {...args} locale={localeOf(context)} />,
} satisfies Meta<typeof SonarQuiz>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The innovation edition, step by step. A `?sonar=<code>` parameter in the page's address opens a shared result. */
export const Innovation: Story = {};

export const Resilience: Story = { args: { definition: resilience } };

export const AllAtOnce: Story = { args: { mode: "all" } };

export const LongFrenchText: Story = { args: { definition: longTextEdition } };

/** A share code that cannot be read: the quiz explains why and starts afresh. */
export const BrokenShareCode: Story = { args: { shareCode: "innovation~1.0.0~AAAA~000000" } };

/** Every question skipped: the result says there is not enough to go on. */
export const EverythingSkipped: Story = {
  args: {
    initialAnswers: Object.fromEntries(innovation.questions.map((question) => [question.id, null])),
    shareCode: null,
  },
};

export const ResultClear: Story = {
  name: "Result: clear style",
  render: (_, context) => (
    <SonarResult
      definition={innovation}
      answers={exampleAnswers}
      locale={localeOf(context)}
      shareUrl={(code) => `https://example.org/sonar?sonar=${code}`}
    />
  ),
};

export const ResultHybrid: Story = {
  name: "Result: balanced, hybrid",
  render: (_, context) => (
    <SonarResult
      definition={innovation}
      answers={balancedAnswers}
      locale={localeOf(context)}
      shareUrl={(code) => `https://example.org/sonar?sonar=${code}`}
    />
  ),
};

export const ResultTwoByTwoTie: Story = {
  name: "Result: a 2×2 model at the exact centre (tie, no stages)",
  render: (_, context) => (
    <SonarResult
      definition={twoByTwo}
      answers={{ "users-met": 3, partners: 3, pilot: 3, stop: 3 }}
      locale={localeOf(context)}
      shareUrl={(code) => `https://example.org/sonar?sonar=${code}`}
    />
  ),
};

export const ResultTwoByTwoCorner: Story = {
  name: "Result: a 2×2 model, high on both axes",
  render: (_, context) => (
    <SonarResult
      definition={twoByTwo}
      answers={{ "users-met": 5, partners: 4, pilot: 5, stop: 5 }}
      locale={localeOf(context)}
      shareUrl={(code) => `https://example.org/sonar?sonar=${code}`}
    />
  ),
};

export const ResultEmpty: Story = {
  name: "Result: no answers",
  render: (_, context) => (
    <SonarResult
      definition={innovation}
      answers={{}}
      locale={localeOf(context)}
      shareUrl={(code) => `https://example.org/sonar?sonar=${code}`}
    />
  ),
};

export const Radar: Story = {
  render: (_, context) => {
    const result = scoreAnswers(innovation, exampleAnswers);
    return (
      <SonarRadar
        definition={innovation}
        locale={localeOf(context)}
        series={{ values: Object.fromEntries(result.axes.map((axis) => [axis.axis, axis.score])) }}
      />
    );
  },
};

export const Trajectory: Story = {
  render: (_, context) => (
    <SonarTrajectory
      definition={innovation}
      locale={localeOf(context)}
      placement={scoreAnswers(innovation, { ...exampleAnswers, "self-place": "self-impact" }).stage}
      headingLevel={2}
    />
  ),
};

/** Thirty generated respondents: spread per axis and where the team disagrees most. */
export const Team: Story = {
  render: (_, context) => (
    <SonarTeam
      definition={innovation}
      results={innovationTeam.results}
      locale={localeOf(context)}
    />
  ),
};

export const TeamEmpty: Story = {
  name: "Team: no answers yet",
  render: (_, context) => (
    <SonarTeam definition={innovation} results={[]} locale={localeOf(context)} />
  ),
};
