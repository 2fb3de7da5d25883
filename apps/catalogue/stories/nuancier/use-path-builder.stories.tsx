import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { nuancierContent } from "@communs/nuancier/content";
import { usePathBuilder } from "@communs/nuancier-react";

/**
 * What an integrator with their own design system writes: their own markup and class names
 * (here a plain list and a table), the path builder's behaviour from `usePathBuilder`: names,
 * announcements, focus after a removal, drag and drop, constraints and exports.
 */
function OwnMarkupPathBuilder({ initial, locale }: { initial: string[]; locale: "fr" | "en" }) {
  const [selection, setSelection] = useState(initial);
  const builder = usePathBuilder({
    data: nuancierContent,
    locale,
    selection,
    onSelectionChange: setSelection,
    shareBaseUrl: "https://example.org/nuancier",
  });
  const { text } = builder;
  return (
    <section {...builder.getSectionProps()} style={{ display: "grid", gap: "1rem" }}>
      <h2 {...builder.getTitleProps()}>{text.pathTitle}</h2>
      <p role="status" style={{ minHeight: "1.5em" }}>
        {builder.announcement}
      </p>
      <h3 {...builder.getChosenHeadingProps()}>{text.pathChosen}</h3>
      <p {...builder.getHelpProps()}>{text.pathReorderHelp}</p>
      <ol {...builder.getChosenListProps()}>
        {builder.items.map((item) => (
          <li key={item.nuanceId} {...builder.getItemProps(item.index)}>
            {item.name} <button {...builder.getMoveUpButtonProps(item.index)}>{text.moveUp}</button>{" "}
            <button {...builder.getMoveDownButtonProps(item.index)}>{text.moveDown}</button>{" "}
            <button {...builder.getRemoveButtonProps(item.index)}>{text.remove}</button>
          </li>
        ))}
      </ol>
      <p>
        <label {...builder.getMaxHoursLabelProps()}>{text.maxHoursLabel}</label>{" "}
        <input {...builder.getMaxHoursInputProps()} />
      </p>
      <table>
        <caption>{builder.totalText}</caption>
        <thead>
          <tr>
            <th scope="col">{text.resultTitle}</th>
            <th scope="col">{text.formats}</th>
            <th scope="col">{text.why}</th>
          </tr>
        </thead>
        <tbody>
          {builder.steps.map((step) => (
            <tr key={step.nuanceId}>
              <th scope="row">{step.name}</th>
              <td>{step.formatText}</td>
              <td>{step.reasons.map((reason) => reason.text).join(" ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {builder.issues.length > 0 && (
        <ul>
          {builder.issues.map((issue) => (
            <li key={`${issue.pointer}-${issue.code}`}>{issue.text}</li>
          ))}
        </ul>
      )}
      <p>
        <button {...builder.getExportButtonProps("md")}>{text.exportMarkdown}</button>{" "}
        <button {...builder.getExportButtonProps("csv")}>{text.exportCsv}</button>
      </p>
      {builder.credits.map((credit) => (
        <p key={credit}>{credit}</p>
      ))}
    </section>
  );
}

const meta = {
  title: "Nuancier/Path builder hook (own markup)",
  component: OwnMarkupPathBuilder,
  parameters: {
    docs: {
      description: {
        component:
          "`usePathBuilder` donne le comportement du constructeur de parcours (état, actions, accesseurs de propriétés) ; l'intégrateur écrit son propre balisage, par exemple avec le DSFR. / `usePathBuilder` gives the path builder's behaviour (state, actions, prop getters); the integrator writes their own markup, e.g. with DSFR.",
      },
    },
  },
  args: {
    initial: ["reading-innovation-currents", "rapid-prototyping", "sharing-as-commons"],
    locale: "fr",
  },
  argTypes: { locale: { control: false } },
  render: (args, context) => (
    <OwnMarkupPathBuilder {...args} locale={context.globals.locale ?? "fr"} />
  ),
} satisfies Meta<typeof OwnMarkupPathBuilder>;

export default meta;
type Story = StoryObj<typeof meta>;

export const OwnMarkup: Story = {};
