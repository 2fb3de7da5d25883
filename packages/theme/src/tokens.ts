/**
 * The single source of every design token. The CSS custom properties (`dist/*.css`), the JSON
 * file (`dist/tokens.json`) and the typed exports below are all generated from these objects.
 */

/** Tokens that do not change between themes unless a theme overrides them. */
const sharedTokens = {
  "font-family-body":
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif',
  "font-family-heading":
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif',
  "font-family-mono":
    'ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace',
  "font-size-xs": "0.75rem",
  "font-size-sm": "0.875rem",
  "font-size-md": "1rem",
  "font-size-lg": "1.25rem",
  "font-size-xl": "1.5rem",
  "font-size-2xl": "2rem",
  "font-size-3xl": "2.5rem",
  "font-weight-regular": "400",
  "font-weight-medium": "500",
  "font-weight-bold": "700",
  "line-height-tight": "1.25",
  "line-height-body": "1.5",
  "space-0": "0",
  "space-1": "0.25rem",
  "space-2": "0.5rem",
  "space-3": "0.75rem",
  "space-4": "1rem",
  "space-5": "1.5rem",
  "space-6": "2rem",
  "space-7": "2.5rem",
  "space-8": "3rem",
  "space-9": "4rem",
  "space-10": "5rem",
  "radius-none": "0",
  "radius-sm": "0.25rem",
  "radius-md": "0.5rem",
  "radius-lg": "1rem",
  "radius-pill": "999rem",
  "focus-ring-width": "2px",
  "focus-ring-offset": "2px",
  "focus-ring-style": "solid",
  "motion-duration-fast": "120ms",
  "motion-duration-base": "200ms",
  "motion-duration-slow": "320ms",
  "motion-easing-standard": "cubic-bezier(0.2, 0, 0, 1)",
  "motion-easing-emphasized": "cubic-bezier(0.3, 0, 0, 1.2)",
} as const;

/** The colour roles every theme must fill. */
export const colourRoles = [
  "color-background",
  "color-surface",
  "color-surface-raised",
  "color-text",
  "color-text-muted",
  "color-text-inverse",
  "color-border",
  "color-border-subtle",
  "color-primary",
  "color-primary-hover",
  "color-on-primary",
  "color-link",
  "color-focus",
  "color-danger",
  "color-success",
  "color-warning",
  "color-info",
  "color-highlight",
] as const;

export type ColourRole = (typeof colourRoles)[number];
export type SharedTokenName = keyof typeof sharedTokens;
export type TokenName = SharedTokenName | ColourRole;
export type ThemeTokens = Readonly<Record<TokenName, string>>;

/** `color-scheme` tells browsers which form controls and scrollbars to draw. */
export type ColourScheme = "light" | "dark";

export interface ThemeDefinition {
  name: ThemeName;
  label: { fr: string; en: string };
  colourScheme: ColourScheme;
  /** The values; for a theme with a `host`, the fallbacks used when the host's stylesheet is absent. */
  tokens: ThemeTokens;
  /** The design system of the host page whose custom properties this theme follows. */
  host?: HostDesignSystem;
}

/**
 * A host page's design system whose own custom properties a theme reads first, so that the
 * components follow the page, its dark scheme included, and keep our values as fallbacks.
 */
export interface HostDesignSystem {
  /** For documentation: "DSFR 1.15". */
  name: string;
  /** The host's custom property each colour role reads: `var(--background-default-grey, #ffffff)`. */
  properties: Readonly<Partial<Record<ColourRole, `--${string}`>>>;
  /** The host's dark-scheme values, the fallbacks when the page is dark without the host's stylesheet. */
  darkTokens: Readonly<Record<ColourRole, string>>;
  /** Selectors that match the page's root element when the host's dark scheme is on. */
  darkRoot: readonly string[];
  /** Selectors that match the root when the host follows the system's scheme and the system is dark. */
  systemSchemeRoot: readonly string[];
}

export const themeNames = ["default", "dark", "dsfr"] as const;
export type ThemeName = (typeof themeNames)[number];

const defaultTheme: ThemeDefinition = {
  name: "default",
  label: { fr: "Par défaut", en: "Default" },
  colourScheme: "light",
  tokens: {
    ...sharedTokens,
    "color-background": "#ffffff",
    "color-surface": "#f4f5f7",
    "color-surface-raised": "#ffffff",
    "color-text": "#1b1c1f",
    "color-text-muted": "#52545c",
    "color-text-inverse": "#ffffff",
    "color-border": "#74767e",
    "color-border-subtle": "#d8dae0",
    "color-primary": "#1f4fbf",
    "color-primary-hover": "#173c94",
    "color-on-primary": "#ffffff",
    "color-link": "#1f4fbf",
    "color-focus": "#1f4fbf",
    "color-danger": "#b3261e",
    "color-success": "#1b6e34",
    "color-warning": "#8a5300",
    "color-info": "#0b5cad",
    "color-highlight": "#fff1b8",
  },
};

const darkTheme: ThemeDefinition = {
  name: "dark",
  label: { fr: "Sombre", en: "Dark" },
  colourScheme: "dark",
  tokens: {
    ...sharedTokens,
    "color-background": "#141518",
    "color-surface": "#1e2025",
    "color-surface-raised": "#272a30",
    "color-text": "#eceef2",
    "color-text-muted": "#b0b3bc",
    "color-text-inverse": "#141518",
    "color-border": "#8d909a",
    "color-border-subtle": "#3a3d45",
    "color-primary": "#9cbcff",
    "color-primary-hover": "#c2d5ff",
    "color-on-primary": "#0d1733",
    "color-link": "#9cbcff",
    "color-focus": "#ffd866",
    "color-danger": "#ff9c94",
    "color-success": "#7fdca0",
    "color-warning": "#f5c96a",
    "color-info": "#8fc8ff",
    "color-highlight": "#4d3f00",
  },
};

