import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import type { PathConstraints } from "@communs/nuancier";
import { nuancierContent } from "@communs/nuancier/content";
import { PathBuilder } from "@communs/nuancier-react";
import "@communs/nuancier-react/styles.css";

function PathBuilderDemo({
  initial,
  constraints,
  locale,
}: {
  initial: string[];
  constraints?: PathConstraints;
  locale: "fr" | "en";
}) {
  const [selection, setSelection] = useState(initial);
  return (
    <PathBuilder
      data={nuancierContent}
      locale={locale}
      selection={selection}
      onSelectionChange={setSelection}
      defaultConstraints={constraints}
      shareBaseUrl="https://example.org/nuancier"
    />
  );
}

const meta = {
  title: "Nuancier/Path builder",
  component: PathBuilderDemo,
  args: { initial: [], locale: "fr" },
  argTypes: { locale: { control: false } },
  render: (args, context) => <PathBuilderDemo {...args} locale={context.globals.locale ?? "fr"} />,
} satisfies Meta<typeof PathBuilderDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A built path of five nuances, progressive order: formats, durations and reasons. */
export const BuiltPath: Story = {
  args: {
    initial: [
      "reading-innovation-currents",
      "observing-in-the-field",
      "rapid-prototyping",
      "reframing-the-brief",
      "sharing-as-commons",
    ],
    constraints: { order: "progressive", audience: "managers" },
  },
};

export const Empty: Story = {};

/** Error state: the budget is too small for the chosen nuances. */
export const OverBudget: Story = {
  args: {
    initial: ["learning-elsewhere", "co-creating-with-residents"],
    constraints: { maxHours: 10 },
  },
};
