import type { StorybookConfig } from "@storybook/react-vite";
import catalogue from "../../../.storybook/main";

// The catalogue's own configuration, restricted to the Nuancier stories: the keyboard test of
// @communs/nuancier-react builds this small Storybook instead of the whole catalogue.
const config: StorybookConfig = {
  ...catalogue,
  stories: ["../*.mdx", "../*.stories.@(ts|tsx)"],
};

export default config;
