/** The schema version this package writes and validates. */
export const SCHEMA_VERSION = "1.0.0";
/** Every version `migrateReport` knows, oldest first. */
export const SCHEMA_VERSIONS = ["0.9.0", "1.0.0"] as const;
export type SchemaVersion = (typeof SCHEMA_VERSIONS)[number];
/** Versioned `$id` of the generated JSON Schema. */
export const SCHEMA_ID = `https://communs.github.io/schemas/report/${SCHEMA_VERSION}/report.schema.json`;

/** Fields still accepted but deprecated, with the JSON pointer of their replacement. */
export const deprecatedFields = [
  { pointer: "/organisation/url", since: "1.0.0", replacement: "/organisation/website" },
] as const;
