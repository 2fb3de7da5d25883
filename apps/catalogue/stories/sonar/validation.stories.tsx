import type { Meta, StoryObj } from "@storybook/react-vite";
import { createTranslator, type MessageCatalogue } from "@communs/i18n";
import type { SonarDefinition } from "@communs/sonar";
import { innovation } from "@communs/sonar/editions/innovation";
import { resilience } from "@communs/sonar/editions/resilience";
import { formatDefinitionIssue, validateDefinition } from "@communs/sonar/validate";

const messagesFr = {
  heading: "Validation de la définition",
  valid: "Aucun problème : la définition est valide.",
  invalid: { one: "{count} problème :", other: "{count} problèmes :" },
  pointer: "Pointeur JSON",
  problem: "Problème",
  parameters: "Paramètres",
  wholeDocument: "(document entier)",
} as const;

const messagesEn = {
  heading: "Definition validation",
  valid: "No problem: the definition is valid.",
  invalid: { one: "{count} problem:", other: "{count} problems:" },
  pointer: "JSON pointer",
  problem: "Problem",
  parameters: "Parameters",
  wholeDocument: "(whole document)",
} as const satisfies MessageCatalogue<typeof messagesFr>;

/** What `validateDefinition` reports, for edition authors, with `formatDefinitionIssue`'s sentences. */
function ValidationReport({ definition, locale }: { definition: unknown; locale: "fr" | "en" }) {
  const result = validateDefinition(definition);
  const { t } = createTranslator(locale === "en" ? messagesEn : messagesFr, locale);
  return (
    <section>
      <h2>{t("heading")}</h2>
      {result.ok ? (
        <p role="status">{t("valid")}</p>
      ) : (
        <>
          <p role="alert">{t("invalid", { count: result.issues.length })}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("pointer")}</th>
                <th scope="col">{t("problem")}</th>
                <th scope="col">Code</th>
                <th scope="col">{t("parameters")}</th>
              </tr>
            </thead>
            <tbody>
              {result.issues.map((issue, index) => (
                <tr key={index}>
                  <td>
                    {issue.pointer === "" ? t("wholeDocument") : <code>{issue.pointer}</code>}
                  </td>
                  <td>{formatDefinitionIssue(issue, locale)}</td>
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

// Shape problems (a number out of range, a bad id, an unknown kind, a typo in a key) no longer
// hide the others: all are listed in one pass, in the reader's language.
const misshapen = JSON.parse(JSON.stringify(broken));
misshapen.scoring.hybridSpread = 2;
misshapen.axes[0].id = "Entrepreneurial";
misshapen.questions[3].kind = "slider";
misshapen.edition.colour = "blue";

export const ShapeAndMeaningProblems: Story = { args: { definition: misshapen } };
