/** The schema version this package writes and validates. */
export const SCHEMA_VERSION = "1.1.0";
/** Every version `migrateReport` knows, oldest first. */
export const SCHEMA_VERSIONS = ["0.9.0", "1.0.0", "1.1.0"] as const;
export type SchemaVersion = (typeof SCHEMA_VERSIONS)[number];
/**
 * Versions read as they are: older minor versions of the current major only lack fields added
 * since, so their files are valid 1.1.0 content (with an `outdated-version` warning).
 */
export const COMPATIBLE_VERSIONS = ["1.0.0", "1.1.0"] as const;
/** Versioned `$id` of the generated JSON Schema. */
export const SCHEMA_ID = `https://communs.github.io/schemas/report/${SCHEMA_VERSION}/report.schema.json`;

/**
 * Fields still accepted but deprecated, with the JSON pointer of their replacement. A deprecated
 * field is removed at the next major version, never before (OCDS deprecation policy).
 */
export const deprecatedFields = [
  {
    pointer: "/organisation/url",
    since: "1.0.0",
    replacement: "/organisation/website",
    removedIn: "2.0.0",
  },
] as const;
