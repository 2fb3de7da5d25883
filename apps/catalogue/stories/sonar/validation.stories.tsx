import type { Meta, StoryObj } from "@storybook/react-vite";
import type { SonarDefinition } from "@communs/sonar";
import { innovation } from "@communs/sonar/editions/innovation";
import { resilience } from "@communs/sonar/editions/resilience";
import { validateDefinition } from "@communs/sonar/validate";

/** What `validateDefinition` reports, for edition authors. The sentences are the catalogue's own. */
function ValidationReport({ definition, locale }: { definition: unknown; locale: "fr" | "en" }) {
  const result = validateDefinition(definition);
  return (
    <section>
      <h2>{locale === "fr" ? "Validation de la définition" : "Definition validation"}</h2>
      {result.ok ? (
        <p role="status">
          {locale === "fr"
            ? "Aucun problème : la définition est valide."
            : "No problem: the definition is valid."}
        </p>
      ) : (
        <>
          <p role="alert">
            {locale === "fr"
              ? `${result.issues.length} problème(s) :`
              : `${result.issues.length} problem(s):`}
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">{locale === "fr" ? "Chemin" : "Path"}</th>
                <th scope="col">Code</th>
                <th scope="col">{locale === "fr" ? "Paramètres" : "Parameters"}</th>
              </tr>
            </thead>
            <tbody>
              {result.issues.map((issue, index) => (
                <tr key={index}>
                  <td>
                    <code>{issue.path || "/"}</code>
                  </td>
                  <td>{issue.code}</td>
                  <td>{issue.params ? JSON.stringify(issue.params) : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

const meta = {
  title: "Sonar/Definition validation",
  component: ValidationReport,
  args: { definition: innovation, locale: "fr" },
  argTypes: { locale: { control: false } },
  render: (args, context) => (
    <ValidationReport definition={args.definition} locale={context.globals.locale ?? "fr"} />
  ),
} satisfies Meta<typeof ValidationReport>;

export default meta;
type Story = StoryObj<typeof meta>;

export const InnovationEdition: Story = {};
export const ResilienceEdition: Story = { args: { definition: resilience } };

const broken = structuredClone(innovation) as SonarDefinition;
broken.questions[1]!.when = 'nowhere = "x"';
broken.questions[2]!.id = "role";
if ("options" in broken.questions[1]!) broken.questions[1].options[0]!.weights = { astrology: 1 };
broken.stages[0]!.label = { fr: "Découverte" };

export const BrokenDefinition: Story = { args: { definition: broken } };
