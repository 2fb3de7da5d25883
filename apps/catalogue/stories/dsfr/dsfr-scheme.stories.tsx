import type { Meta, StoryObj } from "@storybook/react-vite";
import { useEffect, type ReactNode } from "react";
import { themeAttribute } from "@communs/theme";
import { nuancierContent } from "@communs/nuancier/content";
import { NuanceCard } from "@communs/nuancier-react";
import "@communs/nuancier-react/styles.css";
import { innovation } from "@communs/sonar/editions/innovation";
import { SonarQuiz } from "@communs/sonar-react";
import "@communs/sonar-react/styles.css";

type Scheme = "light" | "dark";
type Locale = "fr" | "en";

const texts = {
  fr: {
    title: (scheme: Scheme) => `Thème DSFR, page en mode ${scheme === "dark" ? "sombre" : "clair"}`,
    intro:
      "La racine de la page porte data-fr-scheme et data-fr-theme, comme le fait le script du DSFR. Sans la feuille de style du DSFR, nos composants prennent les valeurs du DSFR pour ce mode ; avec elle, ils lisent ses propres variables.",
    link: "Lien d’exemple vers le système de design de l’État",
  },
  en: {
    title: (scheme: Scheme) => `DSFR theme, page in ${scheme} mode`,
    intro:
      "The page root carries data-fr-scheme and data-fr-theme, as DSFR's script sets them. Without the DSFR stylesheet, our components take DSFR's values for that scheme; with it, they read its own variables.",
    link: "Sample link to the State design system",
  },
} as const;

/**
 * Puts DSFR's scheme attributes on the page root, as DSFR's script does (it only reads them
 * there), and takes them off when the story goes, so that no other story inherits the scheme.
 */
function DsfrScheme({ scheme, children }: { scheme: Scheme; children: ReactNode }) {
  useEffect(() => {
    const root = document.documentElement;
    root.setAttribute("data-fr-scheme", scheme);
    root.setAttribute("data-fr-theme", scheme);
    return () => {
      root.removeAttribute("data-fr-scheme");
      root.removeAttribute("data-fr-theme");
    };
  }, [scheme]);
  return <>{children}</>;
}

const prototyping = nuancierContent.nuances.find((nuance) => nuance.id === "rapid-prototyping")!;

function DsfrPage({ scheme, locale }: { scheme: Scheme; locale: Locale }) {
  const t = texts[locale];
  return (
    <DsfrScheme scheme={scheme}>
      <div {...{ [themeAttribute]: "dsfr" }} style={{ padding: "1rem" }}>
        <h2>{t.title(scheme)}</h2>
        <p>{t.intro}</p>
        <p>
          <a href="https://www.systeme-de-design.gouv.fr/">{t.link}</a>
        </p>
        <div style={{ maxWidth: "26rem", marginBlock: "1rem" }}>
          <NuanceCard data={nuancierContent} nuance={prototyping} locale={locale} />
        </div>
        <SonarQuiz definition={innovation} locale={locale} />
      </div>
    </DsfrScheme>
  );
}

const meta = {
  title: "Foundations/DSFR scheme",
  component: DsfrPage,
  args: { scheme: "light", locale: "fr" },
  argTypes: { locale: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          "Le thème `dsfr` suit le mode clair ou sombre du DSFR (`data-fr-theme` sur la racine de la page). / The `dsfr` theme follows DSFR's light or dark scheme (`data-fr-theme` on the page root).",
      },
    },
  },
  render: (args, context) => (
    <DsfrPage scheme={args.scheme} locale={(context.globals.locale ?? "fr") as Locale} />
  ),
} satisfies Meta<typeof DsfrPage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const LightScheme: Story = { args: { scheme: "light" } };
export const DarkScheme: Story = { args: { scheme: "dark" } };
