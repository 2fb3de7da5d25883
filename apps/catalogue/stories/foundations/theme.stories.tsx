import type { Meta, StoryObj } from "@storybook/react-vite";
import type { ThemeName, TokenGroup } from "@communs/theme";
import { ThemeComparison, TokenTable } from "../../src/token-gallery";

const meta = {
  title: "Foundations/Theme",
  component: TokenTable,
  parameters: {
    docs: {
      description: {
        component:
          "Les jetons de `@communs/theme` dans le thème choisi dans la barre d’outils. / The `@communs/theme` tokens in the theme picked in the toolbar.",
      },
    },
  },
  args: { group: "colour", theme: "default", locale: "fr" },
  argTypes: {
    theme: { control: false },
    locale: { control: false },
  },
  // The toolbar's theme and locale drive the tables, so every story follows the toolbar.
  render: (args, context) => (
    <TokenTable
      group={args.group}
      theme={(context.globals.theme ?? "default") as ThemeName}
      locale={context.globals.locale ?? "fr"}
    />
  ),
} satisfies Meta<typeof TokenTable>;

export default meta;
type Story = StoryObj<typeof meta>;

const groupStory = (group: TokenGroup): Story => ({ args: { group } });

export const Colours: Story = groupStory("colour");
export const Typography: Story = groupStory("typography");
export const Spacing: Story = groupStory("spacing");
export const Radius: Story = groupStory("radius");
export const FocusRing: Story = groupStory("focus");
export const Motion: Story = groupStory("motion");

export const ThreeThemesSideBySide: Story = {
  render: (_args, context) => <ThemeComparison locale={context.globals.locale ?? "fr"} />,
};
