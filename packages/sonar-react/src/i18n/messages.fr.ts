/** French is the source of truth; messages.en.ts must have every key. */
export const messagesFr = {
  title: "SonarReact",
} as const;

export type SonarReactMessages = { [Key in keyof typeof messagesFr]: string };
