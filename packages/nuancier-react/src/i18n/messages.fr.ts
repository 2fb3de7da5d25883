/** French is the source of truth; messages.en.ts must have every key. */
export const messagesFr = {
  title: "NuancierReact",
} as const;

export type NuancierReactMessages = { [Key in keyof typeof messagesFr]: string };
