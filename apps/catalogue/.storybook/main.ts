import type { StorybookConfig } from "@storybook/react-vite";

// Deliberately broken stories that prove the accessibility gate bites. They are built only
// into storybook-fixtures/ (COMMUNS_FIXTURES=1), never into the published catalogue.
const withFixtures = process.env.COMMUNS_FIXTURES === "1";

const config: StorybookConfig = {
  stories: [
    "../stories/**/*.mdx",
    "../stories/**/*.stories.@(ts|tsx)",
    ...(withFixtures ? ["../fixtures/**/*.stories.@(ts|tsx)"] : []),
  ],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y"],
  framework: { name: "@storybook/react-vite", options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: "Documentation" },
};

export default config;
