import type { SonarReactMessages } from "./messages.fr";

export const messagesEn = {
  title: "SonarReact",
} as const satisfies SonarReactMessages;
