import type { Meta, StoryObj } from "@storybook/react-vite";
import {
  createTranslator,
  formatPointer,
  groupIssues,
  type Issue,
  type MessageCatalogue,
} from "@communs/i18n";
import { toCsv } from "@communs/i18n/csv";

// The kit shown at work: plurals chosen by Intl.PluralRules, lists and numbers formatted for
// the locale, issues grouped by place, and the CSV a spreadsheet receives.
const messagesFr = {
  title: "Le kit i18n à l’œuvre",
  answers: { "=0": "Aucune réponse", one: "{count} réponse", other: "{count} réponses" },
  styles: "Styles retenus : {styles}",
  issues: { one: "{count} problème à {place}", other: "{count} problèmes à {place}" },
  csv: "Fichier CSV (avec BOM, formules neutralisées)",
} as const;

const messagesEn = {
  title: "The i18n kit at work",
  answers: { "=0": "No answer", one: "{count} answer", other: "{count} answers" },
  styles: "Styles kept: {styles}",
  issues: { one: "{count} problem at {place}", other: "{count} problems at {place}" },
  csv: "CSV file (with BOM, formulas neutralised)",
} as const satisfies MessageCatalogue<typeof messagesFr>;

const issues: Issue[] = [
  { code: "required", pointer: "/questions/0/label" },
  { code: "required", pointer: "/questions/4/label" },
  { code: "unknown-axis", pointer: "/questions/2/axis" },
];

function I18nKitDemo({ counts, locale = "fr" }: { counts: number[]; locale?: "fr" | "en" }) {
  const { t } = createTranslator(locale === "en" ? messagesEn : messagesFr, locale);
  const styles = locale === "en" ? ["explorer", "builder"] : ["exploratrice", "bâtisseuse"];
  return (
    <section lang={locale}>
      <h2>{t("title")}</h2>
      <ul>
        {counts.map((count) => (
          <li key={count}>{t("answers", { count })}</li>
        ))}
      </ul>
      <p>{t("styles", { styles })}</p>
      <ul>
        {groupIssues(issues).map((group) => (
          <li key={group.pattern + group.code}>
            {t("issues", {
              count: group.count,
              place: formatPointer(group.pattern),
            })}{" "}
            (<code>{group.code}</code>)
          </li>
        ))}
      </ul>
      <h3>{t("csv")}</h3>
      <pre>
        {toCsv([["=1+1", -3, "Étape"]], { header: ["cellule", "nombre", "texte"], bom: false })}
      </pre>
    </section>
  );
}

const meta = {
  title: "Foundations/I18n kit",
  component: I18nKitDemo,
  args: { counts: [0, 1, 1.5, 2, 12345] },
  render: (args, context) => <I18nKitDemo {...args} locale={context.globals.locale ?? "fr"} />,
} satisfies Meta<typeof I18nKitDemo>;

export default meta;

export const Default: StoryObj<typeof meta> = {};
