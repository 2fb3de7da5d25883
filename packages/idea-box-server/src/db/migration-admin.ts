import type { Migration } from "@communs/server";

/**
 * Migration 10: a status can be retired (the admin console, issue 17). A retired status is no
 * longer offered for a status change, but the ideas that have it, and every history entry that
 * names it, keep it with its label: nothing is lost, unlike a removal (refused while used).
 */
export const adminMigration: Migration = {
  version: 10,
  name: "statuses can be retired",
  sql: `alter table statuses add column retired_at timestamptz;`,
};
