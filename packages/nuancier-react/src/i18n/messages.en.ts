import type { NuancierReactMessages } from "./messages.fr";

export const messagesEn = {
  title: "NuancierReact",
} as const satisfies NuancierReactMessages;
