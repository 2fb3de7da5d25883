import type { ReportReactMessages } from "./messages.fr";

export const messagesEn = {
  title: "ReportReact",
} as const satisfies ReportReactMessages;
