import type { CatalogueMessages } from "./messages.fr";

export const messagesEn = {
  tokenColumn: "Token",
  variableColumn: "CSS property",
  valueColumn: "Value",
  sampleColumn: "Sample",
  themeColumn: "Theme",
  groups: {
    colour: "Colours",
    typography: "Typography",
    spacing: "Spacing",
    radius: "Radius",
    focus: "Focus ring",
    motion: "Motion",
  },
  tableCaption: (group: string, theme: string) => `${group}: “${theme}” theme`,
  comparisonCaption: "Colours in the three themes",
  typographySample: "An idea to improve public services",
  focusSample: "Focused element",
  motionNote:
    "The animation stops when the system asks for reduced motion (prefers-reduced-motion).",
} as const satisfies CatalogueMessages;
