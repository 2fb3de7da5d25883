import type { ColourRole } from "./tokens";

/**
 * Which colour is drawn on which, and the WCAG 2.1 minimum that applies:
 * 4.5:1 for body text (1.4.3), 3:1 for large text and for UI parts such as borders,
 * focus rings and icons (1.4.3, 1.4.11). Every theme must meet every pair.
 * `color-border-subtle` is left out on purpose: it only draws decorative separators, never the
 * edge of a control, which must use `color-border`.
 */
export type ContrastUse = "text" | "large-text" | "ui";

export interface ContrastPair {
  foreground: ColourRole;
  background: ColourRole;
  use: ContrastUse;
}

export const minimumContrast: Readonly<Record<ContrastUse, number>> = {
  text: 4.5,
  "large-text": 3,
  ui: 3,
};

const textRoles = [
  "color-text",
  "color-text-muted",
  "color-link",
  "color-danger",
  "color-success",
  "color-warning",
  "color-info",
] as const satisfies readonly ColourRole[];

const backgroundRoles = [
  "color-background",
  "color-surface",
  "color-surface-raised",
] as const satisfies readonly ColourRole[];

export const contrastPairs: readonly ContrastPair[] = [
  ...textRoles.flatMap((foreground) =>
    backgroundRoles.map((background) => ({ foreground, background, use: "text" as const })),
  ),
  { foreground: "color-text", background: "color-highlight", use: "text" },
  { foreground: "color-on-primary", background: "color-primary", use: "text" },
  { foreground: "color-on-primary", background: "color-primary-hover", use: "text" },
  { foreground: "color-text-inverse", background: "color-text", use: "text" },
  ...backgroundRoles.flatMap((background) => [
    // Headings may be set in the primary colour at large sizes.
    { foreground: "color-primary" as const, background, use: "large-text" as const },
    { foreground: "color-border" as const, background, use: "ui" as const },
    { foreground: "color-focus" as const, background, use: "ui" as const },
    { foreground: "color-primary" as const, background, use: "ui" as const },
  ]),
];
