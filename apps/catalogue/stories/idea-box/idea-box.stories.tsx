import type { Meta, StoryObj } from "@storybook/react-vite";
import { formatProblem, problem, type Locale, type ProblemDetails } from "@communs/idea-box/client";

/** How a UI turns the API's RFC 9457 problem details into sentences, in French or English. */
function ProblemMessage({ details, locale }: { details: ProblemDetails; locale: Locale }) {
  const { summary, fields } = formatProblem(details, locale);
  return (
    <div
      role="alert"
      style={{
        border: "2px solid var(--communs-color-border)",
        borderInlineStartWidth: "0.5rem",
        borderRadius: "var(--communs-radius-2, 4px)",
        padding: "var(--communs-space-4, 1rem)",
        color: "var(--communs-color-text)",
        background: "var(--communs-color-surface)",
        maxWidth: "40rem",
      }}
    >
      <p style={{ margin: 0, fontWeight: 700 }}>
        {locale === "fr" ? "Erreur : " : "Error: "}
        {summary}
      </p>
      {fields.length > 0 && (
        <ul>
          {fields.map((field) => (
            <li key={field.pointer}>
              {field.message} <code>{field.pointer}</code>
            </li>
          ))}
        </ul>
      )}
      <p style={{ margin: 0, fontSize: "var(--communs-font-size-1, 0.875rem)" }}>
        <code>
          {details.status} {details.code}
        </code>
      </p>
    </div>
  );
}

const meta = {
  title: "Idea box/Contract/Problem details",
  component: ProblemMessage,
  parameters: {
    docs: {
      description: {
        component:
          "Les erreurs de l’API de la boîte à idées sont des « problem details » (RFC 9457) avec le chemin de chaque champ invalide ; `formatProblem` les traduit. / The idea box API's errors are RFC 9457 problem details with the path of every invalid field; `formatProblem` turns them into sentences.",
      },
    },
  },
  args: {
    locale: "fr",
    details: problem("validation", {
      errors: [
        { pointer: "/body/title", code: "too_small", params: { minimum: 5 } },
        { pointer: "/body/problem", code: "invalid_type" },
        { pointer: "/body/scope", code: "invalid_value" },
      ],
    }),
  },
  argTypes: { locale: { control: false } },
  render: (args, context) => (
    <ProblemMessage details={args.details} locale={(context.globals.locale ?? "fr") as Locale} />
  ),
} satisfies Meta<typeof ProblemMessage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A rejected idea form: every invalid field, not only the first. */
export const Default: Story = {};

/** No field errors: a moderator-only action attempted by an agent. */
export const Empty: Story = { args: { details: problem("forbidden") } };

/** The client's own problem when the server does not answer in time. */
export const ErrorState: Story = { name: "Error", args: { details: problem("timeout") } };

/** A status change to "not retained" without its mandatory public response. */
export const LongFrenchText: Story = {
  args: {
    details: problem("validation", {
      detail:
        "Une idée « non retenue » doit toujours recevoir une réponse publique expliquant pourquoi.",
      errors: [
        { pointer: "/body/response", code: "required_reason", params: { minimum: 10 } },
        { pointer: "/body/status", code: "invalid_value" },
        { pointer: "/query/limit", code: "too_big", params: { maximum: 100 } },
      ],
    }),
  },
};
