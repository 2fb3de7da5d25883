/** French is the source of truth; messages.en.ts must have every key. */
export const messagesFr = {
  title: "ReportReact",
} as const;

export type ReportReactMessages = { [Key in keyof typeof messagesFr]: string };
