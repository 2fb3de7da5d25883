import type { Decorator, Preview } from "@storybook/react-vite";
import { useEffect, type ReactNode } from "react";
import { themeAttribute, themeNames, themes } from "@communs/theme";
import "@communs/theme/tokens.css";
import "@communs/theme/base.css";
import "../src/catalogue.css";
import { catalogueLocales, type CatalogueLocale } from "../src/i18n/locale";

/**
 * Sets the story's language and theme on the page itself, so that screen readers announce
 * the right language and the whole canvas (not only the story) takes the theme's colours.
 */
function LocaleAndThemeFrame({
  locale,
  theme,
  children,
}: {
  locale: CatalogueLocale;
  theme: string;
  children: ReactNode;
}) {
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.setAttribute(themeAttribute, theme);
  }, [locale, theme]);
  return (
    <div lang={locale} {...{ [themeAttribute]: theme }} className="catalogue-frame">
      {children}
    </div>
  );
}

const withLocaleAndTheme: Decorator = (Story, context) => (
  <LocaleAndThemeFrame
    locale={(context.globals.locale ?? "fr") as CatalogueLocale}
    theme={context.globals.theme ?? "default"}
  >
    <Story />
  </LocaleAndThemeFrame>
);

const preview: Preview = {
  decorators: [withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: "Langue / Language",
      toolbar: {
        title: "Langue",
        icon: "globe",
        items: catalogueLocales.map((locale) => ({
          value: locale,
          title: locale === "fr" ? "Français" : "English",
        })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: "Thème / Theme",
      toolbar: {
        title: "Thème",
        icon: "paintbrush",
        items: themeNames.map((name) => ({
          value: name,
          title: `${themes[name].label.fr} / ${themes[name].label.en}`,
        })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: "fr", theme: "default" },
  parameters: {
    layout: "padded",
    controls: { expanded: true },
    options: {
      storySort: { order: ["Introduction", "Foundations", "*"] },
    },
    // A violation fails the story's accessibility test; the same rules as the CI gate.
    a11y: {
      test: "error",
      options: {
        runOnly: {
          type: "tag",
          values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
        },
      },
    },
  },
  tags: ["autodocs"],
};

export default preview;