/**
 * DSFR 1.15 custom properties (from `@gouvfr/dsfr` dist/core/core.css and dist/scheme/scheme.css),
 * each with its light and dark value. Roles without a property have no DSFR variable: the focus
 * ring is `#0a76f6` in both schemes, written as a literal in DSFR's own stylesheet.
 */
const dsfrColours: Readonly<
  Record<ColourRole, [property: `--${string}` | undefined, light: string, dark: string]>
> = {
  "color-background": ["--background-default-grey", "#ffffff", "#161616"],
  "color-surface": ["--background-alt-grey", "#f6f6f6", "#1e1e1e"],
  "color-surface-raised": ["--background-raised-grey", "#ffffff", "#1e1e1e"],
  "color-text": ["--text-default-grey", "#3a3a3a", "#cecece"],
  "color-text-muted": ["--text-mention-grey", "#666666", "#929292"],
  "color-text-inverse": ["--text-inverted-grey", "#ffffff", "#161616"],
  // Edges of controls (inputs, checkboxes) must reach 3:1: DSFR draws them with border-plain-grey.
  "color-border": ["--border-plain-grey", "#3a3a3a", "#cecece"],
  "color-border-subtle": ["--border-default-grey", "#dddddd", "#353535"],
  "color-primary": ["--background-action-high-blue-france", "#000091", "#8585f6"],
  "color-primary-hover": ["--background-action-high-blue-france-hover", "#1212ff", "#b1b1f9"],
  "color-on-primary": ["--text-inverted-blue-france", "#f5f5fe", "#000091"],
  "color-link": ["--text-action-high-blue-france", "#000091", "#8585f6"],
  "color-focus": [undefined, "#0a76f6", "#0a76f6"],
  "color-danger": ["--text-default-error", "#ce0500", "#ff5655"],
  "color-success": ["--text-default-success", "#18753c", "#27a658"],
  "color-warning": ["--text-default-warning", "#b34000", "#fc5d00"],
  "color-info": ["--text-default-info", "#0063cb", "#518fff"],
  "color-highlight": ["--background-alt-green-tilleul-verveine", "#fef7da", "#201e14"],
};

function dsfrScheme(scheme: ColourScheme): Record<ColourRole, string> {
  return Object.fromEntries(
    colourRoles.map((role) => [role, dsfrColours[role][scheme === "light" ? 1 : 2]]),
  ) as Record<ColourRole, string>;
}

/**
 * The DSFR theme reads DSFR's own custom properties, so on a page that loads the DSFR stylesheet
 * the components take the page's colours, in its light or dark scheme (`data-fr-theme`). Without
 * that stylesheet, DSFR's values are the fallbacks, dark ones too when the page root says
 * `data-fr-theme="dark"` or `data-fr-scheme="dark"` (or `"system"` with a dark system).
 * No Marianne logo, no State brand block and no font files: "Marianne" is only named first in
 * the font stack, for State sites that load it (see the README).
 */
const dsfrTheme: ThemeDefinition = {
  name: "dsfr",
  label: { fr: "Compatible DSFR", en: "DSFR-compatible" },
  colourScheme: "light",
  tokens: {
    ...sharedTokens,
    "font-family-body": "Marianne, arial, sans-serif",
    "font-family-heading": "Marianne, arial, sans-serif",
    "radius-sm": "0.25rem",
    "radius-md": "0.25rem",
    "radius-lg": "0.5rem",
    "focus-ring-offset": "2px",
    ...dsfrScheme("light"),
  },
  host: {
    name: "DSFR 1.15",
    properties: Object.fromEntries(
      colourRoles.flatMap((role) => {
        const [property] = dsfrColours[role];
        return property ? [[role, property]] : [];
      }),
    ),
    darkTokens: dsfrScheme("dark"),
    darkRoot: [
      ':root[data-fr-theme="dark"]',
      ':root[data-fr-scheme="dark"]:not([data-fr-theme="light"])',
    ],
    systemSchemeRoot: [':root[data-fr-scheme="system"]:not([data-fr-theme="light"])'],
  },
};

export const themes: Readonly<Record<ThemeName, ThemeDefinition>> = {
  default: defaultTheme,
  dark: darkTheme,
  dsfr: dsfrTheme,
};

/** Every token name, in a stable order (shared tokens first, then colour roles). */
export const tokenNames: readonly TokenName[] = [
  ...(Object.keys(sharedTokens) as SharedTokenName[]),
  ...colourRoles,
];

/** The group a token belongs to, for documentation pages and tools. */
export type TokenGroup = "colour" | "typography" | "spacing" | "radius" | "focus" | "motion";

export function groupOfToken(name: TokenName): TokenGroup {
  if (name.startsWith("color-")) return "colour";
  if (name.startsWith("font-") || name.startsWith("line-height-")) return "typography";
  if (name.startsWith("space-")) return "spacing";
  if (name.startsWith("radius-")) return "radius";
  if (name.startsWith("focus-")) return "focus";
  return "motion";
}
